// "of" and a surname's particles between two capitalised words: "Bank of England", "the Duke of York", "Call of
// Duty", "Ludwig van Beethoven", "Bangko Sentral ng Pilipinas"; a step of `growRun` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import { endsWithText } from '../../text/chars.js';
import type { Word } from '../chunk.js';
import { countryAfterParticle } from '../country-after-particle.js';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  LEADERS_BODIES,
  NAME_PARTICLES,
  NOBLE_TITLES,
  ORG_HEADS,
  ORG_LEADS,
  PERSON_TITLES,
  PLACE_HEADS,
} from '../lexicon.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { acronymSpelledTail } from './acronyms.js';
import { isPlaceName } from './body-name-tails.js';
import {
  isAcronymWord,
  isNameWord,
  isPartyShaped,
  opensSecondName,
  prepositionAfterFullName,
} from './name-words.js';
import { congressOfName, leaderAfterOf, placeAfterOf } from './names-after-of.js';
import { PLACE_ONLY_LEADS } from './run-body-tails.js';
import { GROWN, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { joinable } from './wrapped-lines.js';

/** An organisation's lead in the plural ("courts", "councils", "churches"; not "parties", "nations"). */
function pluralOrgLead(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s') || ORG_LEADS.has(lower)) return false;
  return ORG_LEADS.has(lower.slice(0, -1)) || (lower.endsWith('hes') && ORG_LEADS.has(lower.slice(0, -2)));
}
/** Events named after their place through "of" ("Battle of Britain"). */
export const EVENT_OF_LEADS: ReadonlySet<string> = new Set(['battle', 'siege', 'treaty']);
/** The gazetteer's kinds of a place (classify.ts reads them too). */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'place']);
/**
 * "the Liberation Tigers of Tamil Eelam", "the Popular Guards of Kurdistan": an ordinary word and a plural
 * noun, both capitalised, before "of" and a name that is no person, country or known place name a body
 * of fighters or members ("Foreign Ministers of France" holds a title; "Revolutionary Guards of Iran" a
 * country).
 */
function pluralBodyOf(run: readonly Word[], last: Word, after: Word): boolean {
  let first = 0;
  while (first < run.length - 1 && FUNCTION_WORDS.has(run[first]!.lower)) first++;
  if (run.length - first !== 2) return false;
  const lead = run[first]!;
  const lower = last.lower;
  return (
    lower.length > 4 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !last.possessive &&
    !lead.possessive &&
    isLowerWordWord(lead) &&
    isLowerWordWord(last) &&
    !isGivenNameWord(lead) &&
    gazetteerOfWord(lead) === undefined &&
    !PERSON_TITLES.has(lower) &&
    !PERSON_TITLES.has(lower.slice(0, -1)) &&
    !isGivenNameWord(after) &&
    !PLACE_KINDS.has(gazetteerOfWord(after)?.kind ?? '') &&
    lookupPlace(after.core) === undefined
  );
}
/** "Erik ten Hag": English numbers and words elsewhere ("Arsenal ten points clear"), particles after a given name only. */
const DUTCH_ONLY_PARTICLES = new Set(['ten', 'ter']);

/** Compound titles the title list lacks: "Undersecretary", "Vice-Chancellor". */
const TITLE_ENDING = /(?:secretary|minister|president|chancellor|commissioner|director|governor|general)$/;
/**
 * A word of a game's or a work's title joined by "of" ("Call of Duty"): an ordinary word that no name list knows
 * and that heads no title, body or place.
 */
export function workTitleWord(w: Word): boolean {
  const lower = w.lower;
  // ("Departments of Agriculture", "Undersecretary of Commerce": a body's plural head, a compound title.)
  const singular = endsWithText(lower, 's') ? lower.slice(0, -1) : lower;
  return (
    !w.caseless &&
    !w.tabular &&
    !ORG_LEADS.has(singular) &&
    !ORG_HEADS.has(singular) &&
    !TITLE_ENDING.test(lower) &&
    isLowerWordWord(w) &&
    !FUNCTION_WORDS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !ORG_LEADS.has(lower) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    gazetteerOfWord(w) === undefined
  );
}

/**
 * "of", a surname's particles ("de", "van"; "e" in English copy) or Filipino "ng" between two capitalised words
 * join them when the first word may go on so: an organisation's, a place's or a noble title's lead, a game's or a
 * work's title; or the acronym in brackets spells the name through "of".
 */
