// Team line-ups and scorer lists on sports pages: "Arsenal : Seaman ; Dixon , Adams , Keown , Winterburn ...",
// "Given , Breen , Staunton , Irwin , McAteer , Harte ...", "Scorers : Shearer 23 , Fowler 45 pen". The names
// of such a list are players, whatever else the words are ("Given", "Seaman" and "Parlour" are ordinary
// words, "Staunton" a town): a club or a place would not be listed so.
import type { FieldText } from '../../text/document.js';
import { RESULT_VERBS } from '../../text/result-verbs.js';
import { BULLETS } from '../../text/sentences.js';

/** Labels of players after which one item is enough (a scorer list or the unused substitutes may name one). */
const SCORER_LABELS = new Set(
  `scorers scorer goalscorers goals goal tries try conversions conversion cons penalties pens booked bookings booking
  cautioned dismissed sent-off subs-not-used substitutes-not-used replacements`.split(/\s+/),
);

/** What may follow a scorer's name: the minute, a penalty, an own goal, a count of tries. */
const AFTER_SCORER = /^(?:\d{1,3}(?:\+\d)?'?|'|pen|pen\.|penalty|og|o\.g\.|min|mins|pens|\+)$/i;

/** Lower-case words inside a player's name ("van Persie", "de Silva", "da Costa"). */
const PARTICLES = new Set('van von der den de da di do dos du la le ter ten mac bin al'.split(' '));

/** A line-up names a side's players: at least this many, or it may be a list of anything. */
const MIN_LINE_UP = 6;
/** How far a line is read either way from a name (tokens). */
const LINE_REACH = 160;

/** What opens a list's line before its first item: a bullet (text/sentences.ts), a hyphen or a dash. */
const LIST_MARKS: ReadonlySet<string> = new Set([...BULLETS, '-', '\u2013', '\u2014']);

const isCapital = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
};

/** The items found on each line, by the line's first token, per field text. */
const MEMO = new WeakMap<FieldText, Map<number, Int32Array | null>>();

/**
 * Whether the tokens `first`..`last` of `text` are one item of a line-up or a scorer list on their line, which
 * starts at offset `lineStart` (the name's first word's `lineStart`). `isPlace(name)` says whether the lists know a
 * name as a place or a body: a list of towns or clubs ("Relegated : Bolton , Wimbledon , …") is no line-up.
 */
export function lineUpItem(
  text: FieldText,
  first: number,
  last: number,
  lineStart: number,
  isPlace: (name: string) => boolean,
): boolean {
  const tokens = text.tokens;
  // The line's first token, no more than LINE_REACH + 1 tokens back: the first that starts on the line. Told by
  // offsets, not by reading each gap for a line break (a fixtures page of one long line read 160 gaps a name).
  const farthest = first - LINE_REACH - 2;
  if (farthest >= 0 && tokens[farthest]!.start >= lineStart) return false;
  let a = first;
  while (a > 0 && tokens[a - 1]!.start >= lineStart) a--;
  let memo = MEMO.get(text);
  if (!memo) {
    memo = new Map();
    MEMO.set(text, memo);
  }
  let items = memo.get(a);
  if (items === undefined) {
    items = readLine(text, a, isPlace);
    memo.set(a, items);
  }
  if (items === null) return false;
  for (let i = 0; i < items.length; i += 2) if (items[i] === first && items[i + 1] === last) return true;
  return false;
}

