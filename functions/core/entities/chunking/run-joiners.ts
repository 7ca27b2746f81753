// Conjunctions and marks between two names that join them in one: "Law and Justice (PiS)", "Standard and Poor's",
// "Fichtel und Sachs", "AT&T", "U.S.-China Business Council"; steps of `growRun` (chunk.ts).
import { endsWithText } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { isBracketedLegalForm, isLegalFormWord } from '../legal-form.js';
import { GAZETTEER, isGivenName, isKnownSurname, isLowerWord } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { bracketedAcronymAfter } from './acronyms.js';
import { coordinatedOrgTail } from './coordinated-names.js';
import { andAfter, knownNameWithAnd, lookupKey, pairBodyTail, unionMembersTail } from './known-names.js';
import { isNameWord } from './name-words.js';
import { ENDED, GROWN, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { joinable } from './wrapped-lines.js';

/**
 * "and" in other languages (French, German, Dutch, Danish and Norwegian, Swedish, Turkish, Finnish,
 * Hungarian, Romanian, Wolof), written inside names English copy quotes: "Fichtel und Sachs",
 * "Lazard Freres et Cie", "Yapi ve Kredi Bankasi", "Jamm ak Njariñ".
 */
export const FOREIGN_CONJUNCTIONS = new Set('et und en og och ve ja és si ak'.split(' '));
/** Lower-case particles between two names: those conjunctions and the Arabic article "es" ("Dar es Salaam"). */
const INNER_PARTICLES = new Set([...FOREIGN_CONJUNCTIONS, 'es']);

/**
 * "ak" of "Jamm ak Njariñ", "es" of "Dar es Salaam": a particle of another language inside a name ("et"
 * before "al", "Al" is the Latin "et al.").
 */
function foreignParticleAt(field: FieldText, at: number): boolean {
  const text = field.tokens[at]?.text;
  return (
    text !== undefined &&
    INNER_PARTICLES.has(text) &&
    !(text === 'et' && field.tokens[at + 1]?.text.toLowerCase() === 'al')
  );
}

/**
 * "Law and Justice (PiS)", "Alternative for Germany (AfD)": two words joined by "and" or "for" before a
 * bracketed acronym are one body's name, whatever language the acronym spells.
 */
export function pairBeforeAcronym(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const after = g.words[g.j + 2];
  if (!next && g.run.length === 1 && isNameWord(after) && bracketedAcronymAfter(g.field, last, after)) {
    g.run.push(after);
    g.j += 2;
    return ENDED;
  }
  return NOT_HERE;
}

/**
 * Two bodies' names joined by "and": coordinated names that share their head (`coordinatedOrgTail`,
 * coordinated-names.ts), then "Standard and Poor's", "Ernst and Young" — a firm the lists know by a name joined with
 * "and".
 */
export function bodiesJoinedByAnd(g: RunGrowth, _last: Word, next: Word | null | undefined): Step {
  if (next || g.field.tokens[g.j + 1]?.text !== 'and') return NOT_HERE;
  const { field, words, run, j } = g;
  const tail =
    coordinatedOrgTail(field, words, run, j) ??
    knownNameWithAnd(field, words, run, j) ??
    pairBodyTail(field, words, run, j, true) ??
    pairBodyTail(field, words, run, j, false) ??
    unionMembersTail(field, words, run, j);
  if (tail) {
    run.push(...tail);
    g.j = tail[tail.length - 1]!.index;
    return GROWN;
  }
  return NOT_HERE;
}

/**
 * "the Jamm ak Njariñ coalition", "Fichtel und Sachs AG", "Dar es Salaam": in English copy another
 * language's "and" or article between two capitalised words joins them in one name.
 */
export function foreignParticle(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, j } = g;
  const after = g.words[j + 2];
  if (!next && g.english && isNameWord(after) && foreignParticleAt(field, j + 1)) {
    const particle = andAfter(field, last, j + 1);
    if (joinable(field, last, particle) && joinable(field, particle, after)) {
      g.run.push(particle, after);
      g.j = j + 2;
      return GROWN;
    }
  }
  return NOT_HERE;
}

/**
 * "Shoprite Holdings (Pty) Ltd", "PT Bank Mandiri (Persero) Tbk": a legal form in brackets and the legal form after
 * it end the firm's name (legal-form.ts leaves both out of its id); the brackets parted the name from its "Ltd" or
 * "Tbk", each a firm of its own (wild59).
 */
