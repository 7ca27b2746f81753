import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValues } from '../../../functions/core/countries/gazetteer-columns.js';
import { WordPrefixes } from '../../../functions/core/countries/word-prefixes.js';
import columns from '../../../functions/core/data/packed/gazetteer.js';

const KEYS = 'china\nnew south wales\nnew york\nguinea - bissau\nsouth africa';
const PREFIXES = new Set(['new', 'new south', 'guinea', 'guinea -', 'south']);

describe('word prefixes of the phrase keys', () => {
  it('knows a key’s proper word prefixes, searched or from its Set', () => {
    for (const prefixes of [
      new WordPrefixes(KEYS, () => PREFIXES, Number.POSITIVE_INFINITY),
      new WordPrefixes(KEYS, () => PREFIXES, 0),
    ]) {
      for (const prefix of PREFIXES) expect(prefixes.has(prefix)).toBe(true);
      for (const other of [
        'china',
        'new south wales',
        'ne',
        'new s',
        'york',
        'africa',
        '',
        'new\nnew',
        'wales',
      ])
        expect(prefixes.has(other)).toBe(false);
    }
  });

  it('answers the same before and after it builds its Set', () => {
    const prefixes = new WordPrefixes(KEYS, () => PREFIXES, 2);
    const asked = ['new', 'china', 'south', 'new south', 'york', 'new'];

    expect(asked.map((p) => prefixes.has(p))).toEqual(asked.map((p) => PREFIXES.has(p)));
  });

  it('searching the shipped phrase keys gives the shipped prefix column, for every key and any text', () => {
    const shipped = new Set(columnValues(columns.prefixes, columns.prefixes.length));
    const keys = columnValues(columns.phrases.keys, columns.phrases.kinds.length);
    const searched = new WordPrefixes(columns.phrases.keys, () => shipped, Number.POSITIVE_INFINITY);

    expect(shipped.size).toBeGreaterThan(500);
    for (const prefix of shipped) expect(searched.has(prefix)).toBe(true);
    for (const key of keys) expect(searched.has(key)).toBe(shipped.has(key));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 10 }),
          fc.constantFrom(...keys).map((key) => key.slice(0, key.length >> 1)),
        ),
        (text) => {
          expect(searched.has(text)).toBe(shipped.has(text));
        },
      ),
    );
  });
});
