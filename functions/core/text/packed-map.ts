/**
 * `items.map(f)`, always as a packed array. V8's optimised code inlines `Array.prototype.map` and builds a holey
 * array, where the interpreter and baseline code build a packed one. A list handed from pass to pass (the
 * countries, their mentions) then reaches code optimised for one kind of array with the other once its maker
 * is optimised, and that code is thrown away and compiled again ("wrong map" deopts of a dozen country passes
 * in warm rounds of the bench corpus). An array filled by `push` has one kind in every tier.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T));
  return out;
}

/**
 * `text.split(' ')`, always as a packed array: V8's optimised code returns a holey array for a split of some
 * strings (a name held as a constant, "Super Eagles") where the interpreter's is packed, and a candidate's words
 * are read by a dozen passes.
 */
export function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', from)) {
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts;
}
