// What closes a run: a monarch's numeral, a stage name's or a league's letter, a model's designation, a stock
// index's number; and the words before which a run stops (a results line's code, "PM" after a demonym); steps of
// `growRun` (chunk.ts).
import { codeUnitAt, lowerCased, startsWithDigit } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { hasLower } from '../../text/letters.js';
import type { Word } from '../chunk.js';
import { indexNumberAt, isIndexName } from '../index-names.js';
import { isResultCode } from '../sport-codes.js';
import { stageNameEndsInLetter } from '../stage-names.js';
import { CORE_SHAPES, WORD_BITS } from '../word-bits.js';
import { wordWith } from '../word-copy.js';
import { isGivenNameWord } from '../word-facts.js';
import { demonymRun } from './known-names.js';
import { isNameWord } from './name-words.js';
import { ENDED, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';

/** The letter of one of Italy's football leagues after "Serie", with a sentence's period or without. */
const LEAGUE_LETTER = /^[A-D]\.?$/;
/** Titles of monarchs and popes, whose numerals follow their given names. */
const MONARCH_TITLES = new Set(
  'king queen emperor empress pope tsar czar tsarina sultan kaiser shah pharaoh'.split(' '),
);

/** Words after a monarch's numeral that the pronoun "I" seldom takes: "King Baudouin I born", "Pedro I of Brazil". */
const AFTER_NUMERAL = new Set('of born died reigned ruled crowned'.split(' '));
/** What befell a monarch, after "was": "King Charles I was beheaded" (the pronoun seldom is). */
const REIGN_FATES = new Set(
  'beheaded executed crowned deposed overthrown exiled imprisoned succeeded buried born'.split(' '),
);
/** Whether the token at `at` is a lower-case word after which "I" is the pronoun ("Charles I was shaking"). */
function lowerWordAt(field: FieldText, at: number): boolean {
  const token = field.tokens[at];
  if (token === undefined) return false;
  const c = codeUnitAt(token.text, 0);
  if (c < 97 || c > 122 || AFTER_NUMERAL.has(token.text)) return false;
  return !(token.text === 'was' && REIGN_FATES.has(field.tokens[at + 1]?.text ?? ''));
}

/** A model's designation after "Model": a capital letter or a number ("Model Y", "Model 3"). */
export const MODEL_DESIGNATION = lazyPattern(() => /^(?:\p{Lu}|\d{1,3})$/u);

/** A capital letter, maybe with a period, that closes a listed stage name ("Cardi B", "Lil Nas X."). */
function stageLetterAt(field: FieldText, w: Word): boolean {
  const code = codeUnitAt(field.text, w.start);
  if (code < 65 || code > 90 || (w.end - w.start === 2 && codeUnitAt(field.text, w.start + 1) !== 46))
    return false;
  return stageNameEndsInLetter(w.core.charAt(0).toLowerCase(), (k) =>
    lowerCased(field.tokens[w.index - k]?.text ?? ''),
  );
}

/** Whether the word at `k` is a results line's committee code right after a name word on its line. */
export function resultCodeAfterName(field: FieldText, words: readonly (Word | null)[], k: number): boolean {
  const code = words[k];
  const name = words[k - 1];
  return (
    code != null &&
    name != null &&
    name.line === code.line &&
    isResultCode(code.core, field.tokens[k + 1]?.text) &&
    isNameWord(name)
  );
}

/**
 * "Queen Elizabeth I", "Pedro I of Brazil": a monarch's first numeral (no pronoun after a title and a
 * given name, or before "of"). A lower-case word after it makes it the pronoun ('"When I met King
 * Charles I was shaking"'), save a few of a reign's words ("born", "died"): read22 F7.
 */
export function monarchNumeral(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, run, j } = g;
  if (
    next?.core === 'I' &&
    last.end + 1 === next.start &&
    ((run.length >= 2 && MONARCH_TITLES.has(run[run.length - 2]!.lower) && !lowerWordAt(field, j + 2)) ||
      (isGivenNameWord(last) && field.tokens[j + 2]?.text === 'of'))
  ) {
    run.push(next);
    g.j = j + 1;
    return ENDED;
  }
  return NOT_HERE;
}

/**
 * "Cardi B said", "hosted by Cardi B. Taylor Swift": a listed stage name's closing letter ends the
 * name (without a period after it, which ends the sentence).
 * "Serie A", "in Serie B.": Italy's leagues by a letter (the letter ends the name, as a stage name's).
 */
export function closingLetter(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const field = g.field;
  if (
    next &&
    next.end - next.start <= 2 &&
    last.end + 1 === next.start &&
    (stageLetterAt(field, next) || (last.lower === 'serie' && LEAGUE_LETTER.test(next.core)))
  ) {
    const letter = next.core.charAt(0);
    g.run.push(
      next.end - next.start === 1
        ? next
        : wordWith(next, {
            core: letter,
            lower: letter.toLowerCase(),
            bits: WORD_BITS.of(letter.toLowerCase(), -1),
            shapes: CORE_SHAPES.of(letter),
            end: next.start + 1,
          }),
    );
    g.j++;
    return ENDED;
  }
  return NOT_HERE;
}

/**
 * Words before which the run ends: "Beatrice Chebet KEN 28:54.14", a results line's code after the name; "Japanese PM
 * Ishiba", "South Korean PM Kim", the prime minister's abbreviation after a demonym ("PM Ishiba" is read as a title
 * and a name, classify.ts, as after a country: "Japan PM Ishiba").
 */
export function endsBefore(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  return (next && hasLower(last.core) && resultCodeAfterName(g.field, g.words, g.j + 1)) ||
    (next?.core === 'PM' && g.run.length <= 2 && isNameWord(g.words[g.j + 2]) && demonymRun(g.run))
    ? ENDED
    : NOT_HERE;
}

/**
 * A product's or a stock index's number ends its name: "Tesla Model Y", "the Model 3" (a model's letter or number
 * after "Model"); "the S&P 500", "France's CAC 40", "the FTSE 100 index".
 */
export function closingNumber(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, j } = g;
  if (last.lower === 'model' && g.run.length > 1 && !last.caseless) {
    const code = field.tokens[j + 1];
    if (
      code &&
      code.start === last.end + 1 &&
      MODEL_DESIGNATION.test(code.text) &&
      !startsWithDigit(field.tokens[j + 2]?.text ?? '')
    ) {
      g.run.push(
        wordWith(last, {
          index: j + 1,
          core: code.text,
          lower: lowerCased(code.text),
          shapes: CORE_SHAPES.of(code.text),
          start: code.start,
          end: code.end,
          possessive: false,
          initial: false,
        }),
      );
      g.j = j + 1;
      return ENDED;
    }
  }
  if (!next && isIndexName(last)) {
    const number = indexNumberAt(field, j + 1, last);
    if (number) {
      g.run.push(number);
      g.j = j + 1;
      return ENDED;
    }
  }
  return NOT_HERE;
}
