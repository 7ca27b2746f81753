import { codeUnitAt, isAsciiText, lowerCased, withoutMarks } from '../text/chars.js';
import { startsUpper } from '../text/letters.js';
import { isLegalFormWord } from './legal-form.js';
import { ORG_HEADS } from './lexicon.js';

/** Letters and single spaces: the key is the name in lower case (most names; normalising costs more). */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** A name as lists of forms compare it: lower case, no accents, no periods, hyphens and spaces as one space. */
export function nameFormKey(form: string): string {
  if (PLAIN.test(form)) return lowerCased(form);
  if (isAsciiText(form)) return asciiFormKey(lowerCased(form));
  return withoutMarks(lowerCased(form.normalize('NFD')))
    .replace(/\./g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/**
 * `nameFormKey` of a name in ASCII, in lower case, read in one pass ("u.s.", "anti-doping"): it has no accents to
 * take off, and three passes of patterns over each word of a line in capitals were a hostile page's third.
 */
function asciiFormKey(lower: string): string {
  let key = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = codeUnitAt(lower, i);
    if (c === 46) continue;
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) gap = true;
    else {
      if (gap && key !== '') key += ' ';
      gap = false;
      key += lower[i];
    }
  }
  return key;
}

/** Rows of a name and its other forms, as a look-up from each form's key to the name. */
export function formTable(rows: readonly (readonly [string, ...string[]])[]): ReadonlyMap<string, string> {
  const byForm = new Map<string, string>();
  for (const [name, ...forms] of rows)
    for (const form of [name, ...forms]) byForm.set(nameFormKey(form), name);
  return byForm;
}

/** The initials of a name's capitalised words: "NYSE" of "New York Stock Exchange", "NSW" of "New South Wales". */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const w of words) if (startsUpper(w)) initials += w.charAt(0);
  return initials;
}

/** "UK", "EU", "US": an abbreviation of two or three capitals, which a longer name's initials spell whole. */
const CAPITALS_ABBREVIATION = /^[A-Z]{2,3}$/;

/**
 * "UKIP" of "UK Independence Party", "USADA" of "US Anti-Doping Agency": the initials of a name that opens
 * with an abbreviation in capitals, which gives all its letters; undefined when the name opens otherwise.
 */
export function initialsAfterAbbreviation(words: readonly string[]): string | undefined {
  if (words.length < 2 || !CAPITALS_ABBREVIATION.test(words[0]!)) return undefined;
  return words[0]! + initialsOf(words.slice(1));
}

/** "U.S.", "U.K.": an abbreviation written with periods. */
const DOTTED_ABBREVIATION = /^(?:[A-Z]\.){2,3}$/;

/**
 * "WADA" of "World Anti-Doping Agency", "ISI" of "Inter-Services Intelligence": the initials of a name whose
 * hyphened words give one letter for each capitalised part ("USADA" of "U.S. Anti-Doping Agency": an
 * abbreviation gives its letters); undefined when no word is hyphened so.
 */
export function initialsOfHyphenedParts(words: readonly string[]): string | undefined {
  let initials = '';
  let hyphened = false;
  for (const w of words) {
    if (!startsUpper(w)) continue;
    if (DOTTED_ABBREVIATION.test(w)) {
      initials += w.replace(/\./g, '');
      continue;
    }
    if (!w.includes('-')) {
      initials += w.charAt(0);
      continue;
    }
    for (const part of w.split('-')) if (startsUpper(part)) initials += part.charAt(0);
    hyphened = true;
  }
  return hyphened ? initials : undefined;
}

/**
 * "Pemex" of "Petroleos Mexicanos", "Petrobras" of "Petroleo Brasileiro SA", "Conrail" of "Consolidated Rail
 * Corp", "Tocom" of "Tokyo Commodity Exchange": a word of five letters or more made of the start (two letters
 * or more) of each capitalised word of the name in turn but its legal form, a last head word ("Exchange")
 * left out or not. Not a unit named after its parent ("Millicorp" of "Millipore Corp"), nor a name one of
 * whose other words it leaves out ("BankAmerica" of "Bank of America N.T.").
 */
export function isBlendOf(word: string, words: readonly string[]): boolean {
  // Cheap first: the first letters agree and the name has at least two words.
  if (word.length < 5 || words.length < 2 || (codeUnitAt(word, 0) | 32) !== (codeUnitAt(words[0]!, 0) | 32))
    return false;
  const parts: string[] = [];
  for (const w of words) if (startsUpper(w) && !isLegalFormWord(w)) parts.push(lowerCased(w));
  if (parts.length < 2) return false;
  const optional = ORG_HEADS.has(parts[parts.length - 1]!) && parts.length >= 3;
  return blends(lowerCased(word), 0, parts, 0, optional);
}

/**
 * The letters (in lower case) by which `isBlendOf` can find a word a blend of `words`: its first part's first two
 * and its second part's first two, which the word writes at its start and two letters or more after it
 * (`blendKeysOf`). Undefined where no word is a blend of them (fewer than two parts, a part of one letter).
 */
export function blendKey(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  let first: string | undefined;
  let second: string | undefined;
  for (const w of words)
    if (startsUpper(w) && !isLegalFormWord(w)) {
      if (first === undefined) first = w;
      else if (second === undefined) second = w;
    }
  if (first === undefined || second === undefined || first.length < 2 || second.length < 2) return undefined;
  return lowerCased(first).slice(0, 2) + lowerCased(second).slice(0, 2);
}

/** The `blendKey`s a word may be a blend under: its first two letters and any two after them. */
export function blendKeysOf(word: string): string[] {
  const lower = lowerCased(word);
  const keys: string[] = [];
  for (let at = 2; at + 2 <= lower.length; at++) {
    const key = lower.slice(0, 2) + lower.slice(at, at + 2);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Whether `word` from `at` is made of the starts of `parts` from `k` (the last part optional or not). */
function blends(word: string, at: number, parts: readonly string[], k: number, optional: boolean): boolean {
  if (at === word.length) return k === parts.length || (optional && k === parts.length - 1);
  if (k === parts.length) return false;
  const part = parts[k]!;
  for (let n = Math.min(part.length, word.length - at); n >= 2; n--)
    if (word.startsWith(part.slice(0, n), at) && blends(word, at + n, parts, k + 1, optional)) return true;
  return false;
}
