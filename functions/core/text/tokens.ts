import { codeUnitAt, detached, isWhiteSpaceUnit, sliceOf } from './chars.js';
import { joinParts, PART_LENGTH } from './long-lists.js';
/** A word, number or punctuation mark with UTF-16 offsets into its field (end exclusive). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words keep inner apostrophes, periods of abbreviations ("U.S.", "J.D."), hyphens and ampersands
// ("AT&T"); a possessive "'s" stays on the word and recognisers strip it where they need to.
// A joined part is never the first letter of initials: "Japan-U.S. alliance" is "Japan", "-", "U.S."
// (not "Japan-U", ".", "S.", which left a name "S.").
// A firm's web address is one word: "Amazon.com", "Booking.com's", "Character.AI" (not the river and a stray "com").
// A single capital with a period before another capital is an initial: "S. Waugh", "T.O'Gorman",
// "Michael J. O'Leary", "Ryan K. D'Souza"; so is the first of two or three spaced initials before a name,
// "C. C. Wei", "J. R. R. Tolkien" (not a run of letters, "A. B. C. D. E. F.").
// This pattern is the definition of a token; `tokenize` below is a faster scanner that gives the same
// tokens (test/unit/text/tokens.test.ts compares the two on arbitrary strings).
// Compiling it takes milliseconds (its Unicode property classes) and only tokens with a character the scanner
// leaves to it need it (see WIDE), so it is compiled on first use, once: the scanner's sticky copy is the only
// one tagging makes.
const TOKEN_SOURCE = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ ]?\p{Lu}\p{Ll}|[ ]\p{Lu}['\u2019]\p{Lu}|[ ]\p{Lu}\.[ ]\p{Lu}(?:\p{Ll}|\.[ ]\p{Lu}\p{Ll}))|\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019\-&](?!\p{Lu}\.\p{Lu}\.)[\p{L}\p{M}\p{N}]+)*\.?(?<=\p{L}\.)(?=\s+\p{Ll})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019\-&](?!\p{Lu}\.\p{Lu}\.)[\p{L}\p{M}\p{N}]+)*(?:\.(?:com|net|org|AI|ai)(?![\p{L}\p{M}\p{N}])(?:['\u2019\-&](?!\p{Lu}\.\p{Lu}\.)[\p{L}\p{M}\p{N}]+)*)?|\p{N}+(?:[.,:]\p{N}+)*%?|\S`;

/** The pattern anchored at `lastIndex`: the scanner hands it every token it does not decide (OTHER). */
let tokenAt: RegExp | undefined;

/** The pattern applied as is: the reference the scanner is tested against. */
export function tokenizeWithPattern(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(new RegExp(TOKEN_SOURCE, 'gu'))) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

// Character classes of the ASCII range, by code unit. Running the Unicode regex over every token cost
// about a tenth of tagging time; news text is nearly all ASCII, so the scanner reads ASCII by hand (and
// Latin letters, typographic quotes, dashes and spaces: WIDE) and passes any token that touches another
// character to the regex.
const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const SPACE = 8;
const JOINER = 16; // ' ’ - & inside a word ("O'Neill", "cease-fire", "AT&T"); ’ by wideClass
const NUMBER_JOINER = 32; // . , : inside a number ("5.93", "1,000", "10:30")
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const c of [9, 10, 11, 12, 13, 32]) CLASS[c] = SPACE;
for (const c of "'-&") CLASS[codeUnitAt(c, 0)] = JOINER;
for (const c of '.,:') CLASS[codeUnitAt(c, 0)] = NUMBER_JOINER;
const LETTER = UPPER | LOWER;
const WORD_CHAR = LETTER | DIGIT;
/** A code unit the scanner does not decide on (most outside ASCII): the pattern reads its token. */
const OTHER = 128;

