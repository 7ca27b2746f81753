import { describe, expect, it } from 'vitest';
import shipped from '../../../functions/core/data/topics/lexicon.json' with { type: 'json' };
import { prepareField } from '../../../functions/core/text/document.js';
import {
  compileLexicon,
  type LexiconEntry,
  loadLexicon,
  type SerializedLexicon,
  serializeLexicon,
} from '../../../functions/core/topics/compile.js';
import { TERM_TABLES } from '../../../functions/core/topics/lexicon/index.js';
import { matchField, type PhraseHits } from '../../../functions/core/topics/match.js';
import { stem } from '../../../functions/core/topics/stem.js';
import { TAXONOMY } from '../../../functions/core/topics/taxonomy.js';

function phrasesIn(text: string, tables = TERM_TABLES): Map<string, number> {
  const lexicon = compileLexicon(tables);
  const hits = new Map<LexiconEntry, PhraseHits>();
  matchField(prepareField('body', text), lexicon, false, hits);
  return new Map([...hits].map(([entry, h]) => [entry.phrase, h.body]));
}

describe('topic taxonomy', () => {
  it('has all 17 IPTC top levels and well-formed, unique ids whose parents are listed', () => {
    const ids = TAXONOMY.map(([id]) => id);
    const tops = TAXONOMY.filter(([, , parent, level]) => parent === null && level === 1);

    expect(tops).toHaveLength(17);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, , parent, level] of TAXONOMY) {
      expect(id).toMatch(/^medtop:\d{8}$/);
      if (parent !== null) {
        expect(ids).toContain(parent);
        const parentLevel = TAXONOMY.find(([p]) => p === parent)?.[3] ?? 0;
        expect(level).toBeGreaterThan(parentLevel);
      }
    }
  });
});

describe('topic lexicon', () => {
  it('compiles every term table against known IPTC ids', () => {
    expect(() => compileLexicon(TERM_TABLES)).not.toThrow();
  });

  it('has no term left from a number split at its thousands comma ("5,000m" became "5" and "000m")', () => {
    const numbers = [...compileLexicon(TERM_TABLES).index.values()]
      .flat()
      .filter((e) => /^(?:\d{1,2}|000.*)$/.test(e.phrase))
      .map((e) => e.phrase);

    expect(numbers).toEqual([]);
  });

  it('ships a compiled lexicon that matches the term tables (run scripts/topics-build.ts after edits)', () => {
    const fromTables = serializeLexicon(compileLexicon(TERM_TABLES));

    expect(serializeLexicon(loadLexicon(shipped as unknown as SerializedLexicon))).toEqual(fromTables);
  });

  it('rejects a term table naming an unknown IPTC id', () => {
    expect(() => compileLexicon([{ '99999999': 'anything' }])).toThrow(/unknown IPTC id/);
  });

  it('matches inflected forms of a lexicon word', () => {
    const found = phrasesIn('Tariffs were raised; the tariff rose again.', [{ '20000384': 'tariff 3' }]);

    expect(found.get('tariff')).toBe(2);
  });

  it('counts the longest phrase once, not the words inside it', () => {
    const found = phrasesIn('The prime minister spoke.', [{ '20000593': 'minister 2, prime minister 3' }]);

    expect(found.get('prime minister')).toBe(1);
    expect(found.has('minister')).toBe(false);
  });

  it('matches a capitalised lexicon word only when the text capitalises it', () => {
    const tables = [{ '20000651': 'Labour 3' }];

    expect(phrasesIn('Labour won the seat.', tables).get('Labour')).toBe(1);
    expect(phrasesIn('Child labour was banned.', tables).has('Labour')).toBe(false);
  });

  it('matches a word marked "=" only as written, not words that share its stem', () => {
    const tables = [{ '20000396': '=shares 3' }];

    expect(phrasesIn('Shares fell.', tables).get('shares')).toBe(1);
    expect(phrasesIn('He shared a post.', tables).has('shares')).toBe(false);
  });

  it('splits a hyphenated word it does not know into its parts', () => {
    const found = phrasesIn('U.S.-China trade talks resumed.', [{ '20000373': 'trade talks 3' }]);

    expect(found.get('trade talks')).toBe(1);
  });
});

describe('stem', () => {
  it('maps a word and its inflections to one key', () => {
    expect(new Set(['tariff', 'tariffs'].map(stem)).size).toBe(1);
    expect(new Set(['vote', 'votes', 'voted', 'voting'].map(stem)).size).toBe(1);
    expect(new Set(['election', 'elections'].map(stem)).size).toBe(1);
  });

  it('keeps words whose final "s" is not a plural', () => {
    expect(stem('news')).toBe('news');
    expect(stem('politics')).toBe('politics');
    expect(stem('crisis')).toBe('crisis');
  });
});
