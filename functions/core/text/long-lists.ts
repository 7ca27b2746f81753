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
 * Each site writes its own `[]` for a new part: an array literal inside a shared helper would learn the most
 * general kind of element any caller stored (V8's allocation sites), and a list of numbers would stop being one.
 */
export const PART_LENGTH = 8192;

/** The items of `parts` and then of `last`, in order, as one packed array (`last` itself when `parts` is empty). */
export function joinParts<T>(parts: T[][], last: T[]): T[] {
  if (parts.length === 0) return last;
  parts.push(last);
  const first = parts[0] as T[];
  return first.concat(...parts.slice(1));
}

/**
 * `list` with items made by `make` added until it holds `length`, in one array of the final length (the new items
 * made in parts of PART_LENGTH and joined with `list` by one `concat`); `list` itself when it is long enough. For
 * the pools a long field grows (lists of objects: the parts' `[]` is this helper's own, see above).
 */
export function lengthened<T>(list: T[], length: number, make: () => T): T[] {
  if (list.length >= length) return list;
  const parts: T[][] = [];
  let part: T[] = [];
  for (let i = list.length; i < length; i++) {
    if (part.length === PART_LENGTH) {
      parts.push(part);
      part = [];
    }
    part.push(make());
  }
  parts.push(part);
  return list.concat(...parts);
}
