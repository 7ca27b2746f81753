import type { Field } from '../schema.js';
import { codeUnitAt } from './chars.js';

/** Mentions in reading order: the title's first, then by offset. */
export function compareMentionPlaces(
  a: { field: Field; start: number },
  b: { field: Field; start: number },
): number {
  return a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1;
}

/**
 * `a.localeCompare(b)`'s order (-1, 0, 1) without ICU's collator where it is not needed. The first
 * localeCompare in a process loads the collator, several milliseconds of every cold start, while the
 * tagger's tie-breaks compare ids, codes and words. Strings made only of ASCII letters, digits, space,
 * "-" and ":" are compared here the way the collator orders them: space < "-" < ":" < digits < letters
 * with case ignored, then, between strings equal but for case, lower case first at the first difference
 * (test/unit/text/compare.test.ts checks this against localeCompare). Anything else goes to localeCompare.
 */
export function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ca = codeUnitAt(a, i);
    const cb = codeUnitAt(b, i);
    // Ids and codes share long prefixes ("organization:…"): an equal character is ranked once.
    if (ca === cb) {
      if (primaryRank(ca) < 0) return a.localeCompare(b);
      continue;
    }
    const x = primaryRank(ca);
    const y = primaryRank(cb);
    if (x < 0 || y < 0) return a.localeCompare(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  const longer = a.length > length ? a : b;
  for (let i = length; i < longer.length; i++) {
    if (primaryRank(codeUnitAt(longer, i)) < 0) return a.localeCompare(b);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < length; i++) {
    const x = codeUnitAt(a, i);
    const y = codeUnitAt(b, i);
    // Same letter in another case: lower case (the higher code) sorts first.
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/** The collator's primary order of each ASCII character in the fast set; -1 for the others. */
const PRIMARY_RANKS = new Int16Array(128).fill(-1);
for (let code = 97; code <= 122; code++) PRIMARY_RANKS[code] = code;
for (let code = 65; code <= 90; code++) PRIMARY_RANKS[code] = code + 32;
for (let code = 48; code <= 57; code++) PRIMARY_RANKS[code] = code;
PRIMARY_RANKS[32] = 0;
PRIMARY_RANKS[45] = 1;
PRIMARY_RANKS[58] = 2;

/** The collator's primary order of a character in the fast set; -1 for any other character. */
function primaryRank(code: number): number {
  return code < 128 ? (PRIMARY_RANKS[code] as number) : -1;
}
