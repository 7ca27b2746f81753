// Stage 1 of `typeChunk` (classify.ts runs the stages in order, first answer wins): role labels, honorary roles,
// bands, numbered indices and places, leagues, chambers, qualifiers, combining forms, names a function word opens.
import { type Chunk, chunkWith, EVENT_OF_LEADS } from '../chunk.js';
import { combiningFormCountry, combiningFormPeople } from '../combining-forms.js';
import { isKoreanStyleName } from '../hyphened-given-name.js';
import { isNumberedIndex } from '../index-names.js';
import { knownBodyNamed } from '../known-bodies.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { candidate, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from '../typing/context.js';
import { climbNamed } from '../typing/mountain-passes.js';
import {
  callToReaderOpens,
  headingLineOpener,
  liveMatchMark,
  sectionHeading,
} from '../typing/page-furniture.js';
import { bodyPartBeforeInjury } from '../typing/player-injuries.js';
import { STRONG_LOCATIVE } from '../typing/resolve-by-document.js';
import { qualifierOfDay } from '../typing/seasons.js';
import { isPlanetWord } from '../typing/space-things.js';
import {
  abbreviatedMinisterAt,
  bodyBeforeHonoraryRole,
  officerOfficeOnly,
} from '../typing/titles-and-offices.js';
import { roleLabel } from '../typing/transcripts.js';
import { S_ACRONYM, shapeIs, W_FUNCTION, wordIs } from '../typing/word-tests.js';
import { isLowerWordWord, placeOfWord } from '../word-facts.js';
import { typeChunk } from './retype.js';
import { ALL_DIGITS } from './shared-words.js';

/** Chambers whose members a party's adjective picks out: "Senate Democratic leader". */
const CHAMBERS = new Set(['Senate', 'House', 'Assembly']);
const PARTY_ADJECTIVES = new Set(['Democratic', 'Republican']);
const LOWER_START = /^[a-z]/;
/**
 * Transcripts' role labels, a body's honorary role, bands, market indices, numbered places, leagues,
 * chambers, agencies' probes, "Non-", qualifiers, combining forms, listed firms and newsmakers a function
 * word opens.
 */
