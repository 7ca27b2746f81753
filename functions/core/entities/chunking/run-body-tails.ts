// A body's name that goes on through a small word: "Bank of England", "Human Rights in China", "Save the
// Children", "The Mail on Sunday"; steps of `growRun` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import { lowerCased } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { FUNCTION_WORDS, PLACE_HEADS } from '../lexicon.js';
import { isGivenNameWord } from '../word-facts.js';
import { acronymSpelledTail } from './acronyms.js';
import { authorityOfPlace, orgNameTail } from './body-name-tails.js';
import { C_ORG_OR_STATE_LEAD, C_PACT_LEAD } from './chunk-bits.js';
import { knownNameWithThe } from './known-names.js';
import { isNameWord } from './name-words.js';
import { ENDED, GROWN, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { toWord } from './word-forms.js';

/** A name word before the run's last ("General Agreement"; not "An Agreement", "The Treaty"). */
const nameBefore = (run: readonly Word[]) =>
  run.length > 2 || (run.length === 2 && !FUNCTION_WORDS.has(run[0]!.lower));

/**
 * Bodies that go on through "of" to their place only ("Monetary Authority of Singapore", "National Energy Regulator
 * of South Africa"), not to the office holder they answer to.
 */
export const PLACE_ONLY_LEADS = new Set(['authority', 'regulator']);

/** Nouns of a body before its name: "the New York-based group Human Rights in China said". */
export const GROUP_NOUNS = new Set([
  'group',
  'organisation',
  'organization',
  'charity',
  'watchdog',
  'movement',
]);
/** What may follow a body's name that ends in its country: the clause's end or its verb of speech. */
const AFTER_GROUP_NAME = new Set([',', '.', 'said', 'says', 'urged', 'called', 'reported']);
/**
 * "the pressure group Human Rights in China said": after a body's noun, two or three capitalised words no
 * list joins, "in" and a country's one-word name ending the clause are one body's name ("the group Amnesty
 * International in China" is a listed body's branch: chunk.ts never reaches here for a listed name); the
 * country's word at `at` as a tail, or null.
 */
function groupInCountryTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const country = words[at];
  if (!country || run.length > 3 || !GROUP_NOUNS.has(lowerCased(field.tokens[run[0]!.index - 1]?.text ?? '')))
    return null;
  if (!AFTER_GROUP_NAME.has(lowerCased(field.tokens[at + 1]?.text ?? ''))) return null;
  if (lookupPlace(country.core)?.kind !== 'country') return null;
  if (
    run.some((w) => !w.capitalised || isGivenNameWord(w)) ||
    knownBodyNamed(field.text.slice(run[0]!.start, run[run.length - 1]!.end)) !== undefined
  )
    return null;
  return [country];
}

/**
 * "United Nations Interim Force in Lebanon (UNIFIL)": the acronym in brackets spells the name through "in"
 * (which is no joining word: "Interim Force" would end at it); and a body's name ending in its country.
 */
export function bodyInPlace(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || g.field.tokens[g.j + 1]?.text !== 'in') return NOT_HERE;
  const { field, words, run, j } = g;
  if (!next && run.length >= 2 && field.tokens[j + 1]?.text === 'in' && isNameWord(words[j + 2])) {
    const tail =
      acronymSpelledTail(field, words, run, j + 2, 'I') ?? groupInCountryTail(field, words, run, j + 2);
    if (tail) {
      run.push(toWord(field.tokens[j + 1]!, j + 1, last.line, last.lineStart, false, false), ...tail);
      g.j = tail[tail.length - 1]!.index;
      return GROWN;
    }
  }
  return NOT_HERE;
}

/** "Democratic Republic of the Congo", "Kingdom of Saudi Arabia": states named like institutions. */
export function institutionTail(g: RunGrowth, last: Word, _next: Word | null | undefined): Step {
  const { field, words, run, j } = g;
  let expansion =
    last.bits & C_ORG_OR_STATE_LEAD ||
    (field.tokens[j + 1]?.text === 'on' && last.bits & C_PACT_LEAD && nameBefore(run)) ||
    (field.tokens[j + 1]?.text === 'to' && last.lower === 'campaign') ||
    // "U.S. Court of Appeals for the Federal Circuit", "Court of Appeal for Ontario": the circuit a court
    // of appeals sits for goes on with its name.
    // Not an aid appeal ("a Flash Appeal for Sudan"): only a court's.
    (field.tokens[j + 1]?.text === 'for' &&
      (last.lower === 'appeals' || last.lower === 'appeal') &&
      run.some((w) => w.lower === 'court'))
      ? orgNameTail(field, words, j)
      : null;
  // "Monetary Authority of Singapore": an authority goes on through "of" to its place only, not to the office
  // holder or body it answers to ("the Palestinian Authority of President Mahmoud Abbas").
  if (expansion && PLACE_ONLY_LEADS.has(last.lower) && !authorityOfPlace(expansion)) expansion = null;
  // "the Eastern Economic Forum on Russky Island", "a hearing on Capitol Hill": "on" before a place is where the
  // body meets, not its subject (read25 F13).
  if (
    expansion &&
    field.tokens[j + 1]?.text === 'on' &&
    PLACE_HEADS.has(expansion[expansion.length - 1]!.lower)
  )
    expansion = null;
  if (expansion) {
    for (const x of expansion) run.push(x);
    g.j = expansion[expansion.length - 1]!.index;
    return GROWN;
  }
  return NOT_HERE;
}

/** "Save the Children", "Friends of the Earth": a listed body whose name goes on through "the". */
export function knownBodyWithThe(g: RunGrowth, _last: Word, _next: Word | null | undefined): Step {
  const knownThe = knownNameWithThe(g.field, g.words, g.run, g.j);
  if (knownThe) {
    g.run.push(...knownThe);
    g.j = knownThe[knownThe.length - 1]!.index;
    return GROWN;
  }
  return NOT_HERE;
}

/**
 * "The Mail on Sunday", "the Independent on Sunday": two papers named with their day; "on Sunday"
 * after any other name, or after these without "the", is a date ("Independent on Sunday said").
 */
export function sundayPaper(g: RunGrowth, last: Word, _next: Word | null | undefined): Step {
  if (last.lower !== 'mail' && last.lower !== 'independent') return NOT_HERE;
  const { field, words, run, j } = g;
  if (
    (last.lower === 'mail' || last.lower === 'independent') &&
    field.tokens[j + 1]?.text === 'on' &&
    words[j + 2]?.core === 'Sunday' &&
    lowerCased(run.length === 1 ? (field.tokens[j - 1]?.text ?? '') : run[run.length - 2]!.core) === 'the'
  ) {
    if (words[j + 1]) run.push(words[j + 1]!);
    run.push(words[j + 2]!);
    g.j = j + 2;
    return ENDED;
  }
  return NOT_HERE;
}
