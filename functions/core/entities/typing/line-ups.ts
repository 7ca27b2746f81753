// Team line-ups and scorer lists on sports pages: "Arsenal : Seaman ; Dixon , Adams , Keown , Winterburn ...",
// "Given , Breen , Staunton , Irwin , McAteer , Harte ...", "Scorers : Shearer 23 , Fowler 45 pen". The names
// of such a list are players, whatever else the words are ("Given", "Seaman" and "Parlour" are ordinary
// words, "Staunton" a town): a club or a place would not be listed so.
import type { FieldText } from '../../text/document.js';

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

const isCapital = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
};

/** The items found on each line, by the line's first token, per field text. */
const MEMO = new WeakMap<FieldText, Map<number, Int32Array | null>>();

/**
 * Whether the tokens `first`..`last` of `text` are one item of a line-up or a scorer list on their line.
 * `isPlace(name)` says whether the lists know a name as a place or a body: a list of towns or clubs ("Relegated :
 * Bolton , Wimbledon , …") is no line-up.
 */
export function lineUpItem(
  text: FieldText,
  first: number,
  last: number,
  isPlace: (name: string) => boolean,
): boolean {
  const tokens = text.tokens;
  // The line's first token.
  let a = first;
  for (let k = 0; a > 0 && !text.text.slice(tokens[a - 1]!.end, tokens[a]!.start).includes('\n'); k++) {
    if (k > LINE_REACH) return false;
    a--;
  }
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
  // A label: a few capitalised words (a side, or what the list is), maybe a bracket (a formation), then ":" or "-".
  let i = a;
  let label = '';
  let scorerLabel = false;
  for (let k = 0; k < 4 && isCapital(word(i)); k++, i++) label += (label ? ' ' : '') + word(i);
  if (word(i) === '(') {
    let k = i + 1;
    while (k < i + 6 && word(k) !== ')' && word(k) !== '') k++;
    if (word(k) === ')') i = k + 1;
  }
  let start = a;
  if (label && (word(i) === ':' || word(i) === '-' || word(i) === '–')) {
    const lower = label.toLowerCase().replace(/ /g, '-');
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
