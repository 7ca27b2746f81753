// Stage 2 of `typeChunk` (classify.ts): a place's lead before "of", bases, quoted titles, festivals, papers,
// titles in capitals, press digests, leagues.
import { type Chunk, chunkWith } from '../chunk.js';
import { firmKindOpening } from '../firm-cues.js';
import { isLegalFormWord } from '../legal-form.js';
import { candidate, NO_CONTEXT, NO_INFO, placeOfSpan } from '../typing/candidates.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from '../typing/context.js';
import { pressDigest } from '../typing/documents-and-datelines.js';
import { FESTIVALS, quotedTitleAt } from '../typing/events-and-works.js';
import { titleFirmName } from '../typing/firm-cues-around.js';
import { personOfCountry } from '../typing/person-cues.js';
import { baseAfter, NATION_KINDS } from '../typing/place-cues.js';
import { capitalisedInBody, lineAlone } from '../typing/sentence-shape.js';
import { competitionLeague, LEAGUE_SPORTS, LEAGUE_TABLES } from '../typing/sports-context.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { typeChunk } from './retype.js';

/**
 * A place's lead before "of", a firm's kind opening a sentence, bases, quoted titles, festivals, papers,
 * capitals titles and press digests, leagues.
 */
export function basesPapersAndCapitalsTitles(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "Damon Hill of Britain took pole": the chunker joins "Hill of" as a place's lead ("Hill of Tara"); a
  // given name before it and a country after it are a person and the country (review25 finding 1).
  if (to === 4 && words[2]!.lower === 'of' && !chunk.caseless && personOfCountry(words))
    return [
      candidate(chunk, 0, 2, 'person', 2, NO_CONTEXT),
      ...typeChunk(chunkWith(chunk, words.slice(3), false), ctx),
    ];
  // "Housebuilder Taylor Wimpey said": a kind of firm opening the sentence, which the chunker joined to the
  // name, makes the rest the firm (firm-cues.ts).
  if (to > 1 && chunk.initial && !chunk.caseless && firmKindOpening(words[0]!.lower)) {
    const named = typeChunk(chunkWith(chunk, words.slice(1), false), ctx);
    const only = named.length === 1 ? named[0]! : undefined;
    if (only && (only.type === 'person' || only.type === 'unknown') && only.end === words[to - 1]!.end) {
      only.type = 'organization';
      only.strength = 2;
    }
    return named;
  }
  // "Qatar's Al Udeid air base", "the Ramstein airbase": a name before a base's words is the base, a place,
  // whatever its words read as ("Al" a given name).
  // ("an American army base", "a U.S. air base": a people's or a country's base is theirs.)
  if (
    !words[to - 1]!.possessive &&
    baseAfter(ctx, chunk.field, words[to - 1]!.index) &&
    !NATION_KINDS.has(gazetteerOfWord(words[to - 1]!)?.kind ?? '')
  )
    return [candidate(chunk, words[0]!.lower === 'the' ? 1 : 0, to, 'place', 2, NO_CONTEXT)];
  // "won best actress for \"Hamnet\"": one word alone in glued quotes after a word in lower case is a title
  // (a film's, a song's), not the person or place it may read as.
  if (to === 1 && !chunk.caseless && quotedTitleAt(ctx, chunk))
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "celebrated Eid al-Fitr", "during Ramadan", "the Hajj": a religious festival or pilgrimage is an event.
  if (!chunk.caseless && FESTIVALS.has(words[0]!.lower))
    return [candidate(chunk, 0, to, 'other', 3, NO_CONTEXT)];
  // "Britain's Sun newspaper", "told the Sun:", "the Sunday Express": a weekday alone or before a paper's
  // word opens a chunk only as the newspaper (chunk.ts calendarPaperAt).
  if (to <= 2 && !chunk.caseless && (to === 1 ? words[0]!.lower === 'sun' : words[0]!.lower === 'sunday'))
    return [candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT)];
  // "The Mail on Sunday" (chunk.ts joins "on Sunday" only after "the Mail" or "the Independent").
  if (
    to >= 2 &&
    words[to - 1]!.lower === 'sunday' &&
    (words[to - 2]!.lower === 'mail' || words[to - 2]!.lower === 'independent') &&
    !chunk.caseless
  )
    return [candidate(chunk, to - 2, to, 'organization', 3, NO_CONTEXT)];
  // "SUGAR - INDIA SEEKS WHITE SUGAR IN TENDER": a capitals title's ordinary word that is also a name
  // (White, Brown, Rich) is the word where the story never writes it with a capital inside a sentence.
  if (
    chunk.caseless &&
    to === 1 &&
    chunk.field === 'title' &&
    isLowerWordWord(words[0]!) &&
    !ctx.seen.capitalisedInside.has(words[0]!.lower) &&
    (isKnownSurnameWord(words[0]!) || isGivenNameWord(words[0]!)) &&
    !placeOfWord(words[0]!) &&
    // "STONE CONTAINER <STO> …" over "Stone Container Corp said": the firm, written first in the body
    // (a scan of the body, so last).
    !capitalisedInBody(ctx, words[0]!.lower)
  )
    return [];
  // "- - - -\nKOMPAS\nPresident Suharto …": in a press digest a line holding only a name in capitals is the
  // newspaper the next stories come from.
  if (
    chunk.caseless &&
    to <= 4 &&
    chunk.field === 'body' &&
    lineAlone(ctx, chunk) &&
    pressDigest(ctx.doc) &&
    // "TAIWAN" heading a digest's section is the country, no paper.
    placeOfSpan(chunk, 0, to)?.kind !== 'country'
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  // "HOLLOWAY MILLS INC <HML> 1ST QTR NET": a capitals title's firm closed by its legal form before its
  // ticker (chunk.ts tickerFirmEnd).
  if (
    chunk.caseless &&
    to > 1 &&
    chunk.field === 'title' &&
    tokenText(ctx, 'title', chunk.after) === '<' &&
    isLegalFormWord(words[to - 1]!.core)
  )
    return [
      candidate(chunk, 0, to, 'organization', 3, NO_CONTEXT, {
        ...NO_INFO,
        canonical: titleFirmName(ctx, words),
      }),
    ];
  // "in the American League", "Results of Major League", "English National League one": on a sports page a
  // league named by demonyms and ranks alone is the competition, as "the World Cup" is.
  if (ctx.sports && to > 1 && words[to - 1]!.lower === 'league' && competitionLeague(ctx, chunk))
    return [candidate(chunk, 0, to, 'other', 2, NO_CONTEXT)];
  // "Major League Soccer said", "Major League Rugby": a league named for its sport is the body that runs
  // it ("Major" is no title here); its tables ("Major League Baseball standings") are the competition's.
  if (
    to > 2 &&
    words[to - 2]!.lower === 'league' &&
    LEAGUE_SPORTS.has(words[to - 1]!.lower) &&
    !chunk.caseless
  )
    return [
      candidate(
        chunk,
        0,
        to,
        LEAGUE_TABLES.has(lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 1))
          ? 'other'
          : 'organization',
        2,
        NO_CONTEXT,
      ),
    ];
  return undefined;
}
