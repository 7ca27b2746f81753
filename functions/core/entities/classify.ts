// Typing of the chunks: the entry point `typeChunks` (with the passes after it), `typeChunk`, `typeNamedSpan` and
// `typeSeveralWords`, each running its stages (classify/, one stage or one shared helper a file) in their order.
import { lookupMetonym, lookupPlace } from '../countries/gazetteer.js';
import { lowerCased } from '../text/chars.js';
import type { TagDocument } from '../text/document.js';
import { isMonthSurnameChunk } from './calendar-surnames.js';
import type { Chunk, Word } from './chunk.js';
import { basesPapersAndCapitalsTitles } from './classify/bases-papers-and-capitals-titles.js';
import { brandShapes } from './classify/brand-shapes.js';
import { clubsAndListedPlaces } from './classify/clubs-and-listed-places.js';
import { companyOrTeamShape } from './classify/company-or-team-shape.js';
import { daysEventsCodesAndParties } from './classify/days-events-codes-and-parties.js';
import { firmsByWordBefore } from './classify/firms-by-word-before.js';
import { givenNameOrFirm } from './classify/given-name-or-firm.js';
import { initialsBeforeSurname } from './classify/initials-before-surname.js';
import { modelsGradesAndTitles } from './classify/models-grades-and-titles.js';
import type { NamedSpan } from './classify/named-span.js';
import { namesByNeighbours } from './classify/names-by-neighbours.js';
import { nationalRun } from './classify/national-run.js';
import { nationalWordOpens } from './classify/national-word-opens.js';
import { numbersSkiesAndMarkets } from './classify/numbers-skies-and-markets.js';
import { oneWordByNeighbours } from './classify/one-word-by-neighbours.js';
import { peoplesWordOfTwoBeforeName } from './classify/peoples-word-of-two.js';
import { placeAndBodyHeads } from './classify/place-and-body-heads.js';
import { placeOpensRun } from './classify/place-opens-run.js';
import { placeOrForeignArticle } from './classify/place-or-foreign-article.js';
import { productsAndPrizes } from './classify/products-and-prizes.js';
import { rolesIndicesAndShortNames } from './classify/roles-indices-and-short-names.js';
import { secondNamesAndSides } from './classify/second-names-and-sides.js';
import { sportsLinesAndEvents } from './classify/sports-lines-and-events.js';
import { stageNamesBodiesAndShips } from './classify/stage-names-bodies-and-ships.js';
import { titlesVersionsAndSpace } from './classify/titles-versions-and-space.js';
import { typeAfterLead } from './classify/type-after-lead.js';
import { typeByReading } from './classify/type-by-reading.js';
import { unitsGeneralsSeatsAndCounties } from './classify/units-generals-seats-and-counties.js';
import { unknownWordsRead } from './classify/unknown-words-read.js';
import { venuesAndClubHeads } from './classify/venues-and-club-heads.js';
import { wholeRunNames } from './classify/whole-run-names.js';
import { worksAndArtists } from './classify/works-and-artists.js';
import { knownBodyNamed } from './known-bodies.js';
import {
  GAZETTEER,
  type GazetteerEntry,
  isGivenName,
  isKnownSurname,
  isLowerWord,
  NAME_PARTICLES,
  ORG_HEADS,
} from './lexicon.js';
import type { DocumentEvidence } from './recognize.js';
import { investedBefore } from './typing/amounts-and-markets.js';
import { type Base, candidate } from './typing/candidates.js';
import { asClubOfRole } from './typing/clubs-before-roles.js';
import {
  type Candidate,
  type Context,
  fieldsOf,
  lowerTokenText,
  norm,
  type PreparedField,
  type Typers,
  tokenText,
} from './typing/context.js';
import { datelineMentionPlace, datelinePlace } from './typing/documents-and-datelines.js';
import { speakersEmployerAt } from './typing/firm-cues-around.js';
import { asHomeTown } from './typing/home-towns.js';
import { asPlayerOfMatch } from './typing/individual-matches.js';
import { journeyTo, raceGroundAround, settlementOf } from './typing/journeys-and-venues.js';
import { lineUpItem, venueLineRole } from './typing/line-ups.js';
import { asOpeningCommonNoun } from './typing/opening-common-noun.js';
import { placesAfterPlaces } from './typing/place-after-place.js';
import { placesInPlaceColumns } from './typing/place-columns.js';
import {
  aerialSurveyBefore,
  aerialSurveyOfListBefore,
  areaNamedBefore,
  COMPASS_ADJECTIVE,
  COPULAS,
  isCountryName,
  listedPlaceOrBody,
  PLURAL_PLACE_NOUNS,
  placeName,
  placesIncluding,
  placesListAfter,
  placesListBefore,
  placesListGoesOn,
  placesSuchAs,
  RIDDEN_ON,
  RIVERS,
  STATE_PHRASE_ENDS,
} from './typing/place-cues.js';
import { isPlaceOfFigure } from './typing/place-figures.js';
import { asPlaceOfFrame } from './typing/place-frames.js';
import { placeInKnownPlace } from './typing/place-in-place.js';
import type { Reading, SpanContext } from './typing/reading.js';
import { resolveByDocument } from './typing/resolve-by-document.js';
import { BID_WORDS, bidForPlayer, isSportsDocument, transferBefore } from './typing/sports-context.js';
import { LOCATIVE_WORD, PLACE_NOUN, tokenBits } from './typing/token-bits.js';
import { universityNamed } from './typing/universities.js';
import { S_ACRONYM, shapeIs } from './typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from './word-facts.js';

