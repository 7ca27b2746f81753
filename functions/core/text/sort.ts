/**
 * Longest list sorted here; longer ones go to Array.prototype.sort. Above a few dozen items the
 * element moves of an insertion sort start to cost more than the built-in's setup.
 */
const LONGEST_INSERTION_SORT = 48;

/**
 * Sorts `items` in place and returns it, in the order `Array.prototype.sort(compare)` gives (both are
 * stable, so equal items keep their order). The tagger sorts some forty short lists an article (a
 * topic's evidence, a country's mentions, a pair's sentences; most under ten items), and each call of
 * the built-in sort sets up its merge state and copies the list, about a microsecond before the first
 * comparison: a binary insertion sort does these lists several times faster. `compare` must be a
 * consistent order, as the built-in also requires; a NaN result counts as equal, as there.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n > LONGEST_INSERTION_SORT) return items.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = items[i] as T;
    // Most lists arrive nearly sorted: an item not before its predecessor stays where it is.
    if (!(compare(items[i - 1] as T, item) > 0)) continue;
    // The first place whose item sorts after `item`: equal items stay before it (stability).
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(items[mid] as T, item) > 0) hi = mid;
      else lo = mid + 1;
    }
    for (let k = i; k > lo; k--) items[k] = items[k - 1] as T;
    items[lo] = item;
  }
  return items;
}
