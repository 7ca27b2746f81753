import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Session 44 (mendE44, wild43 item 10): a firm named by an ordinary English word ("Nestle", "Next", "Gap") whose
// every mention opens a sentence was dropped as the word: no cue typed it anywhere, so no mention was kept.

describe('a firm named by an ordinary word, named only at the start of sentences', () => {
  it('keeps a listed firm that cuts its forecast and then speaks', () => {
    // Arrange
    const body =
      'Nestle cut its full-year organic sales forecast on Thursday, blaming weak coffee demand in China. ' +
      'Nestle also said it would close two factories in Brazil.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('organization:nestle: Nestle | Nestle');
  });

  it('keeps a retailer named like an adverb that raises its forecast and reports sales', () => {
    const found = mentionsOf(
      'Next raised its annual profit forecast for the third time this year after a warm autumn. ' +
        'Next said full-price sales rose 10% in the 13 weeks to October.',
    );

    expect(found).toContain('organization:next: Next | Next');
  });

  it('keeps a retailer named like a noun whose shares fall and which speaks', () => {
    const found = mentionsOf(
      'Gap shares fell 8% in extended trading on Tuesday. Gap said Old Navy sales rose 4% but warned that ' +
        'tariffs would cost it up to $300 million.',
    );

    expect(found).toEqual(expect.arrayContaining(['organization:gap: Gap | Gap']));
  });

  it('still reads the ordinary words as words', () => {
    const found = mentionsOf(
      'Next year the plant will close. Gap widened between rich and poor households, the report found. ' +
        'Next, the minister said, comes the budget.',
    );

    expect(found).toEqual([]);
  });
});