export type { Candidate, CandidateType } from './typing/context.js';

/** Adjectives of nearness between a locative and a town: "in nearby Northfleet". */
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);
/** Places named after "at": "the border crossing at Ras Jedir", "the airport at Quy Nhon". */
const PLACES_AT = new Set('crossing airport port harbour harbor terminal checkpoint'.split(' '));
/** The entry points the stages call again on part of a run (classify/retype.ts), carried by the context. */
const TYPERS: Typers = { typeChunk, typeNamedSpan, typeSeveralWords };
export function typeChunks(
  chunks: readonly Chunk[],
  fields: readonly PreparedField[],
  seen: DocumentEvidence,
  doc: TagDocument,
  known?: ReadonlyMap<string, Candidate>,
): Candidate[] {
  const foreign = doc.language !== 'und' && !/^en(?:-|$)/i.test(doc.language);
  const ctx: Context = {
    fields,
    seen,
    sports: isSportsDocument(doc),
    foreign,
    doc,
    typers: TYPERS,
    ...(known ? { known } : {}),
  };
  const out: Candidate[] = [];
  // The chunk of each candidate, for the passes after the document's reading.
  const chunkOf: Chunk[] = [];
  for (const chunk of chunks) {
    const typed = asOpeningCommonNoun(typeChunk(chunk, ctx), chunk, ctx);
    for (let i = 0; i < typed.length; i++) {
      out.push(universityByName(speakersEmployer(typed[i]!, chunk, ctx), chunk, ctx));
      chunkOf.push(chunk);
    }
  }
  placesAfterPlaces(out, chunkOf, ctx);
  resolveByDocument(out, ctx);
  placesInPlaceColumns(out, ctx);
  for (let k = 0; k < out.length; k++)
    if (placeOfFigure(out[k]!, chunkOf[k]!, ctx)) out[k] = { ...out[k]!, type: 'none' };
  if (doc.dateline) {
    datelinePlace(out, doc.dateline.place, known);
    datelineMentionPlace(out, doc);
  }
  return out;
}
/**
 * "said Steven Eisenberg of Bear Stearns", "William Byers, of Paine Webber, said": a name read as a person's after
 * a speaker and "of" is where the speaker works, a firm (a place the lists know stays one: "said John Smith of
 * Boston"; a title's "of" is no speaker's: "the Duke of York said"). Its other mentions follow ("Paul Johnson, an
 * analyst with L.F. Rothschild … said Johnson of L.F. Rothschild").
 */