/** The items (first and last token, in pairs) of the list on the line starting at token `a`, or null. */
function readLine(text: FieldText, a: number, isPlace: (name: string) => boolean): Int32Array | null {
  const tokens = text.tokens;
  const newlineBefore = (i: number) =>
    i >= tokens.length || (i > 0 && text.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n'));
  const word = (i: number) => (i < tokens.length && (i === a || !newlineBefore(i)) ? tokens[i]!.text : '');
  // A list's bullet or dash opening the line ("\u2022 Balshaw, Cohen, Cueto, …") is no item.
  const head = LIST_MARKS.has(word(a)) ? a + 1 : a;
  // A label: a few capitalised words (a side, or what the list is), maybe a bracket (a formation), then ":" or "-".
  let i = head;
  let label = '';
  let scorerLabel = false;
  for (let k = 0; k < 4 && isCapital(word(i)); k++, i++) label += (label ? ' ' : '') + word(i);
  if (word(i) === '(') {
    let k = i + 1;
    while (k < i + 6 && word(k) !== ')' && word(k) !== '') k++;
    if (word(k) === ')') i = k + 1;
  }
  let start = head;
  if (label && (word(i) === ':' || word(i) === '-' || word(i) === '–')) {
    const lower = label.toLowerCase().replaceAll(' ', '-');
    scorerLabel = SCORER_LABELS.has(lower);
    start = i + 1;
  } else if (word(i) === ':' || word(i) === '-') return null;
  const found: number[] = [];
  let single = 0;
  let places = 0;
  i = start;
  for (let guard = 0; guard < LINE_REACH; guard++) {
    // An item: capitalised words, maybe with particles inside.
    const from = i;
    while (isCapital(word(i)) || (i > from && PARTICLES.has(word(i)) && isCapital(word(i + 1)))) i++;
    if (i === from) {
      // "( captain )" after an item was skipped; anything else ends the list.
      return null;
    }
    if (i - from > 3) return null;
    const name = tokens
      .slice(from, i)
      .map((t) => t.text)
      .join(' ');
    found.push(from, i - 1);
    if (i - from === 1) single++;
    if (isPlace(name)) places++;
    // What follows the name: minutes and penalties of a scorer, a bracketed note.
    while (AFTER_SCORER.test(word(i))) i++;
    if (word(i) === '(') {
      const open = i;
      while (i < open + 8 && word(i) !== ')' && word(i) !== '') i++;
      if (word(i) !== ')') return null;
      i++;
      while (AFTER_SCORER.test(word(i))) i++;
    }
    const sep = word(i);
    if (sep === '') break;
    if (sep === '.' && word(i + 1) === '') break;
    if (sep !== ',' && sep !== ';' && sep !== 'and' && sep !== '/') return null;
    i++;
  }
  const n = found.length / 2;
  if (n === 0) return null;
  if (scorerLabel) return places * 2 > n ? null : Int32Array.from(found);
  if (n < MIN_LINE_UP || single * 2 < n || places * 4 > n) return null;
  return Int32Array.from(found);
}

/** A score after a side's name on a results line: "363", "429-7", "22". */
const SCORE = /^\d{1,3}(?:-\d{1,2})?$/;

/**
 * "Hove : Sussex 363 ( W. Athey 111 … ) , Lancashire 197-8", "At Chesterfield : Derbyshire beat Worcestershire":
 * a results line opened by its ground. Returns 'venue' when the tokens `first`..`last` open the line (after
 * "At" maybe) before ":" and a side's name with its score or result; 'side' for that side; undefined otherwise.
 * A ground is no label: its first word is no ordinary word (`isOrdinary(lower)`: "Half-time : Arsenal 1",
 * "Result : …") and no scorers' label.
 */
export function venueLineRole(
  text: FieldText,
  first: number,
  last: number,
  isOrdinary: (lower: string) => boolean,
): 'venue' | 'side' | undefined {
  const tokens = text.tokens;
  const gapHasBreak = (i: number) =>
    i <= 0 || i >= tokens.length || text.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n');
  const word = (i: number) => (i >= 0 && i < tokens.length ? tokens[i]!.text : '');
  const opensLine = (i: number) => gapHasBreak(i) || (word(i - 1) === 'At' && gapHasBreak(i - 1));
  // After the name, maybe a bracketed ground ("London ( The Oval ) :"), the colon.
  const colonAfter = (i: number) => {
    if (word(i) === ':' && !gapHasBreak(i)) return i;
    if (word(i) !== '(' || gapHasBreak(i)) return -1;
    for (let k = i + 1; k < i + 6; k++) {
      if (gapHasBreak(k)) return -1;
      if (word(k) === ')') return word(k + 1) === ':' && !gapHasBreak(k + 1) ? k + 1 : -1;
    }
    return -1;
  };
  // A side's name of up to three capitalised words from `i`, then its score or a verb of the result.
  const sideAt = (i: number): number => {
    let k = i;
    while (k < i + 3 && !gapHasBreak(k) && isCapital(word(k))) k++;
    if (k === i || gapHasBreak(k)) return -1;
    return SCORE.test(word(k)) || RESULT_VERBS.has(word(k)) || FIXTURE_JOINS.has(word(k)) ? k : -1;
  };
  const ground = (i: number) => {
    const lower = word(i).toLowerCase();
    return isCapital(word(i)) && !isOrdinary(lower) && !SCORER_LABELS.has(lower);
  };
  if (opensLine(first)) {
    const colon = colonAfter(last + 1);
    return colon >= 0 && ground(first) && sideAt(colon + 1) >= 0 ? 'venue' : undefined;
  }
  if (word(first - 1) !== ':' || gapHasBreak(first) || gapHasBreak(first - 1)) return undefined;
  const end = sideAt(first);
  if (end !== last + 1) return undefined;
  // Back to the line's start: the ground, maybe bracketed, before the colon.
  for (let k = first - 2; k >= first - 8 && k >= 0; k--) {
    if (!opensLine(k)) continue;
    if (!ground(k) || colonAfter(k + 1) !== first - 1) {
      // "London ( The Oval ) :", "Tunbridge Wells :": the ground's words up to the colon.
      let j = k + 1;
      while (j < first - 1 && isCapital(word(j))) j++;
      if (!ground(k) || colonAfter(j) !== first - 1) return undefined;
    }
    return 'side';
  }
  return undefined;
}

/** "Chesterfield : Derbyshire v Worcestershire": a fixture's sides joined, as a result's verb joins them. */
const FIXTURE_JOINS: ReadonlySet<string> = new Set(['v', 'vs']);
