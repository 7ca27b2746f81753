// A stage of `typeNamedSpan` (classify.ts): clubs, scorecards and events on sports pages and in results.
import { lookupPlace } from '../../countries/gazetteer.js';
import { GAZETTEER } from '../lexicon.js';
import { candidate } from '../typing/candidates.js';
import { type Candidate, norm } from '../typing/context.js';
import { EVENT_AFTER, EVENT_PART_WORDS } from '../typing/events-and-works.js';
import { isGroupAdjectiveBeforeNoun } from '../typing/group-adjectives.js';
import { afterCountryNote, isCountryName, isTownWord } from '../typing/place-cues.js';
import type { SpanContext } from '../typing/reading.js';
import {
  bowlingFiguresAfter,
  inResultSentence,
  isResultSlot,
  isTeamNickname,
  playerName,
  playerNamedLikeTeam,
  SCORECARD_BEFORE,
  SQUAD_NOUNS,
  tallyForTheTeam,
} from '../typing/sports-context.js';
import { DIGITS_TEXT } from '../typing/token-bits.js';
import { W_CRYPTO, W_DISEASE, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

/** Verbs of winning before an event named by its town: "won Wimbledon", "to win Wimbledon". */
const WON_BEFORE = new Set(['won', 'win', 'wins', 'winning']);
/**
 * On sports pages and in results: clubs, scorecards, events, numbered parts; peoples' words that describe.
 */
export function sportsLinesAndEvents(s: NamedSpan, span: SpanContext): Candidate[] | undefined {
  const { chunk, ctx, words, to } = s;
  const { from, personCue, prevToken, nextToken, nextBits, base } = span;
  // "Ajax Amsterdam coach Louis van Gaal": on a sports page a name ending in a town before a squad noun is the club.
  if (
    ctx.sports &&
    to - from > 1 &&
    SQUAD_NOUNS.has(nextToken) &&
    isTownWord(words[to - 1]!) &&
    !isCountryName(words, from, to)
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Hull 2 Charlton 1": a name in a score line of a sports page is a team, unless it is a country, or a
  // bowler whose figures open the line ("Fleming 8-1-26-3 ,": the scorecard rule below).
  if (
    ctx.sports &&
    !playerName(words, from, to) &&
    !bowlingFiguresAfter(ctx, chunk.field, words[to - 1]!.index) &&
    isResultSlot(ctx, chunk, from, prevToken, afterCountryNote(ctx, chunk, to, nextToken))
  ) {
    const name = words
      .slice(from, to)
      .map((w) => w.core)
      .join(' ');
    if (!GAZETTEER.get(norm(name))?.countryCode && lookupPlace(name)?.kind !== 'country')
      return [candidate(chunk, from, to, 'organization', 2, base)];
  }
  if (to - from === 1 && (wordIs(words[from]!, W_DISEASE) || wordIs(words[from]!, W_CRYPTO)))
    return [candidate(chunk, from, to, 'other', 2, base)];
  // Cricket scorecards: "c Vaas b Chandana", "lbw b Gough", "st Kaluwitharana", "Fleming 8-1-26-3". A
  // bowler's figures say cricket on any page (a short T20 report has few sports words).
  if (
    ((ctx.sports && SCORECARD_BEFORE.has(prevToken)) ||
      bowlingFiguresAfter(ctx, chunk.field, words[to - 1]!.index)) &&
    !isCountryName(words, from, to)
  )
    return [candidate(chunk, from, to, 'person', 2, base)];
  // "Wimbledon champion", "the Berlin grand prix": a town naming a sports event is no club and no place;
  // so is one a player won ("He had won Wimbledon in July": wild39a ★8, Wimbledon a place beside "U.S. Open").
  if (
    to - from === 1 &&
    ((EVENT_AFTER.has(nextToken) && (ctx.sports || !chunk.caseless)) ||
      (WON_BEFORE.has(prevToken) &&
        (ctx.sports || inResultSentence(ctx, chunk.field, words[from]!.index)))) &&
    lookupPlace(words[from]!.core)?.kind !== 'country' &&
    (isTownWord(words[from]!) || gazetteerOfWord(words[from]!)?.kind === 'place')
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "The Denver Nuggets beat the New York Knicks 118-105": so in a result on any page.
  if (
    !personCue &&
    isTeamNickname(words, from, to, prevToken) &&
    (ctx.sports ||
      inResultSentence(ctx, chunk.field, words[from]!.index) ||
      tallyForTheTeam(ctx, chunk.field, words[from]!.index)) &&
    !playerNamedLikeTeam(ctx, chunk, from, to)
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "in Game 1 of the World Series", "Stage 5", "Round 3": an ordinary word numbered is a part of an
  // event, no place ("Channel 4", "Radio 4" are bodies: left to their own rules).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    nextBits & DIGITS_TEXT &&
    EVENT_PART_WORDS.has(words[from]!.lower)
  )
    return [];
  // "the first Black woman", "Indigenous communities", "a Black church", "Christian summer camps": a group or
  // faith adjective written with a capital, as AP style writes it, inside a sentence before the noun it
  // qualifies is no name ("Jack Black said", "when White took the stage" still are).
  if (
    to - from === 1 &&
    !chunk.caseless &&
    (from > 0 || !chunk.initial) &&
    isGroupAdjectiveBeforeNoun(ctx, chunk.field, words[from]!, prevToken, nextToken)
  )
    return [];
  return undefined;
}