function speakersEmployer(c: Candidate, chunk: Chunk, ctx: Context): Candidate {
  if (c.type !== 'person' || c.prev !== 'of' || chunk.caseless) return c;
  const first = chunk.words.find((w) => w.start === c.start);
  const last = chunk.words.find((w) => w.end === c.end);
  if (first === undefined || last === undefined) return c;
  if (!speakersEmployerAt(ctx, c.field, first.index, last.index + 1)) return c;
  if (lookupPlace(c.text) !== undefined || placeOfWord(first) !== undefined) return c;
  // ("analyst Arvid Jauppi of Arvid Jauppi and Associates": the firm's name goes on past the person's.)
  const speakerEnd = tokenText(ctx, c.field, first.index - 2) === ',' ? first.index - 3 : first.index - 2;
  if (tokenText(ctx, c.field, speakerEnd) === last.core) return c;
  return { ...c, type: 'organization', strength: Math.max(c.strength, 3) };
}
/** "has become a Mecca for cyclists": a one-word place the sentence likens something to (place-figures.ts). */
function placeOfFigure(c: Candidate, chunk: Chunk, ctx: Context): boolean {
  if (c.type !== 'place' || c.words.length !== 1) return false;
  const word = chunk.words.find((w) => w.start === c.start);
  return word !== undefined && isPlaceOfFigure(c, ctx, word);
}
/** Units of a winning margin before "from" and the rival beaten by it ("by 40 seconds from Vingegaard"). */
const MARGIN_UNITS = new Set(
  'second seconds sec secs minute minutes point points stroke strokes length lengths vote votes shot shots goal goals run runs wicket wickets hundredths tenths'.split(
    ' ',
  ),
);
/** Words of trust that "in" follows before the one trusted, a person or a body ("confidence in Buckley"). */
const TRUST_NOUNS = new Set('confidence faith trust belief believe believes believed believing'.split(' '));
/**
 * "cut funding to Harvard", "students at Stanford and Princeton", "Oxford and Cambridge rose in the rankings": a
 * university the news names by one word (typing/universities.ts) is the university, named in full.
 */
function universityByName(c: Candidate, chunk: Chunk, ctx: Context): Candidate {
  if (c.words.length !== 1 || c.type === 'organization') return c;
  const word = chunk.words.find((w) => w.start === c.start);
  const name = word === undefined ? undefined : universityNamed(ctx, c, word.index);
  if (name === undefined) return c;
  return {
    ...c,
    type: 'organization',
    canonical: name,
    placeId: undefined,
    countryCode: undefined,
    strength: 3,
  };
}
/**
 * Whether the lists know the name from `from` to `to` as a body: a body's name, or a country's metonym
 * ("Banxico", Mexico's central bank).
 */
