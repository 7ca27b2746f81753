import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseWords } from '../../../functions/core/entities/chunk.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { joinParts, lengthened, PART_LENGTH } from '../../../functions/core/text/long-lists.js';
import { tokenizeWithPattern } from '../../../functions/core/text/tokens.js';

setFlagsFromString('--allow-natives-syntax');
// Natives syntax is read when a function is compiled, so these are built after the flag is set.
const isHoley = new Function('xs', 'return %HasHoleyElements(xs)') as (xs: unknown[]) => boolean;
const holdsSmallIntegers = new Function('xs', 'return %HasSmiElements(xs)') as (xs: unknown[]) => boolean;

/** A field of ~3.4 parts' tokens: words, punctuation, line breaks and a hyphenated word, so no part ends alike. */
const LONG_FIELD = Array.from(
  { length: 2800 },
  (_, i) => `Kenya's minister met ${i} traders in Nairobi-based firms.${i % 7 === 0 ? '\n\n' : ' '}`,
).join('');

describe('joinParts', () => {
  it('gives the items of every part, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer())), fc.array(fc.integer()), (parts, last) => {
        const expected = [...parts.flat(), ...last];

        const joined = joinParts([...parts.map((p) => [...p]), [...last]]);

        expect(joined).toEqual(expected);
      }),
    );
  });

  it('returns the part itself when it is the only one (a field of fewer than PART_LENGTH tokens)', () => {
    const only = [1, 2, 3];

    expect(joinParts([only])).toBe(only);
  });

  it('joins into one packed array that keeps small integers as such', () => {
    const part = () => Array.from({ length: PART_LENGTH }, (_, i) => i);

    const joined = joinParts([part(), part(), [7, 8]]);

    expect(joined).toHaveLength(2 * PART_LENGTH + 2);
    expect(isHoley(joined)).toBe(false);
    expect(holdsSmallIntegers(joined)).toBe(true);
  });
});

describe('lengthened', () => {
  it('adds made items after the list until it holds the length asked, in one packed array', () => {
    const list = [{ n: -1 }];
    let made = 0;

    const longer = lengthened(list, 3 * PART_LENGTH + 5, () => ({ n: made++ }));

    expect(longer).toHaveLength(3 * PART_LENGTH + 5);
    expect(longer[0]).toBe(list[0]);
    expect(longer.slice(1).map((x) => x.n)).toEqual(Array.from({ length: 3 * PART_LENGTH + 4 }, (_, i) => i));
    expect(isHoley(longer)).toBe(false);
  });

  it('returns the list itself, making nothing, when it is long enough', () => {
    const list = [{ n: 1 }, { n: 2 }];
    const make = () => {
      throw new Error('nothing to make');
    };

    expect(lengthened(list, 2, make)).toBe(list);
  });
});

describe('a field longer than one part', () => {
  const field = prepareField('body', LONG_FIELD);

  it('has the tokens of the token pattern, across the parts, as one packed array', () => {
    expect(field.tokens.length).toBeGreaterThan(3 * PART_LENGTH);

    expect(field.tokens).toEqual(tokenizeWithPattern(LONG_FIELD));
    expect(isHoley(field.tokens as unknown[])).toBe(false);
  });

  it('numbers every token, the same word by the same number, in one packed array of small integers', () => {
    const { tokens, wordIds } = field;

    expect(wordIds).toHaveLength(tokens.length);
    expect(holdsSmallIntegers(wordIds as unknown[])).toBe(true);
    const idOf = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i]?.text ?? '';
      expect(wordIds[i]).toBe(idOf.get(text) ?? wordIds[i]);
      idOf.set(text, wordIds[i] ?? -1);
    }
  });

  it("reads a word (or null) for every token, each word at its token's index", () => {
    const words = analyseWords(field, false);

    expect(words).toHaveLength(field.tokens.length);
    expect(isHoley(words)).toBe(false);
    words.forEach((word, i) => {
      if (word) expect(word.index).toBe(i);
    });
    expect(words.filter((w) => w?.core === 'Kenya')).toHaveLength(2800);
  });
});
