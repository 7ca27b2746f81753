import { endsWithText, lowerCased } from '../text/chars.js';

// Words whose final "s" is not a plural, so "news" does not collapse into "new".
const KEEP_S = new Set([
  'news',
  'series',
  'species',
  'politics',
  'economics',
  'physics',
  'olympics',
  'athletics',
  'aids',
  'bus',
  'gas',
  'yes',
  'always',
  'sometimes',
  'perhaps',
  'whereas',
  'tennis',
  'chess',
  'darts',
  'diabetes',
  'measles',
  'mumps',
  'rabies',
  'herpes',
  'lens',
  'arms',
  'jeans',
  'data',
  'media',
  'lyrics',
  'graphics',
  'electronics',
  'mathematics',
  'statistics',
  'ethics',
  'logistics',
  'texas',
  'paris',
  'wales',
  'brussels',
  'davos',
  'us',
  'its',
  'this',
  'has',
  'was',
  'is',
  'as',
]);

/**
 * Verb forms of a noun that the desks use as a noun only (wild41 ★4): flames "fanned" by winds are no sports fans,
 * a senator who "championed" farm aid is no champion. Each is its own key, so it meets no lexicon entry.
 */
const OWN_FORM = new Set(['fanned', 'fanning', 'championed', 'championing']);

/**
 * A light, deterministic stemmer: lower case, no possessive, plural and -ed/-ing endings folded, a final
 * silent "e" dropped. It only needs to map a word and its inflections to one key, identically for the
 * lexicon and the text, so "tariffs", "elected", "voting" and "votes" meet "tariff", "elect" and "vote".
 */
export function stem(word: string): string {
  let w = lowerCased(word);
  if (endsWithText(w, "'s") || endsWithText(w, '’s')) w = w.slice(0, -2);
  else if (endsWithText(w, "'") || endsWithText(w, '’')) w = w.slice(0, -1);
  if (w.length <= 3 || KEEP_S.has(w) || OWN_FORM.has(w)) return w;
  if (endsWithText(w, 'ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (endsWithText(w, 'sses')) w = w.slice(0, -2);
  else if (endsWithText(w, 's') && !endsWithText(w, 'ss') && !endsWithText(w, 'us') && !endsWithText(w, 'is'))
    w = w.slice(0, -1);
  if (endsWithText(w, 'ing') && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (endsWithText(w, 'ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (
    endsWithText(w, 'ed') &&
    w.length > 4 &&
    /[aeiouy]/.test(w.slice(0, -2)) &&
    !endsWithText(w, 'eed')
  )
    w = undouble(w.slice(0, -2));
  if (endsWithText(w, 'e') && w.length > 3 && !endsWithText(w, 'ee')) w = w.slice(0, -1);
  return w;
}

// "stopped" → "stopp" → "stop"; but keep "ll", "ss", "ff", "zz" endings ("called", "passed", "staffed").
function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsfz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}
