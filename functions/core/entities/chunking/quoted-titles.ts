// Quoted titles of works of two or more words ("Annie Hall"); read by `mixedCaseChunks` (chunk.ts).
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { gazetteerOfWord, isLowerWordWord } from '../word-facts.js';
import { isNameWord } from './name-words.js';

/** Closing quotation mark of each opening one a title is quoted in. */
const TITLE_QUOTES = new Map([
  ['"', '"'],
  ['“', '”'],
  // Headlines quote titles in single quotes: "'One Battle After Another' wins best picture".
  ["'", "'"],
  ['‘', '’'],
]);
/** Words a title in title case writes in lower case: "Father of the Bride", "Ice Cold in Alex". */
const TITLE_SMALL_WORDS = new Set(
  'of the a an and or nor but in on at to for from with by into as'.split(' '),
);
/**
 * Punctuation American style puts inside the closing quote ('"Annie Hall," she said'); an exclamation
 * mark ends a chant or a cry ('"Freedom for Chechnya!"'), no title.
 */
const INNER_STOPS = new Set([',', '.', '?']);
const SENTENCE_STOPS = new Set(['.', '?', '!', ':']);
const TITLE_MAX_TOKENS = 10;

/**
 * '"Annie Hall"', '“Father of the Bride”', '"Something's Gotta Give"': a quotation of two or more words,
 * each capitalised or a small word of titles, ending in a capitalised word, is the title of a work (a film,
 * a book, a song, a show) or a slogan; one name, not a person's. A nickname between two names ('Joaquín
 * "El Chapo" Guzmán') is none. Returns the index of the title's last word, or -1.
 */
export function quotedTitleEnd(field: FieldText, words: readonly (Word | null)[], at: number): number {
  const tokens = field.tokens;
  const open = at > 0 ? tokens[at - 1] : undefined;
  const close = open ? TITLE_QUOTES.get(open.text) : undefined;
  if (!open || close === undefined) return -1;
  const before = at > 1 ? tokens[at - 2] : undefined;
  // A straight quote written against the word before it closes a quotation; it opens none.
  if ((open.text === '"' || open.text === "'") && before !== undefined && before.end === open.start)
    return -1;
  const limit = Math.min(tokens.length, at + TITLE_MAX_TOKENS);
  // A title has a word of the language ("Annie Hall", "Father of the Bride"); two names no list knows as
  // words ('"Allahu Akbar"', 'known as "Abu Bakr"') are a phrase or a person's alias.
  let worded = isLowerWordWord(words[at]!);
  for (let k = at + 1; k < limit; k++) {
    const text = tokens[k]!.text;
    const closes = text === close || (INNER_STOPS.has(text) && tokens[k + 1]?.text === close);
    if (closes) {
      const last = words[k - 1];
      if (k - 1 === at || !isNameWord(last) || !worded) return -1;
      // '"Thank You," Smith said': a quotation opening a sentence that a comma or a stop ends is speech.
      if (text !== close && (before === undefined || SENTENCE_STOPS.has(before.text))) return -1;
      const after = words[text === close ? k + 1 : k + 2];
      // 'Joaquín "El Chapo" Guzmán': names on both sides of the quotation.
      if (isNameWord(words[at - 2]) && isNameWord(after)) return -1;
      // '"Michael Collins" … Michael Collins was shot': a name the text also writes unquoted is read as
      // names are (the film's subject, or a person quoted once).
      const name = field.text.slice(words[at]!.start, last.end);
      const elsewhere = field.text.indexOf(name);
      if (elsewhere !== words[at]!.start || field.text.indexOf(name, last.end) >= 0) return -1;
      return k - 1;
    }
    if (TITLE_SMALL_WORDS.has(text)) worded = true;
    // '"Freedom for Chechnya"', '"Make America Great Again"': a slogan naming a country names it.
    else if (!isNameWord(words[k]) || gazetteerOfWord(words[k]!)?.kind === 'country') return -1;
    else worded ||= isLowerWordWord(words[k]!);
  }
  return -1;
}
