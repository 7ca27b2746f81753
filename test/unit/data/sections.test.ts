import { describe, expect, it } from 'vitest';
import { sectioned, unsectioned } from '../../../functions/core/data/sections.js';

const longColumn = (word: string) => Array.from({ length: 80 }, (_, i) => `${word} ${i}`).join('\n');

describe('packed data layout (long strings after the JSON)', () => {
  it('gives back the value it was given: nested columns, short strings, arrays, numbers, non-ASCII', () => {
    const value = {
      places: { names: longColumn('Zürich'), codes: 'CHDEFR', kinds: [0, 1, 2] },
      keys: longColumn('new york'),
      pairs: [
        ['white house', 'US'],
        [longColumn('kremlin'), 'RU'],
      ],
      local: { de: longColumn('Österreich\tAT'), fr: 'autriche\tAT' },
      empty: '',
      count: 3,
      none: null,
    };

    const bytes = sectioned(value);

    expect(unsectioned(bytes)).toEqual(value);
  });

  it('moves a long column out of the JSON, so its line breaks are raw bytes, not escapes', () => {
    const value = { names: longColumn('Oslo') };

    const [json, column] = sectioned(value).toString('utf8').split('\u0000');

    expect(JSON.parse(json ?? '')).toEqual({ names: '\u00000' });
    expect(column).toBe(value.names);
  });

  it('reads plain JSON with no sections as JSON', () => {
    const bytes = Buffer.from(JSON.stringify({ a: [1, 2], b: 'short' }));

    expect(unsectioned(bytes)).toEqual({ a: [1, 2], b: 'short' });
  });

  it('refuses a string holding a NUL, which would end its section early', () => {
    expect(() => sectioned({ names: `Oslo\u0000${longColumn('Bergen')}` })).toThrow(/NUL/);
  });
});