function listedBodyName(words: readonly Word[], from: number, to: number): boolean {
  const name = words
    .slice(from, to)
    .map((word) => word.core)
    .join(' ');
  return (
    GAZETTEER.get(norm(name))?.kind === 'organization' ||
    knownBodyNamed(name) !== undefined ||
    lookupMetonym(name) !== undefined
  );
}
/** Offices held of a place, "of" after them taking its name: "governor of Moquegua". */
const PLACE_OFFICES = new Set([
  'governor',
  'governors',
  'governorship',
  'mayor',
  'mayors',
  'mayoralty',
  // A see is named by its town: "archbishop of Kelvane", "the Bishop of Dravik".
  'archbishop',
  'bishop',
]);
export function typeChunk(chunk: Chunk, ctx: Context): Candidate[] {
  // "Arsenal : Seaman ; Dixon , Adams , Keown …", "Scorers : Shearer 23 , Fowler 45 pen": a player of a line-up
  // or a scorer list on a sports page (line-ups.ts), before any rule reads "Given" or "Seaman" as a word.
  if (
    ctx.sports &&
    !chunk.caseless &&
    chunk.words.length <= 3 &&
    lineUpItem(
      fieldsOf(ctx, chunk.field).field,
      chunk.words[0]!.index,
      chunk.words[chunk.words.length - 1]!.index,
      chunk.words[0]!.lineStart,
      listedPlaceOrBody,
    )
  )
    return [
      candidate(chunk, 0, chunk.words.length, 'person', 2, {
        locative: false,
        prev: lowerTokenText(ctx, chunk.field, chunk.words[0]!.index - 1),
      }),
    ];
  // "Hove : Sussex 363 ( … ) , Lancashire 197-8", "At Chesterfield : Derbyshire beat …": a results line opened by
  // its ground (line-ups.ts).
  if (ctx.sports && !chunk.caseless && chunk.words.length <= 4) {
    const words = chunk.words;
    const from = words[0]!.lower === 'at' && words.length > 1 ? 1 : 0;
    const role =
      words.length - from <= 3
        ? venueLineRole(
            fieldsOf(ctx, chunk.field).field,
            words[from]!.index,
            words[words.length - 1]!.index,
            isLowerWord,
          )
        : undefined;
    if (
      role !== undefined &&
      !isCountryName(words, from, words.length) &&
      // ("NBA : Lakers 102", "Serie A : Juventus 2": a league heads the line, no ground.)
      (role === 'side' ||
        (!shapeIs(words[from]!, S_ACRONYM) &&
          !LEAGUE_NAME_WORDS.has(words[from]!.lower) &&
          GAZETTEER.get(
            norm(
              words
                .slice(from)
                .map((w) => w.core)
                .join(' '),
            ),
          )?.kind !== 'organization'))
    )
      return [
        candidate(chunk, from, words.length, role === 'venue' ? 'place' : 'organization', 2, {
          locative: role === 'venue',
          prev: role === 'venue' ? 'at' : lowerTokenText(ctx, chunk.field, words[from]!.index - 1),
        }),
      ];
  }
  // "Theresa May … Mrs May told reporters", "May said": a month's name the chunker took as a person's surname
  // (calendar-surnames.ts).
  if (isMonthSurnameChunk(chunk))
    return [
      candidate(chunk, chunk.words.length - 1, chunk.words.length, 'person', 2, {
        locative: false,
        prev: lowerTokenText(ctx, chunk.field, chunk.words[chunk.words.length - 1]!.index - 1),
      }),
    ];
  // "Tendulkar c Healy b Warne 34", "Dravid run out 56", "Kumble not out 4": a batsman before how he was out.
  if (ctx.sports && !chunk.caseless && chunk.words.length <= 3) {
    const last = chunk.words[chunk.words.length - 1]!.index;
    const next = tokenText(ctx, chunk.field, last + 1);
    if (
      (DISMISSALS.has(next) || DISMISSALS.has(`${next} ${tokenText(ctx, chunk.field, last + 2)}`)) &&
      !isCountryName(chunk.words, 0, chunk.words.length)
    )
      return [
        candidate(chunk, 0, chunk.words.length, 'person', 2, {
          locative: false,
          prev: lowerTokenText(ctx, chunk.field, chunk.words[0]!.index - 1),
        }),
      ];
  }
  return asPlaceOfFrame(
    chunk,
    ctx,
    asClubOfRole(
      chunk,
      ctx,
      asHomeTown(
        chunk,
        ctx,
        asPlayerOfMatch(
          chunk,
          ctx,
          rolesIndicesAndShortNames(chunk, ctx) ??
            basesPapersAndCapitalsTitles(chunk, ctx) ??
            stageNamesBodiesAndShips(chunk, ctx) ??
            unitsGeneralsSeatsAndCounties(chunk, ctx) ??
            daysEventsCodesAndParties(chunk, ctx) ??
            typeAfterLead(chunk, ctx),
        ),
      ),
    ),
  );
}

/** Leagues' own words that may head a results line: "Serie A : Juventus 2 Roma 1". */
const LEAGUE_NAME_WORDS = new Set([
  'serie',
  'liga',
  'bundesliga',
  'eredivisie',
  'ligue',
  'premiership',
  'super',
]);

/** How a batsman was out, written after his name on a scorecard (in lower case, as scorecards write it). */
const DISMISSALS = new Set([
  'c',
  'b',
  'lbw',
  'st',
  'c&b',
  'run out',
  'not out',
  'retired hurt',
  'retired out',
  'hit wicket',
]);

