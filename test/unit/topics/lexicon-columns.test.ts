import { describe, expect, it } from 'vitest';
import packed from '../../../functions/core/data/packed/topics-lexicon.js';
import shipped from '../../../functions/core/data/topics/lexicon.json' with { type: 'json' };
import {
  loadLexicon,
  type SerializedLexicon,
  serializeLexicon,
} from '../../../functions/core/topics/compile.js';
import { lexiconColumns, loadLexiconColumns } from '../../../functions/core/topics/lexicon-columns.js';

const serialized = shipped as unknown as SerializedLexicon;

describe('topic lexicon columns', () => {
  it('load into the same index, entries, order and hyphenated words as the JSON', () => {
    const fromColumns = loadLexiconColumns(lexiconColumns(serialized));
    const fromJson = loadLexicon(serialized);

    expect(serializeLexicon(fromColumns)).toEqual(serializeLexicon(fromJson));
    expect([...fromColumns.index.keys()]).toEqual([...fromJson.index.keys()]);
    expect(fromColumns.nodes).toEqual(fromJson.nodes);
  });

  it('gives the same entry objects each time a key is asked for, and nothing for an unknown key', () => {
    const lexicon = loadLexiconColumns(packed);
    const [key] = lexicon.index.keys();

    const first = lexicon.index.get(key!);

    expect(first?.length).toBeGreaterThan(0);
    expect(lexicon.index.get(key!)).toBe(first);
    expect([...lexicon.index.values()][0]).toBe(first);
    expect(lexicon.index.has('no-such-stem')).toBe(false);
    expect(lexicon.index.get('no-such-stem')).toBeUndefined();
  });

  it('the packed module loads into the lexicon of the JSON', () => {
    expect(serializeLexicon(loadLexiconColumns(packed))).toEqual(serialized);
  });

  it('refuses entries of one first word that are not listed together', () => {
    const scattered: SerializedLexicon = {
      entries: [
        ['oil', 'oil', [], [], [0], [3, 1]],
        ['gas', 'gas', [], [], [0], [3, 1]],
        ['oil', 'oil price', ['price'], [], [0, 0], [3, 2]],
      ],
      hyphenated: [],
    };

    expect(() => lexiconColumns(scattered)).toThrow(/not together/);
  });
});
