import { describe, expect, it } from 'vitest';
import names from '../../../functions/core/data/entities/names.json' with { type: 'json' };
import namesData from '../../../functions/core/data/packed/entities-names.js';
import { decodedList, frontDecoded, wordList } from '../../../functions/core/entities/word-lists.js';

describe('entity word lists', () => {
  it('front-decodes a list whose words share prefixes with the word before', () => {
    expect(frontDecoded('0Aaren|3ika|3on|1b|0Zoe')).toEqual(['Aaren', 'Aarika', 'Aaron', 'Ab', 'Zoe']);
    expect(frontDecoded('')).toEqual([]);
  });

  it('ships a list decoded, one word a line, and reads back the same words', () => {
    const shipped = decodedList('0New York|3ark|0Paris');

    expect(shipped).toBe('New York\nNewark\nParis');
    expect(wordList(shipped)).toEqual(['New York', 'Newark', 'Paris']);
    expect(wordList('')).toEqual([]);
  });

  it('the packed given names are the JSON list decoded', () => {
    expect(wordList(namesData.given)).toEqual(frontDecoded(names.given));
  });
});