export function bracketedLegalForm(g: RunGrowth, _last: Word, next: Word | null | undefined): Step {
  const { field, words, j } = g;
  const tokens = field.tokens;
  if (next || tokens[j + 1]?.text !== '(' || tokens[j + 3]?.text !== ')') return NOT_HERE;
  const inside = words[j + 2];
  const after = words[j + 4];
  if (!inside || !after || !isBracketedLegalForm(inside.core) || !isLegalFormWord(after.core))
    return NOT_HERE;
  g.run.push(inside, after);
  g.j = j + 4;
  return ENDED;
}

/** "AT & T", "Johnson & Johnson": an ampersand between two names. */
export function ampersand(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const after = g.words[g.j + 2];
  if (
    !next &&
    g.field.tokens[g.j + 1]?.text === '&' &&
    (isNameWord(after) || lettersAmpersandLetter(last, after)) &&
    !sidesAcrossAmpersand(g.run, after)
  ) {
    g.run.push(after);
    g.j += 2;
    return GROWN;
  }
  return NOT_HERE;
}

/** The point of an abbreviation: "Co.", "Bros.". */
const FINAL_DOT = /\.$/;
/** Words after an ampersand that end a firm's name: "Tiffany & Co", "Harland & Sons", "Lazard & Partners". */
const FIRM_TAILS = new Set('co company cos sons son partners associates brothers bros'.split(' '));

/**
 * "India & Pakistan trade fire", "Israel & Hamas agree truce", "Modi & Sharif shake hands": a headline's ampersand
 * after a country or a newsmaker the news names alone (or before one: "Sharif & Modi") joins two sides, no one name (review59: the headline lost a
 * country and its pair to one organization). A name the lists write so stays one: "Trinidad & Tobago", "Johnson &
 * Johnson", "Marks & Spencer", "Tiffany & Co".
 */
function sidesAcrossAmpersand(run: readonly Word[], after: Word): boolean {
  if (FIRM_TAILS.has(after.lower.replace(FINAL_DOT, ''))) return false;
  const key = lookupKey(run, 0, run.length);
  if (
    (GAZETTEER.get(`${key} & ${after.lower}`) ?? GAZETTEER.get(`${key} and ${after.lower}`)) !== undefined ||
    knownBodyNamed(`${run.map((w) => w.core).join(' ')} & ${after.core}`) !== undefined ||
    knownBodyNamed(`${run.map((w) => w.core).join(' ')} and ${after.core}`) !== undefined
  )
    return false;
  if (GAZETTEER.get(key)?.kind === 'country') return true;
  if (run.length !== 1) return false;
  // "Sharif & Modi shake hands", "Hamas & Israel agree truce": a newsmaker or a country after it, after one word
  // that names no firm's partner (an ordinary word: "Slaughter & May"; a surname: "Wilson & Jordan").
  const one = run[0]!;
  if (newsmakerNamed(one.core) !== undefined) return true;
  if (isLowerWord(one.lower)) return false;
  return (
    newsmakerNamed(after.core) !== undefined ||
    (GAZETTEER.get(after.lower)?.kind === 'country' && !isKnownSurname(one.core) && !isGivenName(one.core))
  );
}

/** Two or three capitals ("AT", "RB"): the first part of a firm's letters joined by an ampersand. */
const LETTERS = /^[A-Z]{2,3}$/;
/** A single capital: "T" of "AT & T". */
const ONE_CAPITAL = /^[A-Z]$/;
/**
 * "AT & T", "RB & G": capitals, an ampersand and one capital letter, a firm's letters written spaced (tokenised
 * wire copy spaces "AT&T"); a single letter alone is an initial, no name word.
 */
function lettersAmpersandLetter(last: Word, after: Word | null | undefined): after is Word {
  return after != null && !after.caseless && LETTERS.test(last.core) && ONE_CAPITAL.test(after.core);
}

/** "U.S.-China Business Council": an abbreviation hyphened to a name, when the name goes on. */
export function abbreviationHyphen(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || g.field.tokens[g.j + 1]?.text !== '-') return NOT_HERE;
  const { field, words, j } = g;
  const after = words[j + 2];
  const hyphen = field.tokens[j + 1];
  const beyond = words[j + 3];
  if (
    !next &&
    hyphen?.text === '-' &&
    endsWithText(last.core, '.') &&
    hyphen.start === last.end &&
    isNameWord(after) &&
    after.start === hyphen.end &&
    isNameWord(beyond) &&
    joinable(field, after, beyond)
  ) {
    g.run.push(after, beyond);
    g.j = j + 3;
    return GROWN;
  }
  return NOT_HERE;
}
