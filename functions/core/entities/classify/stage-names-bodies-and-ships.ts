// Stage 3 of `typeChunk` (classify.ts): stage names, bodies, foreign conjunctions, fiscal periods, works, ships.
import { keyOf, lookupPhrase } from '../../countries/gazetteer.js';
import { type Chunk, chunkWith, FOREIGN_CONJUNCTIONS } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { stageNameLength } from '../stage-names.js';
import { FINANCE_SHORTHAND } from '../typing/amounts-and-markets.js';
import { candidate, NO_CONTEXT, placeOfSpan } from '../typing/candidates.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from '../typing/context.js';
import { workAt } from '../typing/events-and-works.js';
import { nameWithNumberAfter, shipNumberAfter } from '../typing/products-and-models.js';
import { shipsApposed } from '../typing/ships-apposed.js';
import { S_FISCAL_PERIOD, shapeIs, W_FUNCTION, wordIs } from '../typing/word-tests.js';
import { namedAfterShipKind, shipApposedAt } from '../vessels.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { typeChunk } from './retype.js';

/**
 * Stage names, bodies the Arabic article opens, bodies the team's list knows, foreign conjunctions, fiscal
 * periods, works, ships.
 */
export function stageNamesBodiesAndShips(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "Bad Bunny will headline", "Lady Gaga": a listed stage name is one person, its words as written.
  const stage = chunk.caseless ? 0 : stageNameLength(words, 0);
  if (stage > 0) {
    const performer = candidate(chunk, 0, stage, 'person', 3, NO_CONTEXT);
    return stage === to
      ? [performer]
      : [performer, ...typeChunk(chunkWith(chunk, words.slice(stage), false), ctx)];
  }
  // "Al Qaeda", "Al-Shabaab", "Al Jazeera": listed bodies the Arabic article opens in capitals, which would
  // otherwise read as a given name's ("Al Gore") before a word no list knows.
  if (
    (words[0]!.lower === 'al' || words[0]!.lower.startsWith('al-')) &&
    knownBodyNamed(chunk.text.slice(words[0]!.start - chunk.start, words[to - 1]!.end - chunk.start))
  )
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "The World Food Programme warned": a body the team's list knows by a name of two words or more is that
  // body, whatever its head word reads as elsewhere ("Programme" also heads plans, a place's "Department").
  if (!chunk.caseless) {
    // ("Four Reform UK councillors quit": so does an ordinary word opening the sentence before it.)
    const start =
      to > 2 &&
      (wordIs(words[0]!, W_FUNCTION) ||
        (chunk.initial &&
          isLowerWordWord(words[0]!) &&
          knownBodyNamed(
            chunk.text.slice(words[0]!.start - chunk.start, words[to - 1]!.end - chunk.start),
          ) === undefined))
        ? 1
        : 0;
    if (
      to - start >= 2 &&
      knownBodyNamed(chunk.text.slice(words[start]!.start - chunk.start, words[to - 1]!.end - chunk.start))
    )
      return [candidate(chunk, start, to, 'organization', 3, NO_CONTEXT)];
    // "the Spanish Guardia Civil": a people's word before a listed body is the body's country, a mention of
    // its own, as before a title ("Chinese President Xi").
    if (
      to - start >= 3 &&
      gazetteerOfWord(words[start]!)?.kind === 'demonym' &&
      knownBodyNamed(
        chunk.text.slice(words[start + 1]!.start - chunk.start, words[to - 1]!.end - chunk.start),
      )
    )
      return [
        ...typeChunk(chunkWith(chunk, words.slice(start, start + 1)), ctx),
        candidate(chunk, start + 1, to, 'organization', 3, NO_CONTEXT),
      ];
  }
  // "al Qaeda", "al Shabaab": the Arabic article the chunker let open a name in lower case; the name
  // after it says what it is, and the mention keeps the article.
  if (to > 1 && words[0]!.core === 'al') {
    const named = typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
    const only = named.length === 1 ? named[0]! : undefined;
    if (!only || only.start !== words[1]!.start || only.end !== words[to - 1]!.end) return named;
    return [
      {
        ...only,
        start: chunk.start,
        text: chunk.text,
        words: only.type === 'unknown' ? only.words : ['al', ...only.words],
        canonical: only.canonical === undefined ? undefined : `al ${only.canonical}`,
      },
    ];
  }
  // "Fichtel und Sachs AG", "Heldring en Pierson", "the Jamm ak Njariñ coalition": names joined by another
  // language's "and" name a firm or an alliance, as an ampersand does.
  // Portuguese and Italian "e" likewise where no given name opens the name ("Safras e Mercado", "Banco Espirito
  // Santo e Comercial de Lisboa"; "Henrique Gouveia e Melo" is a person's two surnames).
  if (
    to > 2 &&
    !chunk.caseless &&
    words.some(
      (w, i) =>
        i > 0 && (FOREIGN_CONJUNCTIONS.has(w.core) || (w.core === 'e' && !isGivenNameWord(words[0]!))),
    )
  ) {
    let first = 0;
    while (first < to - 1 && FUNCTION_WORDS.has(words[first]!.lower)) first++;
    return [candidate(chunk, first, to, 'organization', 2, NO_CONTEXT)];
  }
  // "Infosys Q2 FY26 net profit", "in Q2FY26": a fiscal period after a firm's name is no part of it.
  if (shapeIs(words[to - 1]!, S_FISCAL_PERIOD) || FINANCE_SHORTHAND.has(words[to - 1]!.core)) {
    let end = to - 1;
    while (end > 0 && shapeIs(words[end - 1]!, S_FISCAL_PERIOD)) end--;
    return end === 0 ? [] : typeChunk(chunkWith(chunk, words.slice(0, end)), ctx);
  }
  // "the film Elf", "the game Manhunt"; "Mike Leigh's Vera Drake won the Golden Lion at the Venice film
  // festival": a title after the word for its kind, or after its maker's possessive in a sentence about
  // films or records, is a work (`other`), no firm or person.
  if (!chunk.caseless && workAt(ctx, chunk)) return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "the aircraft carrier Carl Vinson", "the tanker Ever Given": a ship (vessels.ts), unless a country
  // ("the tanker Iran seized") or one word for a people or a country's group opening the clause that
  // follows ("the tanker Houthi fighters attacked", "the yacht Dutch police searched", read27 F5).
  if (
    !chunk.caseless &&
    namedAfterShipKind(
      (i) => lowerTokenText(ctx, chunk.field, i),
      (i) => tokenText(ctx, chunk.field, i),
      words[0]!.index,
    ) &&
    placeOfSpan(chunk, 0, to)?.kind !== 'country' &&
    !(to === 1 && PEOPLE_OR_GROUP.has(lookupPhrase(keyOf(words[0]!.core))?.kind ?? ''))
  )
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "The Ever Given, a container ship, ran aground … the Ever Given had not moved": a name an apposition of the
  // article calls a ship is the ship where it is apposed and where "the" names it (typing/ships-apposed.ts;
  // mendE44), without the "The"; "Queen Elizabeth died in 2022" beside "The Queen Elizabeth, a Cunard cruise ship,"
  // stays the person (read44).
  // "on Interstate 95", "Route 66", "Highway 401": a road's word before its number names the road, a place.
  if (
    !chunk.caseless &&
    to === 1 &&
    ROAD_WORDS.has(words[0]!.lower) &&
    ROAD_NUMBER.test(tokenText(ctx, chunk.field, words[0]!.index + 1)) &&
    !NUMBER_UNIT_AFTER.test(tokenText(ctx, chunk.field, words[0]!.index + 2))
  )
    return [nameWithNumberAfter(ctx, chunk, 0, 1, 'place')];
  // "Queen Mary 2 arrived in Southampton": a royal's title and given name before a number of one or two digits
  // name a ship (a royal's number is a Roman one: "Queen Mary II"), outside the sports pages' tables.
  if (
    !chunk.caseless &&
    !ctx.sports &&
    (to === 2 || (to === 3 && words[0]!.lower === 'the')) &&
    ROYAL_SHIP_TITLES.has(words[to - 2]!.lower) &&
    isGivenNameWord(words[to - 1]!) &&
    shipNumberAfter(ctx, chunk.field, words[to - 1]!.index) !== undefined &&
    !NUMBER_UNIT_AFTER.test(tokenText(ctx, chunk.field, words[to - 1]!.index + 2))
  )
    return [nameWithNumberAfter(ctx, chunk, to - 2, to)];
  // "The Queen Mary 2, the world's largest ocean liner,": the ship's number after the name is the name's.
  if (!chunk.caseless) {
    const from = to > 1 && words[0]!.lower === 'the' ? 1 : 0;
    const ships = shipsApposed(ctx);
    const shipNumber = ships.size > 0 ? shipNumberAfter(ctx, chunk.field, words[to - 1]!.index) : undefined;
    const name = chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start);
    if (
      ships.size > 0 &&
      ships.has(shipNumber === undefined ? name : `${name} ${shipNumber}`) &&
      placeOfSpan(chunk, from, to)?.kind !== 'country' &&
      (from === 1 ||
        lowerTokenText(ctx, chunk.field, words[0]!.index - 1) === 'the' ||
        shipApposedAt(
          (i) => lowerTokenText(ctx, chunk.field, i),
          words[to - 1]!.index + (shipNumber === undefined ? 1 : 2),
        ))
    )
      return [
        shipNumber === undefined
          ? candidate(chunk, from, to, 'other', 2, NO_CONTEXT)
          : nameWithNumberAfter(ctx, chunk, from, to),
      ];
  }
  return undefined;
}

/** Words of a road before its number ("Interstate 95", "Route 66", "Highway 401"). */
const ROAD_WORDS = new Set(['interstate', 'route', 'highway']);
const ROAD_NUMBER = /^\d{1,3}$/;
/** Royal titles a ship's name opens with ("Queen Mary 2", "Queen Elizabeth 2"). */
const ROYAL_SHIP_TITLES = new Set(['queen', 'king', 'prince', 'princess']);
/** After a number, what makes it a count or a score, not a ship's number: "Queen Mary 2 - 1", "2%", "2 years". */
const NUMBER_UNIT_AFTER = /^(?:-|\u2013|%|per|percent|years?|months?|days?|points?|goals?)$/;
/** Gazetteer kinds of one word that names a people or a country's group ("Greek", "Houthi"), no ship. */
const PEOPLE_OR_GROUP = new Set(['demonym', 'metonym']);
