/**
 * Lists with one item per token of a field, built in parts and joined once.
 *
 * An array filled by `push` is copied into a larger one each time it fills (x1.5). Past ~32,000 items each copy
 * is a large object on memory pages the process has not touched, so a list of a 1 MB field's ~230,000 tokens
 * allocates about four times its final size on fresh pages, and on a microVM (this host; Lambda runs on the same
 * kind) a fresh page costs ~20 µs of CPU: five such lists were ~30 MB of the 1 MB article's ~100 MB of page faults.
 * A site fills a part of at most PART_LENGTH items (young memory the collector reuses), puts it on `parts` when
 * full, and `joinParts` copies the parts once into an array of the final length. A field under PART_LENGTH
 * tokens (any news story) keeps its one part, the array it always had.
 *
 * A site fills each part in an inner loop (`[]` made at the top of an outer loop, the part put on `parts` after it)
 * rather than testing for a full part at every item: code a news story never runs (a full part's branch, a second
 * `[]`) would throw away the optimised code of the loop at a long field's first full part, leave the rest of its
 * ~230,000 items to the interpreter and make V8 compile the loop again (the 1 MB article: tokenize, wordIdsOf and
 * analyseWords each deoptimised and compiled two to four times).
 *
 * Each site writes its own `[]` for a new part: an array literal inside a shared helper would learn the most
 * general kind of element any caller stored (V8's allocation sites), and a list of numbers would stop being one.
 */
export const PART_LENGTH = 8192;

/** The items of `parts`, in order, as one packed array (the first part itself when it is the only one). */
export function joinParts<T>(parts: T[][]): T[] {
  const first = parts[0] as T[];
  return parts.length === 1 ? first : first.concat(...parts.slice(1));
}

/**
 * `list` with items made by `make` added until it holds `length`, in one array of the final length (the new items
 * made in parts of PART_LENGTH and joined with `list` by one `concat`); `list` itself when it is long enough. For
 * the pools a long field grows (lists of objects: the parts' `[]` is this helper's own, see above).
 */
export function lengthened<T>(list: T[], length: number, make: () => T): T[] {
  if (list.length >= length) return list;
  const parts: T[][] = [];
  let i = list.length;
  do {
    const part: T[] = [];
    for (; i < length && part.length < PART_LENGTH; i++) part.push(make());
    parts.push(part);
  } while (i < length);
  return list.concat(...parts);
}
