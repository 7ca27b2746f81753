import { describe, expect, it } from 'vitest';
import { isCommonWordOnly } from '../../../functions/core/entities/lexicon.js';
import { typedNames } from './entities-of.js';

describe('a common word of today opening a sentence (wild56: "Airlines", "Turnout")', () => {
  it('is no entity before a lower-case verb, though the compact lexicon lacks it', () => {
    // Arrange
    const body =
      'Airlines cancelled more than 900 flights on Monday. Turnout was 61 percent, officials said.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found.filter((name) => /^(Airlines|Turnout)\//.test(name))).toEqual([]);
  });

  it('stays a name where the story capitalises it inside a sentence too', () => {
    const body = 'Healthcare rose 4 percent. Shares of Healthcare fell after the company cut its forecast.';

    expect(typedNames(body).some((name) => name.startsWith('Healthcare/'))).toBe(true);
  });

  it('stays a name where it speaks', () => {
    const body = 'Nationwide said mortgage approvals fell in November.';

    expect(typedNames(body).some((name) => name.startsWith('Nationwide/'))).toBe(true);
  });
});

describe('a side or a person named by a common word (review57)', () => {
  it('keeps a nickname opening a result', () => {
    const found = typedNames('Grizzlies beat the Hornets 120-112 on Monday night.');

    expect(found.some((name) => name.startsWith('Grizzlies/'))).toBe(true);
  });
});

describe('a common word in the plural (session 57 final read: one reading of endings with the lexicon)', () => {
  it('reads a four-letter plural and a plural of a word in -ie as the listed word', () => {
    // Arrange
    const plurals = ['Pubs', 'Goalies'];

    // Act
    const read = plurals.map(isCommonWordOnly);

    // Assert
    expect(read).toEqual([true, true]);
  });
});

describe('a maker named by a common word opening a sentence (review57 ★1)', () => {
  it('stays a name where it sells or recalls goods', () => {
    const found = typedNames('Jaguar recalled 4,000 cars on Tuesday over a brake fault.');

    expect(found).toContain('Jaguar/organization');
  });
});
