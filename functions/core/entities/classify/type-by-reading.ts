// The name read by the lists and its own words (`typeByReading`), after `typeNamedSpan`'s rules on its
// surroundings: it hands the run to `typeKnownName`, `typeCaselessRun`, `typeSeveralWords` or `typeOneWord`.
import type { Field } from '../../schema.js';
import { endsWithText } from '../../text/chars.js';
import { type Chunk, chunkWith } from '../chunk.js';
import { craftNounAfter } from '../craft-nouns.js';
import { isBrandWord, isKnownSurname, NAME_PARTICLES } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { STOCK_INDICES, tickerAfter } from '../typing/amounts-and-markets.js';
import {
  NEWSROOM_HEADS,
  ORG_NOUNS_AFTER,
  partyNounPastBracket,
  SIGN_OFF_BEFORE,
} from '../typing/bodies-and-parties.js';
import { candidate, lookup, NO_INFO } from '../typing/candidates.js';
import { type Candidate, type CandidateType, type Context, lowerTokenText } from '../typing/context.js';
import { stormDeedAfter } from '../typing/disaster-places.js';
import { opensDateline } from '../typing/documents-and-datelines.js';
import { eventOwnedByTime } from '../typing/events-and-works.js';
import { firmBrandAt, staffAt } from '../typing/firm-cues-around.js';
import { horseRiddenAfter } from '../typing/horses.js';
import { hostsEventAfter } from '../typing/host-towns.js';
import { invertedSpeakerAt, personApposedAfterOpening } from '../typing/inverted-speakers.js';
import { kinIntroducing } from '../typing/kin-names.js';
import { outletReportsAfter } from '../typing/news-outlets.js';
import { typeOneWord } from '../typing/one-word.js';
import { warnsOfThing } from '../typing/person-cues.js';
import { isPlaceWordOf, PLACE_OWNS, REGIONAL_PEOPLES_TWO_WORDS } from '../typing/place-cues.js';
import { DIGIT_IN_WORD, NOT_CRAFT_KINDS } from '../typing/products-and-models.js';
import { pronounAfter, pronounOpensNextSentence } from '../typing/pronouns.js';
import type { Reading, SpanContext } from '../typing/reading.js';
import {
  ARTICLES,
  afterPossessive,
  allCapitals,
  CLAUSE_ENDS,
  CLAUSE_OPENERS,
  isWithPeriod,
  withoutPossessive,
} from '../typing/sentence-shape.js';
import {
  bidForPlayer,
  CLUB_DEAL_VERBS,
  clubBefore,
  inResultSentence,
  isTeamContext,
  PLAYS_FOR,
  playerAfter,
} from '../typing/sports-context.js';
import { teamRacedFor } from '../typing/teams-raced-for.js';
import {
  AUXILIARY,
  MEETS_WORD,
  PERSON_VERB,
  PLACE_NOUN,
  SPEAKER_VERB,
  tokenBits,
  WHO_WORD,
} from '../typing/token-bits.js';
import { speakerLabel } from '../typing/transcripts.js';
import { visitOrMeeting } from '../typing/visits-and-meetings.js';
import { isWordNamedAgency } from '../typing/wire-agencies.js';
import { ACRONYM, W_COMPASS, wordIs } from '../typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { typeChunk, typeSeveralWords } from './retype.js';
import { CENTRE, PLURAL_VERBS, SUBJECT_VERB } from './shared-words.js';
import { typeCaselessRun } from './type-caseless-run.js';
import { typeKnownName } from './type-known-name.js';

/** Prepositions of where one is, before "the Centre" as a venue ("shoppers at the Centre"). */
const VENUE_BEFORE = new Set(['at', 'in', 'near', 'outside', 'inside', 'into']);
/** Nouns before the name of an operation or a mission: "the naval mission Aspides", "operation Sindoor". */
const OPERATION_NOUNS = new Set(['mission', 'operation']);
/** Verbs of a player before "for" and his club: "scored for Santos", "signed for Bayern". */
const SCORED_FOR = new Set(['scored', 'scores', 'netted', 'nets', 'signed', 'signs']);
/** How many goals a scorer got, between the verb and "for": "scored twice for Santos", "scored 20 goals for Bari". */
const GOALS_BETWEEN = new Set([
  'twice',
  'thrice',
  'again',
  'late',
  'early',
  'goals',
  'goal',
  'a',
  'two',
  'three',
]);