/**
 * Classes of U+0080–U+017F (Latin-1 and Latin Extended-A: the letters of most European names), as CLASS has
 * them for ASCII: UPPER for \p{Lu}, LOWER for \p{Ll}, SPACE for \s, 0 for a mark of punctuation or a symbol
 * (in no class of the pattern), OTHER for a letter without case (ª, º) or a number (², ½), which the pattern
 * reads. Without them a word with one accent, and the pattern's first use, cost a fresh process ~10 ms (V8
 * compiles the pattern's Unicode classes, ~100 M instructions): test/unit/text/tokens.test.ts checks every
 * code unit here against the pattern's classes.
 */
const WIDE = new Uint8Array(0x180 - 0x80); // 0: the C1 controls and Latin-1's marks and symbols
WIDE[0xa0 - 0x80] = SPACE;
for (const c of [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]) WIDE[c - 0x80] = OTHER;
for (let c = 0xc0; c <= 0xde; c++) WIDE[c - 0x80] = UPPER;
for (let c = 0xdf; c <= 0xff; c++) WIDE[c - 0x80] = LOWER;
WIDE[0xd7 - 0x80] = 0; // ×
WIDE[0xf7 - 0x80] = 0; // ÷
// Latin Extended-A pairs its capitals and small letters; where the pairs shift, a letter stands alone.
for (let c = 0x100; c < 0x180; c++) {
  const evenUpper = c <= 0x137 || (c >= 0x14a && c <= 0x177);
  WIDE[c - 0x80] = (c % 2 === 0) === evenUpper ? UPPER : LOWER;
}
for (const c of [0x138, 0x149, 0x17f]) WIDE[c - 0x80] = LOWER; // ĸ ŉ ſ
WIDE[0x178 - 0x80] = UPPER; // Ÿ

/** A right single quotation mark, the typographic apostrophe: a joiner as "'" is. */
const RIGHT_QUOTE = 0x2019;

/** The class of a code unit ≥ 128 (see WIDE): the apostrophe, dashes and quotes, spaces; OTHER for the rest. */
function wideClass(c: number): number {
  if (c < 0x180) return WIDE[c - 0x80] ?? OTHER;
  if (c === RIGHT_QUOTE) return JOINER;
  // General punctuation: dashes, quotation marks, bullets, the ellipsis (U+2010–U+2027); the euro sign.
  if ((c >= 0x2010 && c <= 0x2027) || c === 0x20ac) return 0;
  // The spaces \s holds beyond Latin Extended-A.
  return isWhiteSpaceUnit(c) ? SPACE : OTHER;
}

const PERIOD = 46;
const APOSTROPHE = 39;
const PERCENT = 37;

/** Sentinel for "the ASCII scan cannot decide this token". */
const UNDECIDED = -1;

/**
 * The code unit at `i` of a text of length `n`; NaN past the end, as charCodeAt gives. Checked here so
 * codeUnitAt is never asked past the end: once it is, V8 stops inlining it at every call site.
 */
function unitAt(text: string, i: number, n: number): number {
  return i < n ? codeUnitAt(text, i) : Number.NaN;
}

/** The class of the code unit at `i`; 0 past the end as for punctuation. */
function classAt(text: string, i: number, n: number): number {
  if (i >= n) return 0;
  const c = codeUnitAt(text, i);
  if (c < 128) return CLASS[c] ?? 0;
  return wideClass(c);
}

/** V8 copies a substring shorter than this; a longer one is a view into the whole text. */
const SHORTEST_VIEW = 13;

/**
 * A token's text (`length` from its offsets: `.length` of strings of every V8 representation is a
 * megamorphic load), not a view into its article: token texts are kept by process-wide memos (the
 * vocabulary, word forms, normal forms), which would otherwise keep every article that brought a new
 * long word alive until they start over (measured: ~100 KB held per 94 KB article).
 */
function ownText(token: string, length: number): string {
  return length >= SHORTEST_VIEW ? detached(token) : token;
}