export function ofOrParticle(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  const { field, words, run, j } = g;
  const after = words[j + 2];
  if (!(next && isNameWord(after) && joinable(field, last, next) && joinable(field, next, after)))
    return NOT_HERE;
  const lowerNext = next.lower;
  const lowerLast = last.lower;
  // "Lars Klingbeil von der SPD": a particle opens a surname, not an acronym.
  const particle =
    (NAME_PARTICLES.has(next.core) || (g.english && next.core === 'e')) &&
    (!DUTCH_ONLY_PARTICLES.has(next.core) || isGivenNameWord(last)) &&
    !last.possessive &&
    !isAcronymWord(after) &&
    !opensSecondName(run, last, next, after, words[j + 3] ?? undefined) &&
    (g.english || !prepositionAfterFullName(run, next, after)) &&
    !(g.placeParticles && next.core === 'di') &&
    !(run.length >= 2 && isPartyShaped(after.core)) &&
    !(run.length >= 2 && countryAfterParticle(after.core, g.language));
  // "the Duke of York", "Prince of Wales": a title of nobility and its place, as a run's first name word.
  const nobleOf = NOBLE_TITLES.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower));
  // "the Government of National Unity": a government named by what it is, not by its country's name.
  const governmentOf = lowerLast === 'government' && !isPlaceName(after.core);
  // "the Line of Actual Control", "the Line of Contact": a boundary named by ordinary words after "of".
  const lineOf = lowerLast === 'line' && isLowerWordWord(after);
  // "the Directorate General of Health Services", "Directorate General of Civil Aviation": a directorate's
  // "General" is no title there (wild49 E14).
  const directorateOf =
    lowerLast === 'general' && run.length >= 2 && run[run.length - 2]!.lower.startsWith('directorate');
  // "the Africa Cup of Nations", "the Gulf Cup of Nations", "the World Cup of Hockey": a named cup goes on
  // through "of" to the word that says whose cup it is (not to a place or a person: "the Davis Cup of Spain").
  const cupOf =
    lowerLast === 'cup' &&
    run.length >= 2 &&
    isLowerWordWord(after) &&
    !isGivenNameWord(after) &&
    !isPlaceName(after.core);
  const ofName =
    lowerNext === 'of' &&
    (ORG_LEADS.has(lowerLast) ||
      // "the Royal Courts of Justice", "the Inns of Court": an organisation's lead in the plural.
      (run.length >= 2 && pluralOrgLead(lowerLast)) ||
      pluralBodyOf(run, last, after) ||
      // "the Battle of Britain", "the Treaty of Rome", "the Siege of Leningrad": an event and its place.
      (EVENT_OF_LEADS.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower))) ||
      PLACE_HEADS.has(lowerLast) ||
      nobleOf ||
      governmentOf ||
      lineOf ||
      directorateOf ||
      cupOf ||
      (lowerLast === 'congress' && congressOfName(words, j + 2))) &&
    !(LEADERS_BODIES.has(lowerLast) && leaderAfterOf(words, j + 2)) &&
    // "Monetary Authority of Singapore", not "the Palestinian Authority of President Mahmoud Abbas".
    !(PLACE_ONLY_LEADS.has(lowerLast) && !placeAfterOf(words, j + 2));
  // "sales of Call of Duty", "Age of Empires", "Clash of Clans": two capitalised ordinary words joined by
  // "of" inside a sentence name a game or a work ("Minister of Defence": a title; "Bank of England": above).
  const workOf =
    lowerNext === 'of' &&
    run.length === 1 &&
    !last.initial &&
    !last.possessive &&
    workTitleWord(last) &&
    workTitleWord(after) &&
    !isNameWord(words[j + 3]);
  // "the Line of Actual Control (LAC)", "Joint Chiefs of Staff (JCS)": the acronym the text gives in
  // brackets spells the name through "of".
  const spelledOf =
    !particle && !ofName && lowerNext === 'of' ? acronymSpelledTail(field, words, run, j + 2, 'O') : null;
  if (spelledOf) {
    run.push(next, ...spelledOf);
    g.j = spelledOf[spelledOf.length - 1]!.index;
    return GROWN;
  }
  // "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino": Filipino "ng" (of) inside a body's name.
  const filipinoOf = next.core === 'ng' && !last.possessive;
  if (particle || ofName || workOf || filipinoOf) {
    run.push(next, after);
    g.j = j + 2;
    return GROWN;
  }
  return NOT_HERE;
}