// typeNamedSpan is cut into stages, each a named function returning its answer or undefined, run in the
// order they held in the one function (session 45: the one function was 966 lines, compiled by TurboFan late).
// The stages before the locative read `NamedSpan`; those after it read the `SpanContext` typeByReading gets.
/** The rules that read the tokens around the name (from `from`), then `typeByReading`. */
export function typeNamedSpan(
  chunk: Chunk,
  ctx: Context,
  from: number,
  personCue: boolean,
  whole: GazetteerEntry | Candidate | undefined,
): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  const prevToken = lowerTokenText(ctx, chunk.field, words[from]!.index - 1);
  const nextToken = lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 1);
  const prevBits = tokenBits(ctx, chunk.field, words[from]!.index - 1);
  const nextBits = tokenBits(ctx, chunk.field, words[to - 1]!.index + 1);
  const s: NamedSpan = {
    chunk,
    ctx,
    from,
    personCue,
    whole,
    words,
    to,
    prevToken,
    nextToken,
    prevBits,
    nextBits,
  };
  const early =
    peoplesWordOfTwoBeforeName(chunk, ctx, from) ??
    worksAndArtists(s) ??
    clubsAndListedPlaces(s) ??
    namesByNeighbours(s) ??
    titlesVersionsAndSpace(s) ??
    oneWordByNeighbours(s) ??
    numbersSkiesAndMarkets(s) ??
    modelsGradesAndTitles(s);
  if (early !== undefined) return early;
  // "a river of Islam" is a figure of speech: a river is named before its noun ("the Chenab river").
  const placeNounBefore =
    (prevToken === 'of' &&
      (tokenBits(ctx, chunk.field, words[from]!.index - 2) & PLACE_NOUN) !== 0 &&
      !RIVERS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "lost his own seat of Dickson", "the riding of Carleton": an electorate named after "of" (ents41).
    (prevToken === 'of' && SEATS_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "towns such as Brcko and Srebrenica".
    (prevToken === 'as' && placesSuchAs(ctx, chunk.field, words[from]!.index - 2)) ||
    // "coastal provinces including Gia Lai and Dak Lak".
    (prevToken === 'including' && placesIncluding(ctx, chunk.field, words[from]!.index - 1)) ||
    // "its border crossing at Ras Jedir", "the airport at Quy Nhon" (review31 ★2).
    (prevToken === 'at' && PLACES_AT.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "near the community of Lac du Bonnet".
    (prevToken === 'of' && settlementOf(ctx, chunk.field, words[from]!.index)) ||
    // "governor of Moquegua", "the mayor of Uruapan": an office of a place's own; not of a body the lists
    // know ("deputy governor of Banxico", a central bank: read35, item 6).
    (prevToken === 'of' &&
      PLACE_OFFICES.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
      !listedBodyName(words, from, to)) ||
    // "the provinces of Ben Tre and Dong Thap": the later names of a list a plural place noun opens.
    (prevToken === 'and' && placesListBefore(ctx, chunk.field, words[from]!.index - 2, false)) ||
    // "the worst-hit districts were Badulla and Nuwara Eliya": a plural place noun named by the verb.
    (COPULAS.has(prevToken) &&
      PLURAL_PLACE_NOUNS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
    // "Lakhimpur Kheri district and Barabanki", "Pampanga province and Bulacan".
    (prevToken === 'and' && areaNamedBefore(ctx, chunk.field, words[from]!.index - 2)) ||
    // "after an aerial survey of Bahraich and Gonda": what is surveyed from the air is land.
    (prevToken === 'of' && aerialSurveyBefore(ctx, chunk.field, words[from]!.index - 2)) ||
    (prevToken === 'and' && aerialSurveyOfListBefore(ctx, chunk.field, words[from]!.index - 2)) ||
    (prevToken === ',' &&
      placesListGoesOn(ctx, chunk.field, words[to - 1]!.index + 1) &&
      placesListBefore(ctx, chunk.field, words[from]!.index - 2, true));
  // "Northern and Southeastern regions", "Western states": compass adjectives before the noun name no place.
  const placeNounAfter =
    !(to - from === 1 && COMPASS_ADJECTIVE.test(words[from]!.core)) &&
    ((nextToken !== 'of' &&
      (nextBits & PLACE_NOUN) !== 0 &&
      // "a Reform by-election win", "each Parliamentary constituency": an ordinary word before the seat is
      // a party or a kind of seat, no seat's name.
      !((nextToken === 'by-election' || nextToken === 'constituency') && isLowerWordWord(words[from]!)) &&
      // "much of Guerrero state.", "Rakhine state, where": "state" ending the phrase is the region's ("a
      // Modi state visit", "Xinhua state news agency" are the state's).
      (nextToken !== 'state' ||
        STATE_PHRASE_ENDS.has(lowerCased(tokenText(ctx, chunk.field, words[to - 1]!.index + 2))))) ||
      // "Quang Ninh and Hai Phong provinces", "the Sutlej, Ravi and Chenab rivers": the first names of a list
      // before a plural place noun.
      ((nextToken === 'and' || nextToken === ',') &&
        placesListAfter(ctx, chunk.field, words[to - 1]!.index + 2)) ||
      // "met at the Erez crossing", "the Rafah crossing": a border crossing is named by its place.
      // "Travellers on the Eurostar crossing": a crossing one rides on is a ferry's or a train's.
      (nextToken === 'crossing' &&
        prevToken === 'the' &&
        !RIDDEN_ON.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
      // "at the Yas Marina circuit": a race's ground (not "the ATP circuit", a tour: no acronym).
      (prevToken === 'the' &&
        !words.slice(from, to).some((w) => shapeIs(w, S_ACRONYM)) &&
        raceGroundAround(ctx, chunk.field, words[from]!.index, words[to - 1]!.index)));
  // "investors in Google", "a stake in Tesla", "invested $8 billion in Anthropic": "in" after these
  // words takes a company.
  const companyIn = prevToken === 'in' && investedBefore(ctx, chunk.field, words[from]!.index - 2);
  // "joined Milan from Torino", "transferred to Milan": on a sports page, the clubs of a transfer, at either end
  // (the loose reader, transferBefore; clubsAndListedPlaces asks the strict one, transferDestination).
  const transferClub =
    ctx.sports &&
    (prevToken === 'from' || prevToken === 'to') &&
    transferBefore(ctx, chunk.field, words[from]!.index - 2);
  // "across the Alps", "in the Netherlands": an article between does not end a locative.
  // "at Syriza's party congress", "in Anthropic's models": the place is the possessed thing's, not the
  // owner's (a place the lists know stays one: "in Gaza's north").
  // "a bid from Liverpool for striker Alexander Isak": the bidder is no place one comes from.
  const bidder =
    prevToken === 'from' &&
    BID_WORDS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    bidForPlayer(ctx, chunk.field, words[from]!.index, words[to - 1]!.index);
  // "won by 40 seconds from Vingegaard", "lost by two votes from Tremayne": a winning margin's "from" takes the
  // beaten rival; "lost confidence in Buckley", "faith in Ramsay": trust is put in a person or a body, no place.
  const noPlaceAfter =
    (prevToken === 'from' || prevToken === 'in') &&
    (prevToken === 'from' ? MARGIN_UNITS : TRUST_NOUNS).has(
      lowerTokenText(ctx, chunk.field, words[from]!.index - 2),
    );
  const locative =
    ((prevBits & LOCATIVE_WORD) !== 0 &&
      !companyIn &&
      !transferClub &&
      !bidder &&
      !noPlaceAfter &&
      (!words[to - 1]!.possessive || placeName(words, from, to))) ||
    // "bound for London Gatwick".
    (prevToken === 'for' && lowerTokenText(ctx, chunk.field, words[from]!.index - 2) === 'bound') ||
    (prevToken === 'the' && (tokenBits(ctx, chunk.field, words[from]!.index - 2) & LOCATIVE_WORD) !== 0) ||
    // "Residents in nearby Northfleet", "in neighbouring Chatelineaux": an adjective of nearness between.
    (NEARBY.has(prevToken) && (tokenBits(ctx, chunk.field, words[from]!.index - 2) & LOCATIVE_WORD) !== 0) ||
    // "the ferry to Tilbury", "was taken to Lampedusa": where a journey goes ("sold to Boeing" is no journey).
    // ("walked to Usyk's corner": an owner, no destination.)
    (journeyTo(ctx, chunk.field, words[from]!.index) && !words[to - 1]!.possessive) ||
    // "flooding to Monmouth in Wales": a one-word name no list knows, inside a place the gazetteer knows.
    (to - from === 1 &&
      !personCue &&
      !isGivenNameWord(words[from]!) &&
      !isKnownSurnameWord(words[from]!) &&
      gazetteerOfWord(words[from]!) === undefined &&
      placeInKnownPlace(ctx, chunk.field, words[from]!.index, words[from]!.index)) ||
    placeNounBefore ||
    placeNounAfter;
  const firm = firmsByWordBefore(s, locative, companyIn);
  if (firm !== undefined) return firm;
  // A place noun next to the name is as good as "in": record it as such for the document pass.
  const base: Base = { locative, prev: placeNounBefore || placeNounAfter ? 'in' : prevToken };
  const span: SpanContext = {
    from,
    personCue,
    whole,
    prevToken,
    nextToken,
    prevBits,
    nextBits,
    placeNounBefore,
    placeNounAfter,
    transferClub,
    locative,
    base,
  };
  return sportsLinesAndEvents(s, span) ?? productsAndPrizes(s, span) ?? typeByReading(chunk, ctx, span);
}

/** An unknown run of two or more words, read by its words and its surroundings. */
// typeSeveralWords is cut into stages, each a named function returning its answer or undefined, run in the
// order they held in the one function (session 45: the one function was 900 lines, and TurboFan compiled it
// late, behind the other large jobs). Each stage reads the run from `reading`.
export function typeSeveralWords(reading: Reading): Candidate[] {
  const early = wholeRunNames(reading);
  if (early !== undefined) return early;
  // "Australian Tom Moody": a nationality word before a person's name is not part of it.
  const firstEntry = gazetteerOfWord(reading.firstWord);
  // "Daniel", "Norman", "Stuart" are also WordNet group words; before a surname they are given names.
  const secondEntry = gazetteerOfWord(reading.words[reading.from + 1]!);
  const secondCore = reading.words[reading.from + 1]!.core;
  const givenBeforeSurname =
    isGivenNameWord(reading.firstWord) &&
    secondEntry?.kind !== 'demonym' &&
    secondEntry?.kind !== 'group' &&
    secondEntry?.kind !== 'country' &&
    (isKnownSurname(secondCore) ||
      isGivenName(secondCore) ||
      // "Marine Le Pen", "Charles de Gaulle": a particle opening the surname.
      (reading.n > 2 && NAME_PARTICLES.has(reading.words[reading.from + 1]!.lower)) ||
      (!isLowerWord(secondCore) && (secondEntry === undefined || secondEntry.kind === 'person')) ||
      // "Judge Julian Goose said": after a title a given name's next word is a surname, even an ordinary one.
      (reading.personCue &&
        reading.n === 2 &&
        secondEntry === undefined &&
        !ORG_HEADS.has(reading.lastLower)));
  const nationalFirst =
    firstEntry?.kind === 'demonym' || (firstEntry?.kind === 'group' && !givenBeforeSurname);
  return (
    nationalWordOpens(reading, firstEntry, secondEntry, nationalFirst) ??
    placeOpensRun(reading, firstEntry) ??
    brandShapes(reading) ??
    venuesAndClubHeads(reading) ??
    placeAndBodyHeads(reading) ??
    nationalRun(reading, firstEntry, nationalFirst) ??
    placeOrForeignArticle(reading) ??
    secondNamesAndSides(reading) ??
    companyOrTeamShape(reading) ??
    givenNameOrFirm(reading) ??
    initialsBeforeSurname(reading) ??
    unknownWordsRead(reading)
  );
}

/** Words of an electorate before "of" and its name: "the seat of Dickson", "the riding of Carleton". */
const SEATS_OF = new Set(['seat', 'electorate', 'riding', 'ward']);
