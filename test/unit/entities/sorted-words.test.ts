import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import lexiconData from '../../../functions/core/data/packed/entities-lexicon.js';
import namesData from '../../../functions/core/data/packed/entities-names.js';
import { SortedWords } from '../../../functions/core/entities/sorted-words.js';
import { wordList } from '../../../functions/core/entities/word-lists.js';

const sortedText = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');

// Each behaviour holds both while the list is searched in its bare text and once it has indexed its
// lines (after `searchesBeforeIndex` look-ups; 0 indexes at the first).
describe.each([
  ['searched in its text', 1_000_000],
  ['indexed by line', 0],
  ['indexed after three look-ups', 3],
])('a sorted word list %s', (_, searchesBeforeIndex) => {
  const sortedWords = (text: string) => new SortedWords(text, searchesBeforeIndex);

  it('finds each listed word, the first and the last included', () => {
    const list = sortedWords('Aaron\nAb\nNew York\nNewark\nParis\nZoe');

    for (const word of ['Aaron', 'Ab', 'New York', 'Newark', 'Paris', 'Zoe'])
      expect(list.has(word)).toBe(true);
  });

  it('rejects prefixes, extensions, other cases and text spanning two lines', () => {
    const list = sortedWords('Aaron\nAb\nNew York\nNewark\nParis\nZoe');

    for (const word of [
      'A',
      'Aaro',
      'Aarons',
      'New',
      'new york',
      'Pari',
      'Zoey',
      'Ab\nNew York',
      '',
      'Zz',
      '0',
    ])
      expect(list.has(word)).toBe(false);
  });

  it('holds nothing when empty, and one word when it has one line', () => {
    expect(sortedWords('').has('a')).toBe(false);
    expect(sortedWords('').has('')).toBe(false);
    expect(sortedWords('word').has('word')).toBe(true);
    expect(sortedWords('word').has('wor')).toBe(false);
  });

  it('answers as a Set of the same words does, for any words and any probe', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'B', ' ', 'é', '-'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word.filter(Boolean), { maxLength: 40 }), word, (words, probe) => {
        const list = sortedWords(sortedText(words));
        const set = new Set(words);

        for (const w of words) expect(list.has(w)).toBe(true);
        expect(list.has(probe)).toBe(set.has(probe));
        expect(list.has(`${probe}\n`)).toBe(false);
      }),
    );
  });
});

describe('the shipped word lists', () => {
  it('are sorted in code-unit order without repeats, so every word is found, in the text and then by line', () => {
    for (const text of [lexiconData.lower, namesData.given, namesData.person]) {
      const words = wordList(text);
      const list = new SortedWords(text);

      expect(words.length).toBeGreaterThan(1000);
      expect(text).toBe(sortedText(words));
      for (const word of words) expect(list.has(word)).toBe(true);
    }
  });
});