/**
 * Whether the token at `k` (right before "for") is a scorer's or a signing's verb, or closes what he scored after
 * "scored" ("scored twice for", "scored 20 goals for"; not "signed a deal for", which a firm does).
 */
function scoredForAt(ctx: Context, field: Field, k: number): boolean {
  for (let i = k; i >= 0 && i >= k - 3; i--) {
    const t = lowerTokenText(ctx, field, i);
    if (SCORED_FOR.has(t))
      return i === k || t === 'scored' || t === 'scores' || t === 'netted' || t === 'nets';
    if (!GOALS_BETWEEN.has(t) && !DIGITS.test(t)) return false;
  }
  return false;
}
const DIGITS = /^\d+$/;

/** The name read by the lists and its own words, after the rules on its surroundings (`typeNamedSpan`). */
export function typeByReading(chunk: Chunk, ctx: Context, span: SpanContext): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  const { from, personCue, whole, prevToken, nextToken, prevBits, nextBits } = span;
  const { transferClub, locative, base } = span;
  // From the first word, the look-up is the one `whole` made (found or not): not asked again.
  const entry = from === 0 ? whole : lookup(words, from, to, ctx);
  const n = to - from;
  const first = words[from]!.core;
  const firstLower = words[from]!.lower;
  const lastLower = words[to - 1]!.lower;
  const firstWord = words[from]!;
  const lastWord = words[to - 1]!;
  const personVerb = (nextBits & PERSON_VERB) !== 0;
  // "Leeds beat Hull 2-1": a sentence reporting a result is a sports context on any page.
  let resultHere: boolean | undefined;
  const inResult = () => (resultHere ??= inResultSentence(ctx, chunk.field, words[from]!.index));
  // A single unknown name before a verb of speech or opinion ("Trump has accused") speaks as a person.
  const speakerVerb =
    n === 1 &&
    (nextToken === 'told' ||
      // "Trump has imposed tariffs. He said …": the next sentence goes on about the subject as "he"/"she".
      (chunk.initial &&
        !chunk.caseless &&
        pronounOpensNextSentence(ctx, chunk.field, words[to - 1]!.index, SUBJECT_VERB.test(nextToken))) ||
      (prevBits & MEETS_WORD) !== 0 ||
      // "quoted Lebed as saying": the one quoted speaks.
      (prevToken === 'quoted' && nextToken === 'as') ||
      // "Netanyahu, who faces", "Duran, whose record": firms take "which" (clubs take "who" as well:
      // "Arsenal, who drew 1-1", so not on a sports page or in a result).
      (nextToken === ',' &&
        tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & WHO_WORD &&
        !ctx.sports &&
        !inResult()) ||
      ((nextBits & SPEAKER_VERB) !== 0 && !warnsOfThing(nextToken, ctx, chunk.field, words[to - 1]!.index)) ||
      (nextBits & AUXILIARY &&
        (tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & SPEAKER_VERB) !== 0) ||
      visitOrMeeting(ctx, chunk, words[from]!.index, words[to - 1]!.index, nextToken, nextBits));
  let pronounHere: 'person' | 'thing' | null | undefined;
  const pronoun = () =>
    (pronounHere ??= words[to - 1]!.possessive
      ? null
      : (pronounAfter(ctx, chunk.field, words[from]!.index, words[to - 1]!.index) ?? null));
  // "Jannik Sinner won his first title": a pronoun of the name's clause takes it up as a person.
  const pronounPerson = () => !chunk.caseless && pronoun() === 'person';
  const speaker =
    personVerb ||
    speakerVerb ||
    (n === 1 && pronounPerson()) ||
    // '" We are ready , " said Kinkel .', "Kinkel , the German foreign minister , said": a person unless the story
    // says otherwise — as "X said", a cue the other mentions may outvote ('" Sales rose , " said Gartner' of a
    // firm the story names "the Gartner report"), not a speaker's (inverted-speakers.ts).
    (n === 1 &&
      (invertedSpeakerAt(ctx, chunk.field, words[from]!.index) ||
        (chunk.initial &&
          !chunk.caseless &&
          personApposedAfterOpening(ctx, chunk.field, words[from]!.index))));
  // "the EU naval mission Aspides said", "operation Sindoor": one word no list knows for a person, right after
  // the noun for a mission or an operation, is its name, a thing (was read a person before "said").
  if (
    n === 1 &&
    OPERATION_NOUNS.has(prevToken) &&
    !isGivenNameWord(firstWord) &&
    !isKnownSurnameWord(firstWord) &&
    !placeOfWord(firstWord) &&
    gazetteerOfWord(firstWord) === undefined
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "at next year's Masters, chairman Fred Ridley said": one word a time owns, heading its phrase, is an event
  // (Masters was a person); a place, a body or a country the lists know keeps its reading.
  if (
    n === 1 &&
    !personCue &&
    !chunk.caseless &&
    eventOwnedByTime(prevToken, nextToken) &&
    (gazetteerOfWord(firstWord) === undefined || gazetteerOfWord(firstWord)!.kind === 'person') &&
    !placeOfWord(firstWord) &&
    newsmakerNamed(first) === undefined
  )
    return [candidate(chunk, from, to, 'event', 2, base)];
  // "…felt tremors, Xinhua said", "Yonhap reported": a wire agency named by a word (not its initials: "PA").
  if (n === 1 && isWordNamedAgency(first)) return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Dawn reported on Monday that …", "The Star reported that …": a word that reports as an outlet does.
  if (n === 1 && !personCue && outletReportsAfter(ctx, chunk.field, lastWord.index))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "MACRON: We are not ruling it out." in an interview: the speaker's label is a person.
  if (n === 1 && speakerLabel(ctx, chunk)) return [candidate(chunk, from, to, 'person', 2, base)];
  // "will drive for Mercedes", "rides for Visma": the team raced or played for.
  if (teamRacedFor(ctx, chunk, from, to)) return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Apple reported", "Shell said": a brand named by an ordinary word (or a given name), before a verb of
  // firms, is the firm.
  if (n === 1 && firmBrandAt(ctx, chunk, from)) return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Canada sent Hercules aircraft", "the Gloria funicular derailed": a model's or a line's name before its
  // craft (a maker's name, "Boeing jets", stays the firm; a people's or a country's word stays theirs).
  if (
    n === 1 &&
    !personCue &&
    !lastWord.possessive &&
    craftNounAfter(nextToken) &&
    !isBrandWord(lastWord.core) &&
    !NOT_CRAFT_KINDS.has(gazetteerOfWord(lastWord)?.kind ?? '') &&
    // "NATO planes", "Leeds trams", "Hughes aircraft": a body's letters, a town, a maker's surname.
    !ACRONYM.test(lastWord.core) &&
    !placeOfWord(lastWord) &&
    !isKnownSurnameWord(lastWord) &&
    // "Civil aircraft 7.7 mln loss", "Military planes flew": an ordinary word opening a sentence or a line.
    !(chunk.initial && isLowerWordWord(lastWord)) &&
    // A model is named by a given name, an ordinary word or a designation with digits ("Gloria", "Reaper", "A340");
    // a coined word before the craft ("Baykar drones", "Saab fighters") is more often its maker, a firm (read29 F-s).
    (isGivenNameWord(lastWord) || isLowerWordWord(lastWord) || DIGIT_IN_WORD.test(lastWord.core))
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "-- New York Energy Desk , +1 212", "-- Air Cargo Newsroom": a wire's desk signing off its story.
  if (n >= 2 && NEWSROOM_HEADS.has(lastLower) && (SIGN_OFF_BEFORE.has(prevToken) || isPlaceWordOf(firstWord)))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "The Houthis, who say", "the Beatles, who formed": members in the plural after "the" before "who" are a
  // group, no person (read as a speaker, "who" made them one).
  if (
    n === 1 &&
    prevToken === 'the' &&
    nextToken === ',' &&
    endsWithText(lastLower, 's') &&
    !lastWord.possessive &&
    tokenBits(ctx, chunk.field, lastWord.index + 2) & WHO_WORD &&
    gazetteerOfWord(lastWord) === undefined &&
    // ("the Clintons, who": a family.)
    !isKnownSurname(lastWord.core.slice(0, -1))
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "the Red Cross", "the North Korean Red Cross", "the Palestine Red Crescent": the movement and its national
  // societies ("Cross" alone heads places: "King's Cross", "Charing Cross").
  if (n >= 2 && words[to - 2]!.lower === 'red' && (lastLower === 'cross' || lastLower === 'crescent'))
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "accused the Centre of withholding funds", "The Centre said": "the Centre" alone is the body at a country's
  // centre (India's union government, a research centre named before), no place; a French region is named
  // with its noun ("the Centre region"). A venue is where one goes or is, or what an apposition says it is
  // ("called to the Centre, a shopping mall", "shoppers at the Centre"): left to the rules after.
  if (
    n === 1 &&
    prevToken === 'the' &&
    CENTRE.has(firstLower) &&
    !chunk.caseless &&
    !(nextBits & PLACE_NOUN) &&
    !VENUE_BEFORE.has(lowerTokenText(ctx, chunk.field, firstWord.index - 2)) &&
    !(nextToken === ',' && ARTICLES.has(lowerTokenText(ctx, chunk.field, firstWord.index + 2)))
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "before reaching the Moon, NASA said": a name after "the" and before punctuation, no speaker, names a
  // thing ("the Trump administration", "the Moon said" are left to the other rules).
  // "on the Moon." reads its period with the word ("moon.").
  const thingAfterThe =
    prevToken === 'the' &&
    !speaker &&
    (CLAUSE_ENDS.has(nextToken) || isWithPeriod(nextToken, words[to - 1]!.lower));
  const teamPlace = (type: CandidateType, countryCode?: string): CandidateType =>
    type === 'place' &&
    !countryCode &&
    !locative &&
    // "Queensland's government": a place that owns a government is the place.
    !PLACE_OWNS.has(afterPossessive(ctx, chunk, to, nextToken)) &&
    // ("Abu Dhabi hosts the final Formula One race", "Doha will stage the final": the host town, wild45 item 18.)
    !hostsEventAfter(ctx, chunk.field, words[to - 1]!.index) &&
    (((ctx.sports || inResult()) && isTeamContext(chunk, prevToken, nextToken)) ||
      // "Manchester City v Chelsea", "Leeds striker Joel Piroe", "Leeds central defender …" on a sports page.
      (ctx.sports && clubBefore(ctx, chunk.field, words[to - 1]!.index, nextToken)) ||
      // "played for Nice", "joined Milan from Torino", "homered for Cleveland" on a sports page.
      (ctx.sports && (PLAYS_FOR.has(prevToken) || transferClub)) ||
      // "Neymar scored for Santos", "Kane signed for Bayern": a town a player scores or signs for is his club,
      // on any page (a one-line game brief has too few sport words to be a sports page).
      (prevToken === 'for' && scoredForAt(ctx, chunk.field, words[from]!.index - 2)) ||
      // "Liverpool have completed the signing", "Newcastle have rejected a bid": a town is singular, a side
      // in British copy plural ("Leeds and York have" is two towns).
      // The town must be the verb's subject, opening its clause ("the countries of Latin America have",
      // "flown to London were" agree with another noun).
      (PLURAL_VERBS.has(nextToken) && (chunk.initial || CLAUSE_OPENERS.has(prevToken))) ||
      // "Liverpool signed Sweden striker Alexander Isak": a town opening its clause that signs or sells a
      // player named by position is the club, on any page.
      (CLUB_DEAL_VERBS.has(nextToken) &&
        (chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
        playerAfter(ctx, chunk.field, words[to - 1]!.index + 2)) ||
      // "a bid from Liverpool for striker Alexander Isak", "Liverpool made an offer for the Swedish forward":
      // a town bidding for a player is the club, on any page.
      bidForPlayer(ctx, chunk.field, words[from]!.index, words[to - 1]!.index))
      ? 'organization'
      : type;
  const reading: Reading = {
    from: span.from,
    personCue: span.personCue,
    whole: span.whole,
    prevToken: span.prevToken,
    nextToken: span.nextToken,
    prevBits: span.prevBits,
    nextBits: span.nextBits,
    placeNounBefore: span.placeNounBefore,
    placeNounAfter: span.placeNounAfter,
    transferClub: span.transferClub,
    locative: span.locative,
    base: span.base,
    chunk,
    ctx,
    words,
    to,
    n,
    first,
    firstLower,
    lastLower,
    firstWord,
    lastWord,
    personVerb,
    speaker,
    thingAfterThe,
    inResult,
    pronoun,
    pronounPerson,
    teamPlace,
    speakerVerb,
  };
  // "Galopin Des Champs won the Gold Cup, ridden by Paul Townend": a horse, no firm or person (wild45 item 15).
  if (!chunk.caseless && !personCue && horseRiddenAfter(ctx, chunk.field, firstWord.index, lastWord.index))
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Microsoft (MSFT.O), Amazon (AMZN.O)": a stock's code in brackets after a name makes it the listed firm,
  // whatever else the lists know the name for (the Amazon river, a town named Toyota).
  if (
    !chunk.caseless &&
    tickerAfter(ctx, chunk.field, lastWord.index) &&
    !gazetteerOfWord(lastWord)?.countryCode
  )
    return [candidate(chunk, from, to, 'organization', 3, base)];
  // "Brent ($/bbl)   63.20   -1.1%", "Commodity     Price      Change": one word a table's row or heading
  // labels is a commodity or a column, not the person a given name or a surname would make it.
  if (
    n === 1 &&
    words[from]!.tabular &&
    // (A byline in capitals over a date, "MARTIN KOWALCZYK 2025-03-14", is read as a line of capitals.)
    !chunk.caseless &&
    !ctx.sports &&
    !personCue &&
    (isGivenNameWord(firstWord) || isKnownSurnameWord(firstWord)) &&
    (entry === undefined || ('kind' in entry && entry.kind === 'person')) &&
    !placeOfWord(firstWord)
  )
    return [];
  // "survived by his wife, Nancy,", "the father of Andre, Kerry-Ann and Damion": a one-word name kinship words
  // introduce is a relative, whatever a list knows the word for (a town, a firm); not a place after "of" ("the father
  // of Pakistan" founded it, "the Seaman brothers of Calgary" come from it).
  if (n === 1 && !chunk.caseless && !personCue && !lastWord.possessive) {
    const kin = kinIntroducing(ctx, chunk.field, firstWord.index);
    if (
      kin === 'owner' ||
      (kin === 'of' &&
        gazetteerOfWord(firstWord)?.kind !== 'place' &&
        !gazetteerOfWord(firstWord)?.countryCode &&
        !placeOfWord(firstWord))
    )
      return [candidate(chunk, from, to, 'person', 2, base)];
  }
  // "Milton is expected to make landfall near Tampa", "Beryl strengthened into a hurricane": a storm's name alone
  // (storms are named like people and towns), by what the storm does next.
  if (
    n === 1 &&
    !chunk.caseless &&
    !personCue &&
    !(entry !== undefined && 'kind' in entry && entry.kind === 'country') &&
    stormDeedAfter(ctx, chunk.field, firstWord.index)
  )
    return [candidate(chunk, from, to, 'event', 2, base)];
  if (entry) return typeKnownName(reading, entry);

  if (allCapitals(chunk, from, to) && opensDateline(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'place', 1, base)];
  // Column headings and labels of number tables ("Avge Rate", "Shr", "Chg") are not names.
  // (A stock index's name is a row's label that names something: "IBEX 35   14,105.6   -0.41%".)
  if (
    words[from]!.tabular &&
    !ctx.sports &&
    !personCue &&
    !(n > 1 && isGivenNameWord(firstWord)) &&
    !STOCK_INDICES.has(firstLower)
  ) {
    const place = placeOfWord(firstWord);
    if (!place) return [];
  }

  if (staffAt(ctx, chunk.field, words[from]!.index))
    return [candidate(chunk, from, to, 'organization', 3, base)];

  if (chunk.caseless) return typeCaselessRun(reading);

  // "Laut Lars Klingbeil", "Kanzler Olaf Scholz": in a language that capitalises nouns, the words before
  // a given name that opens a full name are nouns of the sentence, not part of the name.
  if (ctx.foreign && !personCue && n >= 3) {
    let g = from;
    while (g < to - 1 && !isGivenNameWord(words[g]!) && !NAME_PARTICLES.has(words[g]!.core)) g++;
    if (g > from && g < to - 1 && isGivenNameWord(words[g]!) && !isLowerWordWord(words[g + 1]!))
      return typeChunk(chunkWith(chunk, words.slice(g), false), ctx);
  }
  // "Latin American banks", "Middle Eastern countries": a region's people in two words.
  if (n === 2 && REGIONAL_PEOPLES_TWO_WORDS.has(`${words[from]!.lower} ${lastWord.lower}`)) {
    const canonical = `${words[from]!.core} ${lastWord.core.replace(/s$/, '')}`;
    return [candidate(chunk, from, to, 'nationality', 2, base, { ...NO_INFO, canonical })];
  }
  // "Central Asia", "Northern Europe": a compass word before a place names a region of it.
  if (n === 2 && wordIs(words[from]!, W_COMPASS) && !ORG_NOUNS_AFTER.has(nextToken)) {
    const lastKind = gazetteerOfWord(lastWord)?.kind;
    if (lastKind === 'place' || lastKind === 'country' || (lastKind === undefined && placeOfWord(lastWord)))
      return [candidate(chunk, from, to, 'place', 2, base)];
    // "North American", "East African": a compass word before a nationality word is one of its own.
    if (lastKind === 'demonym' || lastKind === 'group')
      return [candidate(chunk, from, to, 'nationality', 2, base)];
  }
  // "the ruling Georgian Dream party", "the Islamic Resistance movement": the noun after the name says
  // what it names.
  // "the Teamsters union", "the Likud party": one word between "the" and such a noun too.
  if (
    (n > 1 || (prevToken === 'the' && !gazetteerOfWord(firstWord)?.countryCode)) &&
    !personCue &&
    // ("Peter Magyar's party leads": a name in the possessive owns the party, a leader's.)
    !lastWord.possessive &&
    // "the Georgian Dream party's decision": the noun in the possessive says so too.
    (ORG_NOUNS_AFTER.has(nextToken) || ORG_NOUNS_AFTER.has(withoutPossessive(nextToken))) &&
    // "Jan Suraaj party": a given name that is also an ordinary or calendar word opens a party's name too.
    // "the Morena party won": so does any given name alone between "the" and "party" (a person's party is
    // "Morena's party").
    (!isGivenNameWord(firstWord) ||
      (n > 1 && isLowerWordWord(firstWord)) ||
      (n === 1 && prevToken === 'the' && (nextToken === 'party' || nextToken === "party's")))
  )
    return [candidate(chunk, from, to, 'organization', 3, base)];
  // "the Law and Justice (PiS) party", "Alternative for Germany (AfD) party": a name, its acronym in brackets
  // and a party's noun; the acronym alone too.
  if (partyNounPastBracket(ctx, chunk.field, words[from]!, lastWord, prevToken, nextToken))
    return [candidate(chunk, from, to, 'organization', 3, base)];
  if (n > 1) return typeSeveralWords(reading);
  return typeOneWord(reading);
}
