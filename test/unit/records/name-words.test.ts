import { describe, expect, it } from 'vitest';
import { laterNameWords, MAX_NAME_WORDS } from '../../../functions/core/records/name-words.js';

describe("a person's later names, under which the catalog files them for lookup", () => {
  it.each([
    ['Sanae Takaichi', ['takaichi']],
    ['J.D. Vance', ['vance']],
    ['Luiz Inacio Lula da Silva', ['inacio', 'lula', 'silva']],
    ['Mohammed bin Salman', ['salman']],
    ['Martin Luther King Jr.', ['luther', 'king']],
    ['Zoë Müller', ['muller']],
    ['Madonna', []],
  ])('%s → %j', (name, expected) => {
    expect(laterNameWords(name, 'person')).toEqual(expected);
  });

  it('files no words for organisations and places', () => {
    expect(laterNameWords('Exxon Mobil', 'organization')).toEqual([]);
    expect(laterNameWords('Buenos Aires', 'place')).toEqual([]);
  });

  it(`keeps at most ${MAX_NAME_WORDS} words of a long name`, () => {
    expect(laterNameWords('Sheikh Mohamed bin Zayed Al Nahyan Abu Dhabi Ruler', 'person')).toHaveLength(
      MAX_NAME_WORDS,
    );
  });
});