export function rolesIndicesAndShortNames(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "UNIDENTIFIED MALE:", "ANNOUNCER:": a transcript's label of a role names no one.
  if (roleLabel(ctx, chunk)) return [];
  // "a UN Messenger of Peace", "a UNICEF Goodwill Ambassador": a body's role, the body alone named.
  const roleBody = bodyBeforeHonoraryRole(ctx, chunk);
  if (roleBody > 0) return typeChunk(chunkWith(chunk, words.slice(0, roleBody)), ctx);
  // "Guns N' Roses will play" (chunk.ts joins a band's "N'"): the band, whole, though an ordinary word opens it
  // at a sentence's start.
  if (to === 3 && words[1]!.core === 'N' && !chunk.caseless) {
    const glue = chunk.text.charAt(words[1]!.end - chunk.start);
    if (glue === "'" || glue === '\u2019') return [candidate(chunk, 0, 3, 'organization', 2, NO_CONTEXT)];
  }
  // "the S&P 500", "France's CAC 40" (chunk.ts keeps an index's number): a market measure.
  // ("The S&P 500 has gained": a sentence's "The" is no part of it.)
  if (to >= 2 && isNumberedIndex(words))
    return [candidate(chunk, words[0]!.lower === 'the' ? 1 : 0, to, 'other', 3, NO_CONTEXT)];
  // "found the tomb in Block 10", "waited in Hall 3": an ordinary word after a place's preposition and before
  // a number is the numbered thing's word, no place of its own.
  if (
    to === 1 &&
    !chunk.caseless &&
    isLowerWordWord(words[0]!) &&
    !placeOfWord(words[0]!) &&
    STRONG_LOCATIVE.has(lowerTokenText(ctx, chunk.field, words[0]!.index - 1)) &&
    ALL_DIGITS.test(tokenText(ctx, chunk.field, words[0]!.index + 1))
  )
    return [];
  // "Serie A", "Serie B" (chunk.ts keeps the letter): a league, named as "Premier League" is, a thing.
  if (to === 2 && words[0]!.lower === 'serie' && words[1]!.end - words[1]!.start === 1)
    return [candidate(chunk, 0, 2, 'other', 2, NO_CONTEXT)];
  // "the Col du Tourmalet", "Alpe d'Huez", "Mont Ventoux": a climb of a stage race, a place ("Col" no colonel).
  if (climbNamed(words)) return [candidate(chunk, 0, to, 'place', 2, NO_CONTEXT)];
  if (!chunk.caseless && officerOfficeOnly(words)) return [];
  if (to === 1 && !chunk.caseless && headingLineOpener(ctx, chunk.field, words[0]!)) return [];
  if (to === 1 && !chunk.caseless && liveMatchMark(ctx, chunk.field, words[0]!)) return [];
  // "Senate Democratic leader Chuck Schumer", "House Republican lawmakers": a chamber, then its party's
  // adjective before a lower-case word; the adjective says which of the chamber's members.
  if (
    to === 2 &&
    !chunk.caseless &&
    CHAMBERS.has(words[0]!.core) &&
    PARTY_ADJECTIVES.has(words[1]!.core) &&
    LOWER_START.test(tokenText(ctx, chunk.field, words[1]!.index + 1))
  )
    return typeChunk(chunkWith(chunk, words.slice(0, 1)), ctx);
  // "launches NASA Mars probes", "ESA Jupiter probe": a body's acronym before a planet's name is the body and
  // the planet, not one name.
  if (to === 2 && !chunk.caseless && shapeIs(words[0]!, S_ACRONYM) && isPlanetWord(words[1]!.lower))
    return [
      ...typeChunk(chunkWith(chunk, words.slice(0, 1)), ctx),
      ...typeChunk(chunkWith(chunk, words.slice(1), false), ctx),
    ];
  // "Non-GAAP EPS", "Non-EU nationals": a word negated by "Non-" describes, it names nothing.
  if (to === 1 && words[0]!.core.startsWith('Non-')) return [];
  if (to > 1 && !chunk.caseless && sectionHeading(ctx, chunk.field, words)) return [];
  if (to > 1 && !chunk.caseless && callToReaderOpens(ctx, chunk.field, words[0]!))
    return typeChunk(chunkWith(chunk, words.slice(1)), ctx);
  // "on Black Friday", "a right Achilles injury": a day's qualifier or a body's part, no name (wild37 star 5).
  if (
    to === 1 &&
    !chunk.caseless &&
    (qualifierOfDay(words[0]!, lowerTokenText(ctx, chunk.field, words[0]!.index + 1)) ||
      bodyPartBeforeInjury(ctx, chunk.field, words[0]!.index))
  )
    return [];
  // "the Franco-Dutch group": the combining form splitNamePairs parted from the people after it (chunk.ts)
  // is that people ("Franco" alone, or before a space, is a name: the dictator, a surname).
  if (to === 1 && !chunk.caseless && fieldsOf(ctx, chunk.field).field.text.charAt(words[0]!.end) === '-') {
    const countryCode = combiningFormCountry(words[0]!.core);
    if (countryCode !== undefined)
      return [
        candidate(chunk, 0, 1, 'nationality', 3, NO_CONTEXT, {
          canonical: combiningFormPeople(words[0]!.core),
          countryCode,
          placeId: undefined,
          teamFromPlace: undefined,
          personish: undefined,
        }),
      ];
  }
  // "the Battle of Alberta", "the Treaty of Rome" (chunk.ts joins an event's lead through "of"): an event, no
  // place, whatever its place reads as.
  if (to >= 3 && !chunk.caseless) {
    let first = 0;
    while (first < to - 2 && FUNCTION_WORDS.has(words[first]!.lower)) first++;
    if (EVENT_OF_LEADS.has(words[first]!.lower) && words[first + 1]!.lower === 'of')
      return [candidate(chunk, first, to, 'other', 3, NO_CONTEXT)];
  }
  // "Pratt and Whitney", "Marks and Spencer": a firm the team's list names with "and" (chunk.ts joins it).
  if (to === 3 && words[1]!.lower === 'and' && knownBodyNamed(chunk.text) !== undefined)
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "Party chief To Lam met …": a listed newsmaker whose name opens with a function word is that person.
  if (to === 2 && wordIs(words[0]!, W_FUNCTION) && newsmakerNamed(chunk.text) !== undefined)
    return [candidate(chunk, 0, to, 'person', 3, NO_CONTEXT)];
  // "Moon Jae-in visited Tokyo": a family name and a hyphened given name (read23 F9).
  if (to === 2 && !chunk.caseless && isKoreanStyleName(words))
    return [candidate(chunk, 0, to, 'person', 2, NO_CONTEXT)];
  // "PM Modi to visit Japan", "CM Nitish Kumar": the prime or chief minister's abbreviation is a title
  // ("5 PM ET", a clock time, is not).
  if (to > 1 && !chunk.caseless && abbreviatedMinisterAt(ctx, chunk.field, words[0]!.index))
    return typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
  return undefined;
}
