// Quoted nicknames inside a person's name ('Roberto "Hands of Stone" Duran'); read by `mixedCaseChunks` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { NAME_PARTICLES } from '../lexicon.js';
import { isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { isNameWord } from './name-words.js';

/** Closing quote by opening quote. A Map: an object indexed by every token text turns the look-up megamorphic. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
  ['(', ')'],
]);

/**
 * Whether a run may go on past a quoted nickname: it ends in a given name ('Ramesh', 'President Jorge') or initials,
 * is one word no lexicon knows, or ends in such a word after a given name ('President Luiz Inácio').
 */
export function beforeNickname(run: readonly Word[]): boolean {
  const last = run[run.length - 1]!;
  // ('Sheriff J.E. "Eddie" Guerra', 'C.L. "Butch" Otter': initials stand for the given names.)
  if (isGivenNameWord(last) || INITIALS_WORD.test(last.core)) return true;
  if (isLowerWordWord(last)) return false;
  return run.length === 1 || isGivenNameWord(run[run.length - 2]!);
}

const NICKNAME_SMALL_WORDS = new Set(['of', 'the']);
/** "J.E.", "C.", "H.W.": one to three initials. */
const INITIALS_WORD = /^(?:[A-Z]\.){1,3}$/;

/**
 * The words after a given name at `at` and a quoted nickname of one to three capitalised words: the
 * surname, with up to two particles before it ('"Lula" da Silva').
 */
export function nicknameThenSurname(
  field: FieldText,
  words: readonly (Word | null)[],
  at: number,
): Word[] | null {
  const tokens = field.tokens;
  const open = tokens[at + 1];
  const close = open ? NICKNAME_QUOTES.get(open.text) : undefined;
  if (!open || !close || open.start !== tokens[at]!.end + 1) return null;
  // 'Hector " Macho " Camacho': pre-tokenised text spaces the quotes off on both sides.
  const spaced = tokens[at + 2] !== undefined && tokens[at + 2]!.start === open.end + 1 ? 1 : 0;
  for (let k = at + 2; k <= at + 4; k++) {
    const inner = words[k];
    // 'Roberto "Hands of Stone" Duran': "of" or "the" between two capitalised words of the nickname.
    if (
      k > at + 2 &&
      !isNameWord(inner) &&
      NICKNAME_SMALL_WORDS.has(tokens[k]?.text ?? '') &&
      isNameWord(words[k + 1])
    )
      continue;
    if (!isNameWord(inner)) return null;
    const after = tokens[k + 1];
    if (after?.text !== close) continue;
    if (after.start !== inner.end + spaced) return null;
    // 'James Leander (Leo) Nichols', 'Alan John Percivale (A.J.P.) Taylor': in brackets only one given
    // name or initials ("Tim Henman (Britain)" names a country).
    if (
      close === ')' &&
      (k !== at + 2 ||
        !(isGivenNameWord(inner) || spellsInitialsOf(words, at, inner.core)) ||
        lookupPlace(inner.core)?.kind === 'country')
    )
      return null;
    const rest: Word[] = [];
    let s = k + 2;
    let gapFrom = after.end;
    while (rest.length < 2 && words[s] && NAME_PARTICLES.has(words[s]!.core)) {
      if (words[s]!.start !== gapFrom + 1) return null;
      gapFrom = words[s]!.end;
      rest.push(words[s]!);
      s++;
    }
    const surname = words[s];
    // 'Sean "Diddy" Combs': after a listed given name a surname may be spelled like an ordinary word.
    if (!isNameWord(surname) || (isLowerWordWord(surname) && !isGivenNameWord(words[at]!))) return null;
    if (surname.start !== gapFrom + 1) return null;
    rest.push(surname);
    return rest;
  }
  return null;
}

/**
 * Whether `text` ("A.J.P.") spells with periods the initials of the name words ending at `at` ('Alan John
 * Percivale (A.J.P.) Taylor'); "Jack Reed (R.I.)" names a state and "(Swe.)" a country.
 */
function spellsInitialsOf(words: readonly (Word | null)[], at: number, text: string): boolean {
  const letters = text.split('.');
  const count = letters.length - 1;
  if (count < 2 || letters[count] !== '' || at - count + 1 < 0) return false;
  for (let k = 0; k < count; k++) {
    const word = words[at - count + 1 + k];
    if (!word || letters[k] !== word.core.charAt(0)) return false;
  }
  return true;
}
