import { namePartition, normalizeName } from '../records/keys.js';

/** Catalog partitions are keyed by the first two normalised characters, so a prefix needs two. */
export const MIN_PREFIX_CHARS = 2;

/** Items evaluated per page when a type filter is applied (times `limit + 1`). */
export const TYPE_FILTER_BUDGET_FACTOR = 4;

export interface NamePlan {
  readonly partition: string;
  readonly prefix: string;
}

/** Case- and accent-insensitive prefix plan, or undefined when the prefix is too short once normalised. */
export function planNamePrefix(prefix: string): NamePlan | undefined {
  const normalized = normalizeName(prefix);
  if ([...normalized].length < MIN_PREFIX_CHARS) return undefined;
  return { partition: namePartition(normalized), prefix: normalized };
}