export function tokenize(text: string): Token[] {
  // In parts of PART_LENGTH tokens, joined once (long-lists.ts): a 1 MB field has ~230,000.
  const parts: Token[][] = [];
  const n = text.length;
  let p = 0;
  do {
    const tokens: Token[] = [];
    while (p < n && tokens.length < PART_LENGTH) {
      const c = codeUnitAt(text, p);
      const kind = c < 128 ? (CLASS[c] ?? 0) : wideClass(c);
      if (kind === SPACE) {
        p++;
        continue;
      }
      const end = kind === OTHER ? UNDECIDED : tokenEnd(text, p, kind, n);
      if (end !== UNDECIDED) {
        tokens.push({ text: ownText(sliceOf(text, p, end), end - p), start: p, end });
        p = end;
        continue;
      }
      tokenAt ??= new RegExp(TOKEN_SOURCE, 'uy');
      tokenAt.lastIndex = p;
      const m = tokenAt.exec(text);
      if (m === null) {
        // Only whitespace outside ASCII (no-break space, em space…) matches nothing: skip it.
        p++;
        continue;
      }
      const length = m[0].length;
      tokens.push({ text: ownText(m[0], length), start: p, end: p + length });
      p += length;
    }
    parts.push(tokens);
  } while (p < n);
  return joinParts(parts);
}

/**
 * End of the token starting at `p` (a non-space of class `kind`, not OTHER), following the pattern's
 * alternatives in order, or UNDECIDED when a character the decision depends on is OTHER.
 */
function tokenEnd(text: string, p: number, kind: number, n: number): number {
  if (kind & LETTER) return wordEnd(text, p, kind, n);
  if (kind === DIGIT) return numberEnd(text, p, n);
  return p + 1;
}

function wordEnd(text: string, p: number, kind: number, n: number): number {
  if (kind === UPPER && unitAt(text, p + 1, n) === PERIOD) {
    // (?:\p{Lu}\.){2,}: "U.S.", "J.D."
    let q = p + 2;
    for (;;) {
      const k = classAt(text, q, n);
      if (k === OTHER) return UNDECIDED;
      if (k !== UPPER || unitAt(text, q + 1, n) !== PERIOD) break;
      q += 2;
    }
    if (q - p >= 4) return q;
    // \p{Lu}\.(?=[ ]?\p{Lu}\p{Ll}|[ ]\p{Lu}['’]\p{Lu}|[ ]\p{Lu}\.[ ]\p{Lu}(?:\p{Ll}|\.[ ]\p{Lu}\p{Ll})): an initial,
    // "S. Waugh", "J. O'Leary"
    let r = p + 2;
    if (unitAt(text, r, n) === 32) r++;
    const first = classAt(text, r, n);
    if (first === OTHER) return UNDECIDED;
    if (first === UPPER) {
      const second = classAt(text, r + 1, n);
      if (second === OTHER) return UNDECIDED;
      if (second === LOWER) return p + 2;
      // Spaced initials, "C. C. Wei", "J. R. R. Tolkien": the first is an initial as the last is.
      if (r === p + 3 && unitAt(text, r + 1, n) === PERIOD && unitAt(text, r + 2, n) === 32) {
        // Up to three, then a name: "A. B. C. D. E. F." is a run of letters, no one's initials.
        const next = classAt(text, r + 3, n);
        if (next === OTHER) return UNDECIDED;
        if (next === UPPER) {
          const after = classAt(text, r + 4, n);
          if (after === OTHER) return UNDECIDED;
          if (after === LOWER) return p + 2;
          if (unitAt(text, r + 4, n) === PERIOD && unitAt(text, r + 5, n) === 32) {
            const third = classAt(text, r + 6, n);
            if (third === OTHER) return UNDECIDED;
            if (third === UPPER) {
              const name = classAt(text, r + 7, n);
              if (name === OTHER) return UNDECIDED;
              if (name === LOWER) return p + 2;
            }
          }
        }
      }
      // After a space only: "T.O'Gorman" in a scorecard is read as before.
      const quote = unitAt(text, r + 1, n);
      if (r === p + 3 && (quote === APOSTROPHE || quote === RIGHT_QUOTE)) {
        const third = classAt(text, r + 2, n);
        if (third === OTHER) return UNDECIDED;
        if (third === UPPER) return p + 2;
      }
    }
  }
  // The word: [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*
  const q = wordBodyEnd(text, p + 1, n);
  if (q === UNDECIDED) return UNDECIDED;
  if (unitAt(text, q, n) === PERIOD) {
    // (?:\.(?:com|net|org|AI|ai)(?![\p{L}\p{M}\p{N}])(?:['’\-&][\p{L}\p{M}\p{N}]+)*)?: "Amazon.com's"
    const domain = domainEnd(text, q, n);
    if (domain === UNDECIDED) return UNDECIDED;
    if (domain > q) return wordBodyEnd(text, domain, n);
  }
  // An abbreviation keeps its period before a lower-case word: "Corp. said", "approx. five".
  if (unitAt(text, q, n) === PERIOD && classAt(text, q - 1, n) & LETTER) {
    let r = q + 1;
    for (;;) {
      const k = classAt(text, r, n);
      if (k === OTHER) return UNDECIDED;
      if (k !== SPACE) {
        if (k === LOWER && r > q + 1) return q + 1;
        break;
      }
      r++;
    }
  }
  return q;
}

