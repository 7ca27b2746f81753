// Acronyms beside a name: the word in brackets after it ("South Africa (Busa)"), initials that spell a run, and
// the acronym a run's name is spelled as; read by `mixedCaseChunks` (chunk.ts).
import type { FieldText } from '../../text/document.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import type { Token } from '../../text/tokens.js';
import { CAPITAL_ENDED_ACRONYM } from '../acronym-shapes.js';
import type { Word } from '../chunk.js';
import { isNameWord } from './name-words.js';
import { joinable } from './wrapped-lines.js';

/** An acronym in brackets: "(LAC)", "(NPP)", "(Busa)". */
const BRACKETED_ACRONYM = lazyPattern(() => /^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u);

/** The one token between "(" and ")" right after the token at `index` ("Busa" of "… South Africa (Busa)"). */
export function wordInBracketsAfter(tokens: readonly Token[], index: number): string | undefined {
  if (tokens[index + 1]?.text !== '(' || tokens[index + 3]?.text !== ')') return undefined;
  return tokens[index + 2]!.text;
}

/**
 * Whether the words `run` and `tail`, read as one name, are followed by "(" an acronym ")" that spells the
 * initials of their capitalised words (all of `tail`'s and at least one of `run`'s: "Line of Actual
 * Control (LAC)", "National People's Power (NPP)"). Cheap first: the token after the tail is "(".
 */
export function spellsInitials(
  field: FieldText,
  run: readonly Word[],
  tail: readonly Word[],
  /**
   * "Congress of South African Trade Unions (Cosatu)", "Interim Force in Lebanon (UNIFIL)": the "of" or "in"
   * between them may give its letter too ('O', 'I'; '' for none).
   */
  joinerLetter = '',
): boolean {
  const acronym = wordInBracketsAfter(field.tokens, tail[tail.length - 1]!.index);
  if (acronym === undefined || !BRACKETED_ACRONYM.test(acronym)) return false;
  let head = '';
  // "U.N. Interim Force in Lebanon (UNIFIL)": initials with periods give all their letters.
  for (const w of run) if (w.capitalised) head += acronymLetters(w);
  let rest = '';
  for (const w of tail) rest += w.core.charAt(0);
  const upper = acronym.toUpperCase();
  if (upper.length <= tail.length) return false;
  return (
    `${head}${rest}`.toUpperCase().endsWith(upper) ||
    (joinerLetter !== '' && `${head}${joinerLetter}${rest}`.toUpperCase().endsWith(upper))
  );
}

/** "U.N.", "U.S.": capital initials, each with its period. */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,}$/;
/** The letters a capitalised word gives an acronym that spells a name: all of "U.N.", else its first. */
export function acronymLetters(w: Word): string {
  return DOTTED_INITIALS.test(w.core) ? w.core.replaceAll('.', '') : w.core.charAt(0);
}
/**
 * The capitalised words from `at` up to a bracketed acronym that spells them with the run before "of" or
 * "in" ("Line of Actual Control (LAC)", "United Nations Interim Force in Lebanon (UNIFIL)"); null when no such
 * acronym follows.
 */
export function acronymSpelledTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
  joinerLetter: string,
): Word[] | null {
  const tail: Word[] = [];
  let previous = words[at - 1];
  for (let k = at; k < words.length && tail.length < 4; k++) {
    const w = words[k];
    if (!isNameWord(w) || (previous && tail.length > 0 && !joinable(field, previous, w))) break;
    tail.push(w);
    previous = w;
    if (w.possessive) break;
  }
  return tail.length > 0 &&
    !tail[tail.length - 1]!.possessive &&
    spellsInitials(field, run, tail, joinerLetter)
    ? tail
    : null;
}

/**
 * Whether `first`, "and" or "for", and `second` (capitalised, in a row) stand right before "(" an acronym ")",
 * `first` opening the name.
 */
export function bracketedAcronymAfter(field: FieldText, first: Word, second: Word): boolean {
  const tokens = field.tokens;
  const joiner = tokens[first.index + 1]?.text;
  if ((joiner !== 'and' && joiner !== 'for') || second.index !== first.index + 2 || second.possessive)
    return false;
  // "Administration of Radio, Film and Television (SARFT)", "Hale, Morton, Pryce and Dunn (HMPD)": the end
  // of a longer name or list, not a name of its own.
  const before = tokens[first.index - 1]?.text;
  if (before === ',' || before === 'of' || before === 'on' || before === 'and') return false;
  const acronym = tokens[second.index + 2]?.text ?? '';
  return (
    tokens[second.index + 1]?.text === '(' &&
    CAPITAL_ENDED_ACRONYM.test(acronym) &&
    tokens[second.index + 3]?.text === ')'
  );
}
