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
    const x = primaryRank(a.charCodeAt(i));
    const y = primaryRank(b.charCodeAt(i));
    if (x < 0 || y < 0) return a.localeCompare(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  const longer = a.length > length ? a : b;
  for (let i = length; i < longer.length; i++) {
    if (primaryRank(longer.charCodeAt(i)) < 0) return a.localeCompare(b);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    // Same letter in another case: lower case (the higher code) sorts first.
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/** The collator's primary order of a character in the fast set; -1 for any other character. */
function primaryRank(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code === 32) return 0;
  if (code === 45) return 1;
  if (code === 58) return 2;
  return -1;
}
