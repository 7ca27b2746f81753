// Stage 4 of `typeChunk` (classify.ts): units glued to figures, "General" events and bodies, saints' surnames,
// wire slugs, seats, Irish counties, state abbreviations, factions, quoted works.
import { type Chunk, chunkWith, saintSurnameAfter } from '../chunk.js';
import { GLUED_UNITS } from '../typing/amounts-and-markets.js';
import { FACTIONS, GENERAL_EVENTS, generalBody, RANK_FIRM_LEADS } from '../typing/bodies-and-parties.js';
import { candidate, lookup, NO_CONTEXT, NO_INFO, placeFields, placeOfSpan } from '../typing/candidates.js';
import {
  type Candidate,
  type Context,
  lowerTokenText,
  startsWithCapital,
  tokenText,
} from '../typing/context.js';
import { slugEnd } from '../typing/documents-and-datelines.js';
import { degreeBefore } from '../typing/events-and-works.js';
import { CORPORATE_SUFFIXES } from '../typing/firm-cues-around.js';
import { regionAfterComma, regionAt, townBeforeRegion } from '../typing/place-cues.js';
import { seatTitleAt } from '../typing/titles-and-offices.js';
import { S_UNIT_INITIAL, shapeIs, W_FUNCTION, W_ORG_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord } from '../word-facts.js';
import { typeChunk } from './retype.js';
import { AS_IN } from './shared-words.js';

/**
 * Units glued to figures, "General" events and bodies, saints' surnames, wire slugs, seats on a body, Irish
 * counties, state abbreviations, party factions, quoted works.
 */
export function unitsGeneralsSeatsAndCounties(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "holds 5GB of music", "a 100MW plant": a unit glued to its figure is no name ("3M", a firm, is no unit).
  if (
    to === 1 &&
    GLUED_UNITS.has(words[0]!.lower) &&
    words[0]!.start > 0 &&
    degreeBefore(ctx, chunk.field, words[0]!.start)
  )
    return [];
  // "49.1°C. Banda said": a temperature's unit, read with its period as an initial, opens no name.
  if (to > 1 && shapeIs(words[0]!, S_UNIT_INITIAL) && degreeBefore(ctx, chunk.field, words[0]!.start))
    return typeChunk(chunkWith(chunk, words.slice(1), true), ctx);
  // "the 2025 General Election", "The General Election campaign", "the General Strike of 1926": the event, no
  // general's name (read22 F14: a sentence's "The" opened the chunk and made it a body).
  const general = words[0]!.lower === 'the' ? 1 : 0;
  if (
    to - general === 2 &&
    words[general]!.lower === 'general' &&
    GENERAL_EVENTS.has(words[general + 1]!.lower)
  )
    return [candidate(chunk, general, to, 'event', 2, NO_CONTEXT)];
  // "the General Agreement on Tariffs and Trade", "General Assembly", "General Motors", "Commodore
  // International", "Admiral Insurance": a senior rank before ordinary words that name no one is a body's
  // first word, no officer's rank ("General Grant", "Commodore Jay Tarriela" keep it).
  if (to - general >= 2 && RANK_FIRM_LEADS.has(words[general]!.lower) && generalBody(words, general + 1))
    return [candidate(chunk, general, to, 'organization', 2, NO_CONTEXT)];
  // "Amon-Ra St. Brown", "Jordan St. Cyr": a given name (or a name no list knows) and a saint's surname.
  if (to === 3 && words[1]!.lower === 'st.' && !chunk.caseless && saintSurnameAfter(words[0]!))
    return [candidate(chunk, 0, 3, 'person', 2, NO_CONTEXT)];
  // "MIDEAST STOCKS-Gulf markets rise", "GLOBAL MARKETS-Stocks …": a wire's slug in capitals opening a
  // headline, glued by a hyphen to its first word, is a desk's label, no name.
  if (chunk.field === 'title' && words[0]!.index === 0 && slugEnd(words) >= 0) return [];
  // "Council Member Chito Vela", "City Council Members Mackenzie Kelly": a seat on a body before a name
  // is the holder's office; what names the body before it is a name of its own ("Austin City").
  const seat = to >= 3 ? seatTitleAt(words) : -1;
  if (seat > 0) {
    const before = seat > 1 ? typeChunk(chunkWith(chunk, words.slice(0, seat)), ctx) : [];
    const holder = chunkWith(chunk, words.slice(seat + 1), false);
    return [
      ...before,
      ...(to - seat > 2
        ? [candidate(holder, 0, to - seat - 1, 'person', 2, NO_CONTEXT)]
        : typeChunk(holder, ctx)),
    ];
  }
  // "in Co Antrim", "Co Cork", "Co. Kerry": Irish style names a county so; a firm's "Co" ends its name.
  if (
    to === 2 &&
    (words[0]!.core === 'Co' || words[0]!.core === 'Co.') &&
    !chunk.caseless &&
    !wordIs(words[1]!, W_ORG_HEAD) &&
    !CORPORATE_SUFFIXES.has(words[1]!.lower) &&
    !gazetteerOfWord(words[1]!)?.countryCode
  )
    return [candidate(chunk, 0, 2, 'place', 2, NO_CONTEXT)];
  // "Flin Flon, Man., Kamloops, B.C., and Red Deer, Alta.": a name before a comma and a state's or
  // province's name, then a pause, is a town of that region, and the region after it a place (the way news
  // places a town readers may not know). A person or a body the lists know keeps its reading.
  if (!chunk.caseless && to <= 3) {
    const regionEnd = regionAfterComma(ctx, chunk.field, words[to - 1]!.index);
    if (regionEnd > 0 && !words[to - 1]!.possessive && townBeforeRegion(chunk, ctx)) {
      const place = placeOfSpan(chunk, 0, to);
      return [candidate(chunk, 0, to, 'place', 2, AS_IN, place ? placeFields(place) : NO_INFO)];
    }
    if (to === 1 && tokenText(ctx, chunk.field, words[0]!.index - 1) === ',') {
      const region = regionAt(ctx, chunk.field, words[0]!.index);
      if (region && startsWithCapital(tokenText(ctx, chunk.field, words[0]!.index - 2)))
        return [candidate(chunk, 0, 1, 'place', 2, NO_CONTEXT, placeFields(region))];
    }
  }
  // "Janata Dal (United)", "Hindustani Awam Morcha (Secular)": a party's faction in brackets after its
  // name; the name is the party's, the faction word no name of its own.
  if (!chunk.caseless) {
    const at = words[0]!.index;
    if (
      to === 1 &&
      FACTIONS.has(words[0]!.lower) &&
      tokenText(ctx, chunk.field, at - 1) === '(' &&
      tokenText(ctx, chunk.field, at + 1) === ')'
    )
      return [];
    const end = words[to - 1]!.index;
    if (
      to >= 2 &&
      tokenText(ctx, chunk.field, end + 1) === '(' &&
      FACTIONS.has(lowerTokenText(ctx, chunk.field, end + 2)) &&
      tokenText(ctx, chunk.field, end + 3) === ')'
    )
      return [candidate(chunk, wordIs(words[0]!, W_FUNCTION) ? 1 : 0, to, 'organization', 2, NO_CONTEXT)];
  }
  // '"Annie Hall"', '“Father of the Bride”': a work's title in quotation marks (chunk.ts).
  // A name the lists know keeps its reading ('"El Nino"', '"Fort Knox"').
  if (chunk.work && lookup(words, 0, to, ctx) === undefined)
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  return undefined;
}