/** End of a word's letters, digits and joined parts from `q`, or UNDECIDED at a character outside ASCII. */
function wordBodyEnd(text: string, start: number, n: number): number {
  let q = start;
  for (;;) {
    // Most of a text is read here: letters and digits are looked up without the classAt call.
    const c = unitAt(text, q, n);
    const k = c < 128 ? (CLASS[c] ?? 0) : classAt(text, q, n);
    if (k & WORD_CHAR) {
      q++;
      continue;
    }
    if (k === OTHER) return UNDECIDED;
    if (k === JOINER) {
      const after = classAt(text, q + 1, n);
      if (after === OTHER) return UNDECIDED;
      const initials = after === UPPER ? initialsAt(text, q + 1, n) : NO_INITIALS;
      if (initials === UNDECIDED) return UNDECIDED;
      if (after & WORD_CHAR && initials === NO_INITIALS) {
        q += 2;
        continue;
      }
    }
    break;
  }
  return q;
}

const NO_INITIALS = 0;
const INITIALS = 1;

/** Whether "U.S." (a capital, a period, a capital, a period) starts at `p`: (?=\p{Lu}\.\p{Lu}\.). */
function initialsAt(text: string, p: number, n: number): number {
  if (unitAt(text, p + 1, n) !== PERIOD) return NO_INITIALS;
  const second = classAt(text, p + 2, n);
  if (second === OTHER) return UNDECIDED;
  return second === UPPER && unitAt(text, p + 3, n) === PERIOD ? INITIALS : NO_INITIALS;
}

/** Web addresses' endings a firm's name takes: "Amazon.com", "Ancestry.org", "Character.AI". */
const DOMAINS = ['com', 'net', 'org', 'AI', 'ai'];

/** End of ".com", ".net", ".org" or ".AI" at the period `q` when no letter or digit follows, else `q`. */
function domainEnd(text: string, q: number, n: number): number {
  for (const domain of DOMAINS) {
    if (text.startsWith(domain, q + 1)) {
      const end = q + 1 + domain.length;
      const k = classAt(text, end, n);
      if (k === OTHER) return UNDECIDED;
      return k & WORD_CHAR ? q : end;
    }
  }
  return q;
}

/** \p{N}+(?:[.,:]\p{N}+)*%? */
function numberEnd(text: string, p: number, n: number): number {
  let q = p + 1;
  for (;;) {
    const k = classAt(text, q, n);
    if (k === OTHER) return UNDECIDED;
    if (k === DIGIT) {
      q++;
      continue;
    }
    if (k === NUMBER_JOINER) {
      const after = classAt(text, q + 1, n);
      if (after === OTHER) return UNDECIDED;
      if (after === DIGIT) {
        q += 2;
        continue;
      }
    }
    break;
  }
  return unitAt(text, q, n) === PERCENT ? q + 1 : q;
}
