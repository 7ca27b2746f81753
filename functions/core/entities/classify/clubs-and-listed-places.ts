// A stage of `typeNamedSpan` (classify.ts runs the stages in order): towns in lists, what a disaster strikes, clubs
// by their verbs, units of measure.
import { endsWithText } from '../../text/chars.js';
import { collectiveAfter, pluralAfterWho } from '../kind-cues.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { candidate, lookup, NO_CONTEXT, placeFields } from '../typing/candidates.js';
import { type Candidate, lowerTokenText } from '../typing/context.js';
import {
  disasterListReadsAsPlaces,
  disasterStrikesAt,
  inListOfNames,
  listDisasterStrikes,
} from '../typing/disaster-places.js';
import { namesPerson } from '../typing/person-cues.js';
import {
  coordinatedWithTown,
  isNationalWordOf,
  LIST_JOINERS,
  listAfterLocative,
} from '../typing/place-cues.js';
import { CLAUSE_OPENERS, LOWER_WORD_START } from '../typing/sentence-shape.js';
import { CAR_BEFORE, CAR_NOT_TEAMS, transferDestination } from '../typing/sports-context.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import type { NamedSpan } from './named-span.js';
import { AS_IN } from './shared-words.js';

/**
 * A town in a list after a locative, what a disaster strikes, a team's car, a club by its plural verb or its
 * "who", a unit of measure.
 */
export function clubsAndListedPlaces(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken } = s;
  // "officials in Tokyo and London said": a town listed after a place a locative opens is in the same
  // place as it, whatever verb follows ("London said" would read as the surname).
  if (
    to - from === 1 &&
    LIST_JOINERS.has(prevToken) &&
    !chunk.caseless &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    listAfterLocative(ctx, chunk.field, words[from]!.index - 1)
  )
    return [candidate(chunk, from, to, 'place', 2, AS_IN, placeFields(placeOfWord(words[from]!)!))];
  // "joined Chelsea from Brighton", "his move to Chelsea from Benfica", "signed for Chelsea in 2019": a given name
  // alone where a player's transfer goes is the club, on any page (a person is joined or signed for with a surname).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!) &&
    transferDestination(ctx, chunk.field, words[from]!.index, prevToken, nextToken)
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Trains between Leeds and York", "York or Harrogate": a town that is also a given name ("York", "Florence"),
  // alone beside a town no name list knows, is a town too (off sports pages, where towns are clubs).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    !ctx.sports &&
    !personCue &&
    !words[from]!.possessive &&
    isGivenNameWord(words[from]!) &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    coordinatedWithTown(ctx, chunk.field, words[from]!.index)
  )
    return [candidate(chunk, from, to, 'place', 2, AS_IN, placeFields(placeOfWord(words[from]!)!))];
  // "Flooding hit Monmouth, Hereford and Tenbury Wells", "Storm Bert battered Pontypridd": what a disaster
  // strikes is a place, when no list knows the name ("Floods hit Amazon warehouses" keeps the firm).
  if (
    to - from <= 3 &&
    !chunk.caseless &&
    !ctx.sports &&
    !words[to - 1]!.possessive &&
    (disasterStrikesAt(ctx, chunk.field, words[from]!.index) ||
      listDisasterStrikes(ctx, chunk.field, words[from]!.index)) &&
    disasterListReadsAsPlaces(ctx, chunk.field, words[from]!.index) &&
    lookup(words, from, to, ctx) === undefined &&
    // ("Floods hit John Wells's farm": a given name opens a person's name; alone in a list of names it is a
    // district like the others: "Heavy rain hit Chelsea and Fulham", ents41.)
    (!isGivenNameWord(words[from]!) ||
      (to - from === 1 && inListOfNames(ctx, chunk.field, words[from]!.index))) &&
    !words.some((w) => gazetteerOfWord(w)?.kind === 'organization')
  )
    return [candidate(chunk, from, to, 'place', 1, AS_IN)];
  // "third in a Williams", "driving a Ferrari": on a sports page a name after "in a" or "driving a" is
  // the team's car, so the team.
  if (
    ctx.sports &&
    to - from === 1 &&
    prevToken === 'a' &&
    CAR_BEFORE.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    // The car ends its phrase ("in a Williams after …"); "in a European under-21 match" describes one.
    (!LOWER_WORD_START.test(nextToken) || FUNCTION_WORDS.has(nextToken)) &&
    // "the highest score in a Test since 1990": a kind of match or race is no car.
    !CAR_NOT_TEAMS.has(words[from]!.lower) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Tottenham have appointed a coach", "leaders Chelsea, whose manager": a club (or a band, a firm) in
  // British copy; one person "has" (kind-cues.ts). Countries and peoples keep their own rules.
  if (
    to - from === 1 &&
    (nextToken === 'have' || nextToken === ',') &&
    !chunk.caseless &&
    !words[from]!.possessive &&
    collectiveAfter((k) => lowerTokenText(ctx, chunk.field, words[from]!.index + k)) &&
    (nextToken === ',' || chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
    !isLowerWordWord(words[from]!) &&
    !isNationalWordOf(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'country' &&
    // "Mourinho, whose manager …" is rare, but a person's name keeps its reading (read24 F6).
    (nextToken === 'have' || !namesPerson(ctx, words[from]!))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "40 degrees Celsius": a unit of measure, no name.
  if (to - from === 1 && (prevToken === 'degrees' || prevToken === 'degree')) return [];
  // "Arsenal, who play Chelsea on Sunday", "Tottenham, who won, are fourth": a plural verb after "who" (one
  // person "plays"); a country, a people or a family ("the Kurds, who are") keeps its own rules.
  if (
    to - from === 1 &&
    nextToken === ',' &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    pluralAfterWho((k) => lowerTokenText(ctx, chunk.field, words[from]!.index + k)) &&
    !isNationalWordOf(words[from]!) &&
    !(prevToken === 'the' && endsWithText(words[from]!.lower, 's'))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  return undefined;
}
