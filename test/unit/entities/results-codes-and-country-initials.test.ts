import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

describe('a results line’s committee code after a competitor’s name', () => {
  it('is no word of the name and no body of its own', () => {
    // Arrange
    const body = [
      'Results of the women’s 10,000 metres on Saturday:',
      '1. Beatrice Kosgei KEN 28:54.14',
      '2. Alicia Monroe USA 29:12.50',
      '',
      'Kosgei said she was delighted with the win.',
    ].join('\n');

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('person:beatrice-kosgei: Beatrice Kosgei | Kosgei');
    expect(found).toContain('person:alicia-monroe: Alicia Monroe');
    expect(found.some((line) => line.startsWith('organization:'))).toBe(false);
  });
});

describe('a country’s initials before a word the article writes in lower case', () => {
  it('name the country alone, as wire copy that capitalises after the period writes them', () => {
    const body =
      'Officials warned of a wave of anti-U.S. Sentiment in Tokyo. Such sentiment is rare, they said, and the U.S. Treasury declined to comment on the treasury market.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.includes('U.S. Sentiment'))).toBe(false);
    expect(found).toContain('organization:us-treasury: U.S. Treasury');
  });
});

describe('a country’s initials before a body’s word', () => {
  it('stay a body’s name without periods or before a body’s noun', () => {
    const body =
      'UK Athletics said the team was picked on form, and U.S. Soccer named its squad. Athletics and soccer drew crowds.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:uk-athletics: UK Athletics');
    expect(found).toContain('organization:us-soccer: U.S. Soccer');
  });
});
