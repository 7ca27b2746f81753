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

export function coOccurring(
  coLists: readonly (readonly string[])[],
  kind: TagKind,
  exclude: string,
  top = COOCCURRENCE_TOP,
): CoOccurring[] {
  const counts = new Map<string, number>();
  for (const co of coLists) {
    for (const text of new Set(co)) {
      const bar = text.indexOf('|');
      if (bar < 0 || text.slice(0, bar) !== kind) continue;
      const { value } = parseTagRef(text);
      if (value === exclude) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([value, count]) => ({ value, count }));
}
