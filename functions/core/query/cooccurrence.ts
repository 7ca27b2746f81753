import { parseTagRef, type TagKind } from '../records/keys.js';

/**
 * Co-occurrence of an entity, computed from the `co` attribute of its most recent index items: a bounded
 * sample (the newest `COOCCURRENCE_SAMPLE` articles), not all of history, so it costs the same for a rare
 * entity and for one in a million articles, and it reflects what the entity is in the news with now.
 */
export const COOCCURRENCE_SAMPLE = 50;
export const COOCCURRENCE_TOP = 10;

export interface CoOccurring {
  readonly value: string;
  readonly count: number;
}

/**
 * The values of `kind` the lists share most, leaving `exclude` out; with `valuePrefix`, only values that
 * start with it (`person:` for people: an entity id starts with its type).
 */
export function coOccurring(
  coLists: readonly (readonly string[])[],
  kind: TagKind,
  exclude: string,
  top = COOCCURRENCE_TOP,
  valuePrefix = '',
): CoOccurring[] {
  // Per value: articles it shares, and the sum of its ranks among the tags of its kind in each (`co` lists
  // each kind's tags strongest first), which breaks ties in favour of what the articles are about.
  const tallies = new Map<string, { count: number; rankSum: number }>();
  for (const co of coLists) {
    let rank = 0;
    for (const text of new Set(co)) {
      const bar = text.indexOf('|');
      if (bar < 0 || text.slice(0, bar) !== kind) continue;
      const { value } = parseTagRef(text);
      if (value === exclude) continue;
      // Ranked among all the tags of its kind: the type filter chooses, it does not change the strength.
      if (!value.startsWith(valuePrefix)) {
        rank += 1;
        continue;
      }
      const tally = tallies.get(value) ?? { count: 0, rankSum: 0 };
      tallies.set(value, { count: tally.count + 1, rankSum: tally.rankSum + rank });
      rank += 1;
    }
  }
  return [...tallies]
    .sort(([va, a], [vb, b]) => b.count - a.count || a.rankSum - b.rankSum || (va < vb ? -1 : 1))
    .slice(0, top)
    .map(([value, { count }]) => ({ value, count }));
}
