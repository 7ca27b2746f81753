import type { Country, CountryPair, Mention } from '../schema.js';
import { CURRENCY_NAMES } from '../text/currency-words.js';
import { isInInlineDateline } from '../text/dateline.js';
import { type FieldText, fieldOf, storyLead, storyLeadIndex, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { countStartingBefore } from '../text/overlaps.js';
import { sentenceIndex, sentenceOrFieldAt } from '../text/sentences.js';
import { sortInPlace } from '../text/sort.js';
import { namedAbsent } from './absent.js';
import { aidSenders, disasterInHeadline } from './aid-senders.js';
import { followsAmount } from './amount-units.js';
import { rankBackgroundBelowSides } from './background-ranks.js';
import { coObjectsIn, mayBeCoObject, type SentenceSpan, verbObjectsIn } from './co-objects.js';
import { isCommentary } from './commentary.js';
import { namesCrudeGrade } from './crude-grades.js';
import { CUE_WORD, hasCue, RELATION_APPOSITION, RELATION_CUE } from './cues.js';
import { isCurrencyMention, QUOTED_BEFORE } from './currency-names.js';
import { isBriefing, isDigest } from './digest.js';
import { exampleRanges, onlyRangeEnds } from './example-ranges.js';
import { foreignForces } from './foreign-forces.js';
import { lookupDemonym } from './gazetteer.js';
import { storyDatelineCountry } from './georgia-dateline.js';
import { rankGoBetweensBelowSides } from './go-between-ranks.js';
import { guestsAfter } from './guests.js';
import { implicitActs } from './implicit-actors.js';
import { implicitTargets } from './implicit-targets.js';
import { stopsIn, travelsTo } from './itinerary.js';
import {
  type LaterObjects,
  laterObjectsOf,
  reactSideBySide,
  unrelatedLaterObjects,
} from './later-objects.js';
import { opensOfficeHolder } from './leaders.js';
import { leadersBetween } from './leaders-between.js';
import { namedOnlyAsLifeStations } from './life-stations.js';
import { listMatesBySentence, listsOf, namedOnlyInLists } from './list-mates.js';
import { isLongForm, longFormCap, mainPairSalience } from './long-form.js';
import { namesLosingBidder } from './losing-bids.js';
import { marketsSideBySide, namedOnlyByMoves } from './market-moves.js';
import { matchSides } from './match-sides.js';
import { rankMeetingVenuesBelowSides } from './meeting-sides.js';
import { endsOnBackground, namedLate } from './named-late.js';
import { namedOnlyAsNextVenue } from './next-venues.js';
import { namesShipFlag } from './origin-labels.js';
import { boundPairs } from './pair-bounds.js';
import { comparePairs } from './pair-order.js';
import { parallelActs } from './parallel-acts.js';
import { namedAsBroker, partyLinks } from './party-links.js';
import { pastVenueAt } from './past-venues.js';
import { isVenue, placeKindOf } from './place-kind.js';
import { namesPlayer, type PeopleSpans } from './players.js';
import { rankedAt } from './rankings.js';
import { foreignReactions } from './reactions.js';
import { recognitions } from './recognitions.js';
import { bodyMentionEdges, type MentionEdges, namedOnlyInRelativeClauses } from './relative-clauses.js';
import { withoutRollCalls } from './roll-calls.js';
import { roundUpMemberPairs } from './round-up-members.js';
import { separateScoreLines } from './score-lines.js';
import { reachedSideBySide, separateOutbreaks } from './separate-outbreaks.js';
import { ORIGIN_COMPOUND } from './short-story.js';
import { namedOnlyAsStateToBe } from './states-to-be.js';
import { isSurvey, rosterOf, SURVEY_SIZE, surveyView } from './survey.js';
import { holdsTableRow, namedInTable, rowLinking, tableRowsOf } from './table-rows.js';
import { rankTalkVenuesBelowSides } from './talk-venues.js';
import { separateTableRows } from './text-tables.js';
import { isTransitPoint } from './transit-points.js';
import { hostsEvent } from './venues.js';
import { namedOnlyAsVenues } from './venues-only.js';

/**
 * Country pairs the article links, each with the sentences that link them as evidence:
 * - two countries the article is about (focus) named in one sentence;
 * - a country in focus and one named at least twice, in one sentence with a cue of interaction,
 *   relation or comparison (talks, trade, sanctions, "than", "between"…);
 * - two focus countries named in two sentences of one paragraph (both sentences are the evidence; in long form
 *   the two must follow one another);
 * - outside a survey, any two focus countries even when no sentence or paragraph holds both: the story
 *   is about each of them, so it relates them (score ≤ .4, ≤ .6 for the two leading countries; the
 *   first sentence naming each is the evidence);
 * - in a story under a headline naming a country that names ten or more countries by name in running
 *   text (a roster: a country's exports by destination, a producer among its fellow members), a focus
 *   country the headline names as itself or the body names twice, and each listed one (survey.ts, rosterOf);
 * - in a survey (a headline naming no country over a body naming ten or more, or a short body naming
 *   six or more by name, see survey.ts), every two countries it reports on: the story sets them side
 *   by side (score ≤ .4 without a shared sentence); not in a column or an explainer (commentary.ts), whose
 *   countries pair only where a sentence names two;
 * - a focus country and a country named once that a word of attack, arms or visit between the two in
 *   one sentence makes a party ("drone attacks on Russia's Tuapse refinery", party-links.ts).
 * Not two markets that moved in the same session (market-moves.ts), nor the two ends of a range of examples
 * ("From Tokyo to Berlin, cities are …", example-ranges.ts), nor two countries every sentence
 * naming both lists alone after one preposition ("exports to Ghana and Cameroon", co-objects.ts), nor two
 * stops of one trip ("will visit Ghana, Trinidad and Tobago and Argentina", itinerary.ts).
 * The dateline country stands in the headline and the lead (the story happened there), as the weakest
 * link when no sentence names it (score ≤ .4, the headline and lead are the evidence). Outside a
 * survey, a country named once in passing pairs with nothing: a story about Brazil's coffee quota that
 * lists four buyers makes no pairs among the buyers.
 */

const MAX_EVIDENCE = 3;
const NO_PLACES: readonly PlaceKey[] = [];
const NO_CODES: ReadonlySet<string> = new Set();
// A pair through the dateline's stand-in alone scores no more than the weakest link (two focus
// countries no sentence holds together).
const STAND_IN_SCORE = 0.4;
// In a survey, two countries no sentence holds together pair when each is reported on at some length.
const SURVEY_MIN_SALIENCE = 1 / 6;
// A country outside the focus pairs only when named at least this often and linked by a cue.
const MIN_LINKED_MENTIONS = 2;
// Two members of one list of three or more ("Germany, France and Italy agreed to back sanctions on
// Russia", OPEC members raising output) and nothing else in common: kept (agencies index lists whole)
// but below every link a sentence makes, the dateline's stand-in included.
const LIST_SCORE = 0.3;
// A stand-in pair in a story whose headline or lead lists three or more countries ("DAKAR - Mali, Burkina Faso and
// Niger formally left ECOWAS"): below the list's pairs, which are what the story is about (read34 ★7).
const STAND_IN_BELOW_LIST = 0.25;
// A state to come named by its people's adjective ("a Palestinian state") ranks below the parties that discuss it.
const STATE_TO_BE_SCORE = 0.5;
// A story about more countries than this (a summit, a trade round) reports on each in turn: one it names
// first near its end is one more of them, not background.
const MAX_FOCUS_WITH_BACKGROUND = 3;
// A story about at most this many countries names a country by its cities as where its news happens
// (venues-only.ts); a story about more (a market wrap, a summit) sets exchanges and capitals side by side.
const MAX_FOCUS_BESIDE_VENUES = 2;

interface Placed {
  readonly field: 'title' | 'body';
  readonly sentence: number;
}

function sentenceMention(field: FieldText, index: number): Mention {
  if (index < 0) return { field: field.field, start: 0, end: field.text.length, text: field.text };
  const s = field.sentences[index]!;
  return { field: field.field, start: s.start, end: s.end, text: field.text.slice(s.start, s.end) };
}

/** The sentence holding an offset of a field, as its field's text and the sentence's bounds (no slice). */
function sentenceSpanAt(field: FieldText, at: number): SentenceSpan {
  const index = sentenceIndex(field.sentences, at);
  const s = index < 0 ? undefined : field.sentences[index];
  return { text: field.text, field: field.field, start: s?.start ?? 0, end: s?.end ?? field.text.length };
}

/**
 * A sentence of the title or body as one number (sentence -1: the whole field), so the sentences of two
 * countries compare as numbers, in a Set, without building and parsing a string key for each.
 */
type PlaceKey = number;
const placeKey = (field: 'title' | 'body', sentence: number): PlaceKey =>
  (sentence + 1) * 2 + (field === 'title' ? 0 : 1);

/**
 * "The Singapore dollar was little changed at 1.2955 against the US dollar": a currency a price is quoted
 * in names its country as a currency, not as a party to what the sentence says.
 */
const CURRENCY_AT = new RegExp(`\\s+(?:${CURRENCY_NAMES}|marks?|reals?|dinars?)\\b`, 'y');

function quotedCurrency(text: string, m: Mention): boolean {
  const next = text.charCodeAt(m.end);
  if (next !== 32 && next !== 10) return false;
  CURRENCY_AT.lastIndex = m.end;
  return CURRENCY_AT.test(text) && QUOTED_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

function namedOnlyByCurrency(c: Country): boolean {
  return c.mentions.length > 0 && c.mentions.every((m) => isCurrencyMention(m.text));
}

/**
 * "a 60 mln Australian dlr eurobond", "1,000 Canadian dollars", "Swiss franc notes": a demonym before the word
 * of its money names the currency an amount is in (mentions.ts weighs it as one), not a party. Not "the Saudi
 * crown prince".
 */
const CURRENCY_WORD_AFTER =
  /^[ \t\n-]+(?:dollars?|dlrs?|cents?|francs?|marks?|yen|pounds?|crowns?(?! (?:prince|princess|jewels|estate|court|dependency|colony))|pesos?|lira|guilders?|ecus?|rand|real(?! estate)|rupees?|riyals?|yuan)\b/i;

/**
 * Money words that are also verbs after a country's own name: "Russia pounds Ukraine's power grid", "China marks
 * the anniversary" (read26 F1), in the plural after two coordinated ones ("as Vietnam and the United States mark 30
 * years", read29 F-o). After a name they name money only with an amount before ("50 Egypt pounds").
 */
const VERB_LIKE_MONEY_AFTER = /^[ \t\n-]+(?:pounds?|marks?|crowns?)\b/i;

function namesMoney(doc: TagDocument, m: Mention): boolean {
  const text = fieldOf(doc, m.field).text;
  const after = text.slice(m.end, m.end + 24);
  if (!CURRENCY_WORD_AFTER.test(after)) return false;
  if (!VERB_LIKE_MONEY_AFTER.test(after) || lookupDemonym(m.text) !== undefined) return true;
  return followsAmount(text, m.start);
}

/**
 * How often a country is named other than by its currency ("the yen", "Australian dlr bonds" say where money
 * is, not who acts) or a crude grade priced from it ("U.S. West Texas Intermediate", crude-grades.ts).
 */
function namedTimes(doc: TagDocument, c: Country): number {
  let n = 0;
  for (const m of c.mentions)
    if (
      !isCurrencyMention(m.text) &&
      !isAbsent(doc, m) &&
      !namesMoney(doc, m) &&
      !namesCrudeGrade(fieldOf(doc, m.field).text, m.end) &&
      !pastMeetingVenue(doc, c, m) &&
      // "the Liberian-flagged carrier": a ship's flag counts no mention of a side (origin-labels.ts).
      !namesShipFlag(fieldOf(doc, m.field).text, m.end)
    )
      n++;
  return n;
}

/**
 * "the levels agreed to by six major nations last month in Paris": a city where the parties met before the story is
 * no party to it, and places its country in no sentence for pairing (past-venues.ts); nor is a port goods pass
 * through ("copper shipped through Beira", transit-points.ts). The country filed from is where the story happens and
 * keeps it.
 */
function pastMeetingVenue(doc: TagDocument, c: Country, m: Mention): boolean {
  return (
    m.field === 'body' &&
    isVenue(m) &&
    (pastVenueAt(doc, m.start, m.end).met || isTransitPoint(doc.body.text, m.start)) &&
    c.code !== storyDatelineCountry(doc)
  );
}

/**
 * What a roster is set beside: a country the headline names as itself ("MALAYSIAN PALM OIL EXPORTS", "U.S.
 * GRAIN INSPECTIONS"), not by a city ("LONDON FREIGHT MARKET"), or one the body names twice, its dateline apart.
 */
function anchorsRoster(doc: TagDocument, c: Country): boolean {
  let n = 0;
  for (const m of c.mentions)
    if (m.field === 'title' ? !isVenue(m) : !isInInlineDateline(doc.dateline, 'body', m.start) && ++n === 2)
      return true;
  return false;
}

/** "Without the United States", "excluding China": named as no party (absent.ts). */
function isAbsent(doc: TagDocument, m: Mention): boolean {
  return namedAbsent(fieldOf(doc, m.field).text, m.start, m.end);
}

function placesOf(
  doc: TagDocument,
  country: Country,
  sport: boolean,
  sides?: ReadonlySet<Mention>,
  people?: PeopleSpans,
): Set<PlaceKey> {
  const places = new Set<PlaceKey>();
  for (const m of country.mentions) {
    // "Hikaru Nakamura of the United States": a player's country is no side of a match (players.ts).
    if (people && namesPlayer(fieldOf(doc, m.field).text, m, people)) continue;
    if (sides?.has(m)) {
      places.add(placeKey(m.field, sentenceIndex(fieldOf(doc, m.field).sentences, m.start)));
      continue;
    }
    // A match is played in a city or a state, a tournament or race is held in its host country ("won the
    // Australian Open"); the teams and players are named by their countries. So is a dateline's country
    // ("AL-AIN, United Arab Emirates" over a Japan–Syria match): where the match was played.
    if (sport && (isVenue(m) || hostsEvent(doc, m) || isInInlineDateline(doc.dateline, m.field, m.start)))
      continue;
    const field = fieldOf(doc, m.field);
    if (quotedCurrency(field.text, m) || isCurrencyMention(m.text)) continue;
    if (namedAbsent(field.text, m.start, m.end)) continue;
    if (!sport && pastMeetingVenue(doc, country, m)) continue;
    places.add(placeKey(m.field, sentenceIndex(field.sentences, m.start)));
  }
  return places;
}

/** "talks in Geneva", "met at Brussels": the city of the dateline named again as where it happens. */
const AT_VENUE = /\b(?:in|at)\s+$/;
/**
 * "XI MEETS BIDEN IN LIMA" (wild42 ★5): a headline in capitals or title case names the venue so only where it tells
 * of a meeting; "ISRAELI AIR STRIKES KILL 14 IN GAZA" names the strikes' target, a party.
 */
const AT_VENUE_IN_CAPITALS = /\b(?:IN|AT|In|At)\s+$/;
const MEETING_HEADLINE = /\b(?:meets?|meeting|talks|summit|conference|forum|visits?|hosts?)\b/i;

/**
 * The sentences a country's mentions stand in, leaving out a mention inside the body's own dateline and
 * the dateline's city named again as the venue ("GENEVA - Iranian and U.S. negotiators held talks in
 * Geneva"): the story says once more where it was filed, not that the host is a party.
 */
function sentencesBeyondDateline(doc: TagDocument, country: Country): Set<PlaceKey> {
  const places = new Set<PlaceKey>();
  const city = doc.dateline ? (doc.dateline.place.split(',')[0] ?? '').trim().toLowerCase() : undefined;
  const meetingHeadline = MEETING_HEADLINE.test(doc.title.text);
  for (const m of country.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    const field = fieldOf(doc, m.field);
    const before = field.text.slice(Math.max(0, m.start - 4), m.start);
    const venue =
      AT_VENUE.test(before) || (m.field === 'title' && meetingHeadline && AT_VENUE_IN_CAPITALS.test(before));
    if (m.text.toLowerCase() === city && venue) continue;
    places.add(placeKey(m.field, sentenceIndex(field.sentences, m.start)));
  }
  return places;
}

function parse(key: PlaceKey): Placed {
  return { field: key % 2 === 0 ? 'title' : 'body', sentence: Math.floor(key / 2) - 1 };
}

/** The sentence a place key stands for, as its field's text and bounds (sentence -1: the whole field). */
function placeSpan(doc: TagDocument, key: PlaceKey): SentenceSpan {
  const field = key % 2 === 0 ? doc.title : doc.body;
  const s = field.sentences[Math.floor(key / 2) - 1];
  return { text: field.text, field: field.field, start: s?.start ?? 0, end: s?.end ?? field.text.length };
}

const ACT_CLAUSE_BREAK = /[,;:()]|\b(?:and|but|while|said|says)\b/i;
/**
 * "North Korea fired a missile into the sea off Japan", "Venezuela sells oil to China": the two are named
 * in one clause with a word of an act between them (no comma, "and" or "said" between).
 */
function actBetween(s: SentenceSpan, a: Country, b: Country): boolean {
  for (const ma of a.mentions) {
    if (ma.field !== s.field || ma.start < s.start || ma.end > s.end) continue;
    for (const mb of b.mentions) {
      if (mb.field !== s.field || mb.start < s.start || mb.end > s.end) continue;
      const between = ma.start < mb.start ? s.text.slice(ma.end, mb.start) : s.text.slice(mb.end, ma.start);
      if (between.length <= 60 && CUE_WORD.test(between) && !ACT_CLAUSE_BREAK.test(between)) return true;
    }
  }
  return false;
}

/**
 * "The United States, a treaty ally of the Philippines, condemned the attack": one of the two named in an
 * apposition that states its relation to the other, however many others the sentence names (wild41 item 14).
 */
function inRelationApposition(s: SentenceSpan, a: Country, b: Country): boolean {
  for (const ma of a.mentions) {
    if (ma.field !== s.field || ma.start < s.start || ma.end > s.end) continue;
    for (const mb of b.mentions) {
      if (mb.field !== s.field || mb.start < s.start || mb.end > s.end) continue;
      const between = ma.start < mb.start ? s.text.slice(ma.end, mb.start) : s.text.slice(mb.end, ma.start);
      if (between.length <= 60 && RELATION_APPOSITION.test(between)) return true;
    }
  }
  return false;
}

const ONLY_AND = /^\s*(?:and|&)\s*(?:the\s+)?$/i;
/** The characters `ONLY_AND` can match, as a run from a position (ASCII letters only: no `u` flag folds others). */
const AND_RUN = /[\s&adehnt]*/iy;

/** Each country's mentions by field, in start order, made on first use (someCoordinated asks once a sentence). */
const MENTIONS_IN_ORDER = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

function mentionsInOrder(c: Country, field: string): readonly Mention[] {
  let byField = MENTIONS_IN_ORDER.get(c.mentions);
  // Keyed by the mentions' array, and made again should it have grown since.
  if (!byField || [...byField.values()].reduce((n, list) => n + list.length, 0) !== c.mentions.length) {
    byField = new Map();
    for (const m of c.mentions) {
      const list = byField.get(m.field) ?? [];
      byField.set(m.field, list);
      list.push(m);
    }
    for (const list of byField.values()) list.sort((x, y) => x.start - y.start);
    MENTIONS_IN_ORDER.set(c.mentions, byField);
  }
  return byField.get(field) ?? [];
}

/**
 * Whether a mention of `a` and one of `b` inside the sentence stand coordinated there, nothing but "and"
 * between them, and `test` holds of the two in the order the text has them.
 */
function someCoordinated(
  s: SentenceSpan,
  a: Country,
  b: Country,
  test: (first: Mention, second: Mention) => boolean,
): boolean {
  const inSentence = (c: Country): Mention[] => {
    // By a search of the country's mentions of the field in start order, made once a country: filtering them all
    // for each sentence was quadratic on a page of thousands of sentences naming the two ("China and Japan signed a
    // deal." 8,000 times: 9-11 CPU s at 1 MB).
    const sorted = mentionsInOrder(c, s.field);
    const out: Mention[] = [];
    for (let i = countStartingBefore(sorted, s.start); i < sorted.length && sorted[i]!.start < s.end; i++)
      if (sorted[i]!.end <= s.end) out.push(sorted[i]!);
    return out;
  };
  const as = inSentence(a);
  const bs = inSentence(b);
  const coordinated = (ma: Mention, mb: Mention) => {
    const [first, second] = ma.start < mb.start ? [ma, mb] : [mb, ma];
    return ONLY_AND.test(s.text.slice(first.end, second.start)) && test(first, second);
  };
  // Only a mention starting within the run of "and"/"the"/"&"/spaces after the other's end can stand
  // coordinated with it: each mention is paired with those alone, not with every mention of the other country
  // (a sentence of a page naming both thousands of times).
  const followers = (after: Mention, others: readonly Mention[]): Mention[] => {
    AND_RUN.lastIndex = after.end;
    const reach = after.end + (AND_RUN.exec(s.text)?.[0].length ?? 0);
    const out: Mention[] = [];
    for (let i = countStartingBefore(others, after.end); i < others.length && others[i]!.start <= reach; i++)
      out.push(others[i]!);
    return out;
  };
  for (const ma of as) for (const mb of followers(ma, bs)) if (coordinated(ma, mb)) return true;
  for (const mb of bs) for (const ma of followers(mb, as)) if (coordinated(ma, mb)) return true;
  return false;
}

/** "Separately, Japan and South Korea signed a deal": the two coordinated as the subject of one act. */
function subjectsOfOneAct(s: SentenceSpan, a: Country, b: Country): boolean {
  return someCoordinated(s, a, b, (first, second) => actTogether(s.text, first, second));
}

/**
 * "The wars in Sudan and Yemen have displaced millions": the two coordinated after a conflict in the plural, a war
 * in each, side by side (review62), and named nowhere else in the sentence ("… escalated after Israel struck Beirut"
 * links them).
 */
function separateConflictsIn(s: SentenceSpan, a: Country, b: Country): boolean {
  const namedOnce = (c: Country) => {
    const sorted = mentionsInOrder(c, s.field);
    const from = countStartingBefore(sorted, s.start);
    return from < sorted.length && sorted[from]!.end <= s.end && (sorted[from + 1]?.start ?? s.end) >= s.end;
  };
  return (
    namedOnce(a) &&
    namedOnce(b) &&
    someCoordinated(s, a, b, (first) =>
      SEPARATE_CONFLICTS_BEFORE.test(s.text.slice(Math.max(s.start, first.start - 24), first.start)),
    )
  );
}

/** "in Malawi and Zimbabwe": the two coordinated in the sentence, nothing but "and" between them. */
function coordinatedIn(s: SentenceSpan, a: Country, b: Country): boolean {
  return someCoordinated(s, a, b, () => true);
}

/** "signed trade deals with Malaysia and Cambodia": the two coordinated right after one preposition. */
function objectsOfOnePreposition(s: SentenceSpan, a: Country, b: Country): boolean {
  return someCoordinated(s, a, b, (first) =>
    CO_OBJECT_BEFORE.test(s.text.slice(Math.max(s.start, first.start - 12), first.start)),
  );
}

/** The sentence a place key stands for, as a mention (what `parse` reads, without building it). */
function placeMention(doc: TagDocument, key: PlaceKey): Mention {
  return sentenceMention(key % 2 === 0 ? doc.title : doc.body, Math.floor(key / 2) - 1);
}

export function linkCountryPairs(
  doc: TagDocument,
  countries: readonly Country[],
  story: StoryKind = {},
): CountryPair[] {
  // Every pair is of two countries the story names (`linked` is some of them): a story naming one or none has no pair,
  // and reading its sentences for links was a fixed cost of every such story.
  if (countries.length < 2) return [];
  const s = pairStoryOf(doc, countries, story);
  if (s === undefined) return [];
  const { sport, linked } = s.links;
  const pairs: CountryPair[] = [];
  for (let i = 0; i < linked.length; i++) {
    for (let j = i + 1; j < linked.length; j++) {
      const pair = pairOf(s, linked[i]!, linked[j]!);
      if (pair !== undefined) pairs.push(pair);
    }
  }
  // A round-up about five or more countries pairs the further members it names beside them (round-up-members.ts).
  if (!sport && !s.digest) pairs.push(...roundUpMemberPairs(doc, countries, pairs));
  // A broker or witness of the sides' act ranks below the sides' own pair (go-between-ranks.ts).
  if (!sport) rankGoBetweensBelowSides(doc, countries, pairs);
  // The place a headline's talks are held in ranks below their sides' pair (talk-venues.ts).
  if (!sport) rankTalkVenuesBelowSides(doc, countries, pairs);
  // So does the place two sides the lead names met in ("U.S. and Chinese officials met in Geneva": meeting-sides.ts).
  if (!sport) rankMeetingVenuesBelowSides(doc, countries, pairs);
  // The country of a headline's closing "amid"/"as" clause ranks below the sides' pair (background-ranks.ts).
  if (!sport) rankBackgroundBelowSides(doc, countries, pairs);
  // Equal scores: the headline's parties first, then the pair of the countries the story is more about ("Belarus
  // frees prisoners in deal with U.S." ranks BY-US over BY-LT and LT-US, all 1.00), not the alphabet (pair-order.ts).
  // The best pairs only, with evidence no longer than a reader reads: a page naming every country in one
  // sentence would otherwise give a result too large to write (pair-bounds.ts).
  return boundPairs(doc, countries, sortInPlace(pairs, comparePairs(doc.title.text, countries)));
}

/**
 * What the pair loop reads, made once a story by the first three stages; undefined when no country is in focus.
 * Exported for tests: every story's object has one hidden class, so `pairOf`'s reads stay monomorphic.
 */
export function pairStoryOf(
  doc: TagDocument,
  countries: readonly Country[],
  story: StoryKind = {},
): PairStory | undefined {
  const focus = countries.filter((c) => c.focus);
  if (!focus.length) return undefined;
  const links = storyLinks(doc, countries, focus, story);
  const placed = linkedPlaces(doc, countries, focus, links);
  return pairStory(doc, countries, focus, links, placed);
}

/** Which countries may pair and the links between them (`storyLinks`). */
type StoryLinks = ReturnType<typeof storyLinks>;
/** The sentences naming each country that may pair (`linkedPlaces`). */
type LinkedPlaces = ReturnType<typeof linkedPlaces>;
/**
 * Everything the pair loop reads (`pairStory`): the first two stages' objects as made, then readers made once a
 * story that answer once a sentence (a `PlaceKey`) or once a country.
 */
interface PairStory {
  /** Which countries may pair and the links between them (`storyLinks`). */
  readonly links: StoryLinks;
  /** The sentences naming each country that may pair (`linkedPlaces`). */
  readonly placed: LinkedPlaces;
  readonly doc: TagDocument;
  readonly countries: readonly Country[];
  readonly focus: readonly Country[];
  /** How many countries a sentence names. */
  readonly countriesIn: (key: PlaceKey) => number;
  /** Each body sentence's paragraph. */
  readonly paragraphs: () => number[];
  /** A digest's or a briefing's items: separate stories. */
  readonly digest: boolean;
  /** The two countries the story is most about (none in a digest). */
  readonly leading: Country[];
  readonly survey: boolean;
  /** A column's or an explainer's survey, taking countries as examples. */
  readonly examples: boolean;
  /** A short survey: a round-up. */
  readonly roundUp: boolean;
  /** Whether a sentence has a cue word. */
  readonly cued: (key: PlaceKey) => boolean;
  readonly lists: ReadonlyMap<string, number> | undefined;
  /** The score cap of a pair through the dateline's stand-in. */
  readonly standInCap: number;
  readonly inClauses: (c: Country) => boolean;
  readonly onSeparateTableRows: (s: SentenceSpan, a: Country, b: Country) => boolean;
  readonly onlyListed: (c: Country) => boolean;
  readonly lifeOnly: (c: Country) => boolean;
  readonly sentenceOf: (m: Mention) => PlaceKey;
  readonly sentenceText: (key: PlaceKey) => string;
  /**
   * The country with only its mentions in one sentence (whole-field keys: all of them), for the tests that read a
   * sentence's mentions alone.
   */
  readonly inSentence: (c: Country, key: PlaceKey) => Country;
  /** Whether a sentence names two countries only as members of one list in it (list-mates.ts); with `lists`. */
  readonly listMatesIn: ((a: Country, b: Country, key: PlaceKey) => boolean) | undefined;
  readonly reachedIn: (key: PlaceKey) => boolean;
  readonly whileBreakIn: (key: PlaceKey) => number;
  readonly onlyAsRangeEnds: (k: PlaceKey, a: Country, b: Country) => boolean;
  readonly throughStandIn: (evidence: readonly Mention[]) => boolean;
  readonly onlyMoves: (c: Country) => boolean;
  readonly listable: (c: Country) => boolean;
  readonly toCome: (c: Country) => boolean;
  readonly heads: (c: Country) => boolean;
  /** A story of a few countries ending on background. */
  readonly background: boolean;
  readonly late: (c: Country) => boolean;
  readonly laterObjects: LaterObjects | undefined;
  readonly stopsAt: (key: PlaceKey) => ReadonlySet<string>;
  readonly resultSidesAt: (key: PlaceKey) => ReadonlySet<string> | null;
  readonly onSeparateScoreLines: ReturnType<typeof separateScoreLines>;
  /** In long form, the salience a main pair's countries have. */
  readonly longFormMain: number | undefined;
}

/** The first stage of `linkCountryPairs`: which countries may pair, and the links sentences make between them. */
function storyLinks(
  doc: TagDocument,
  countries: readonly Country[],
  focus: readonly Country[],
  story: StoryKind,
) {
  const { sport = false } = story;
  // On the sports page, the people a country is named as the country of are players (players.ts).
  const people = sport ? story.people : undefined;
  // A story about one country reporting on ten or more sets it beside each of them (see rosterOf).
  // A vote's roll call names voters, not countries the story reports on (roll-calls.ts).
  const reported = sport ? countries : withoutRollCalls(doc, countries);
  // A story about two or three countries relates them: a long list it names too is background to that
  // relation, not a roster set beside one of them (reuters-dev, session 28: 0 of 27 such pairs in the gold).
  // So is a headline naming two countries as themselves ("Iran and U.S. resume nuclear talks in Muscat"): a
  // roster is set beside the one country a story is about.
  const aboutARelation =
    (focus.length >= 2 && focus.length <= MAX_FOCUS_WITH_BACKGROUND) || headlineNamesTwo(focus);
  const roster = sport || aboutARelation ? new Set<string>() : rosterOf(reported);
  // Sentences that coordinate two countries as the go-betweens of others' talks ("mediated by Saudi Arabia
  // and the United States"): side by side there, as list mates are.
  const goBetweens = new Set<string>();
  const coordinated = coordinatedPairs(doc, countries, sport, goBetweens, people);
  // "The United States and Britain imposed sanctions on Georgian Dream founder Bidzina Ivanishvili": the two act
  // together on the story's own country, side by side (implicit-targets.ts).
  const targeted = sport ? [] : implicitTargets(doc, countries, story.organizations);
  for (const x of targeted)
    for (const y of targeted)
      if (x.code < y.code && x.sentence === y.sentence) {
        coordinated.get(x.code)?.delete(y.code);
        coordinated.get(y.code)?.delete(x.code);
        goBetweens.add(sideBySideKey(x.code, y.code, placeKey('body', x.sentence)));
      }
  // "Ukrainian drone attacks on Russian ports and U.S. pressure on Venezuela": two acts side by side; a country of
  // one and a country of the other are list mates there (parallel-acts.ts).
  if (!sport)
    for (const x of parallelActs(doc, countries))
      goBetweens.add(sideBySideKey(x.a, x.b, placeKey('body', x.sentence)));
  // "a meeting between U.S. President Donald Trump and Chinese President Xi Jinping" (leaders-between.ts).
  const metBetween = new Map<string, Set<string>>();
  for (const [x, y] of leadersBetween(doc, countries)) {
    linkBothWays(coordinated, x, y);
    linkBothWays(metBetween, x, y);
  }
  // The sides of a two-country deal: its brokers apart, when the story has them in focus too ("JEDDAH - Ethiopia
  // and Eritrea signed a peace deal brokered by Saudi Arabia and the United Arab Emirates").
  const twoSides =
    focus.length === 2 || (focus.length === 3 && focus.filter((c) => !brokers(doc, c)).length === 2);
  // In a story about one or two countries, another named only by its cities is where things happen, no side.
  const aboutFew = focus.length <= MAX_FOCUS_BESIDE_VENUES;
  const linkableCodes = new Set<string>();
  for (const c of countries)
    if (
      c.focus ||
      (namedTimes(doc, c) >= MIN_LINKED_MENTIONS && !(aboutFew && namedOnlyAsVenues(doc, c))) ||
      roster.has(c.code) ||
      actsByOffice(doc, c) ||
      (twoSides && brokers(doc, c))
    )
      linkableCodes.add(c.code);
  const linkable = (c: Country) => linkableCodes.has(c.code);
  // A country named once in passing pairs only with the country it is coordinated with, or with a focus
  // country a word of attack, arms or visit links it to ("drone attacks on Russia's Tuapse refinery").
  const parties: Map<string, Set<string>> = sport ? new Map() : partyLinks(doc, countries, linkable);
  // "The army has accused the United Arab Emirates of arming the RSF": the institutions of the one country the story
  // is about act on another; their sentence names the country too (implicit-actors.ts).
  // "Britain condemned the verdict" in a story about Hong Kong: a country reacting to the story's event (reactions.ts).
  const acts = sport
    ? []
    : [
        ...implicitActs(doc, countries),
        ...targeted,
        ...foreignReactions(doc, countries),
        ...foreignForces(doc, countries),
      ];
  for (const act of acts) linkBothWays(parties, focus[0]!.code, act.code);
  // "Canada intends to recognise the State of Palestine": the two states of a recognition (recognitions.ts).
  // One of them the story is about, as for any party (partyLinks).
  if (!sport)
    for (const [x, y] of recognitions(doc, countries))
      if (focus.some((f) => f.code === x || f.code === y)) linkBothWays(parties, x, y);
  // The story happened where it was filed: the dateline country stands in the headline and the lead.
  const filedFrom = storyDatelineCountry(doc);
  // A country named only by its currency ("the naira weakened") is where the money is, a party to nothing.
  // A table sent as text ("| Brazil | 47,600 | United States, Germany |") links by its rows (table-rows.ts),
  // whatever the story's focus: a row states what it links.
  const rows = sport ? undefined : tableRowsOf(doc.body.text);
  const tabled = rows ? oncePerCountry((c) => namedInTable(rows, c)) : undefined;
  // "Japan and Germany sent rescue teams" to the country a quake struck: not paired with each other, and under
  // a headline naming the disaster each pairs with it, named once or more, by its name (aid-senders.ts). A story
  // whose lead only names it ("… damage to its oil export pipeline caused by last week's earthquake") keeps
  // its helpers as background, and "with the help of … a Mexican and an Argentine firm" names firms.
  const senders = sport ? NO_CODES : aidSenders(doc, countries, filedFrom);
  const helpers =
    senders.size > 0 && disasterInHeadline(doc)
      ? new Set(
          countries
            .filter((c) => senders.has(c.code) && c.mentions.some((m) => namesState(doc, m)))
            .map((c) => c.code),
        )
      : NO_CODES;
  const linked = countries.filter(
    (c) =>
      (linkable(c) ||
        coordinated.has(c.code) ||
        parties.has(c.code) ||
        tabled?.(c) === true ||
        helpers.has(c.code)) &&
      (c.code === filedFrom || !namedOnlyByCurrency(c)) &&
      // "agreed to meet again in Rome": a later meeting's venue is no party to this one (next-venues.ts).
      (c.code === filedFrom || !namedOnlyAsNextVenue(doc, c)),
  );
  return {
    sport,
    people,
    reported,
    roster,
    goBetweens,
    coordinated,
    metBetween,
    linkable,
    parties,
    acts,
    filedFrom,
    rows,
    tabled,
    senders,
    helpers,
    linked,
  };
}

/** The second stage: the sentences naming each country that may pair, the dateline's stand-ins added. */
function linkedPlaces(
  doc: TagDocument,
  countries: readonly Country[],
  focus: readonly Country[],
  links: StoryLinks,
) {
  const { sport, people, acts, filedFrom, linked } = links;
  // "Inter Milan and Barcelona drew 3-3": the clubs' towns are the match's sides, no venues (match-sides.ts).
  const sides = sport ? matchSides(doc, countries) : undefined;
  const places = new Map(linked.map((c) => [c.code, placesOf(doc, c, sport, sides, people)]));
  for (const act of acts) places.get(focus[0]!.code)?.add(placeKey('body', act.sentence));
  // A match, a race or a draw happens where it is held: the venue plays no one.
  const filed = filedFrom && !sport ? places.get(filedFrom) : undefined;
  // The sentences that name the dateline country itself, before it stands in anywhere. A dateline written
  // in the body ("WASHINGTON (Reuters) - The IMF approved a loan for Argentina") opens the lead but names
  // the country no more than a dateline given apart does.
  const filedCountry = filed ? linked.find((c) => c.code === filedFrom) : undefined;
  const ownSentences = filedCountry ? sentencesBeyondDateline(doc, filedCountry) : undefined;
  if (ownSentences && filedFrom === focus[0]!.code)
    for (const act of acts) ownSentences.add(placeKey('body', act.sentence));
  // A dateline written in the body ("BRUSSELS 1996-09-30"), shown beside the headline or lead a pair of the
  // country filed from stands in: the evidence then names both countries.
  const datelineShown = filedCountry ? inlineDateline(doc) : undefined;
  if (filed) {
    const lead = storyLeadIndex(doc);
    if (doc.title.text.trim()) filed.add(placeKey('title', 0));
    if (lead >= 0) filed.add(placeKey('body', lead));
  }
  // Each country's sentences as a list too, for the pair loop: made once, not once per pair.
  const placeLists = new Map<string, PlaceKey[]>();
  for (const [code, set] of places) placeLists.set(code, [...set]);
  return { places, filedCountry, ownSentences, datelineShown, placeLists };
}

/** The third stage: what the pair loop reads, each reader made once a story and answering once a sentence or country. */
function pairStory(
  doc: TagDocument,
  countries: readonly Country[],
  focus: readonly Country[],
  links: StoryLinks,
  placed: LinkedPlaces,
): PairStory {
  const { sport, reported } = links;
  const { ownSentences, placeLists } = placed;
  let countsIn: Map<PlaceKey, number> | undefined;
  /** How many countries a sentence names (asked only for a third country in a two-country story). */
  const countriesIn = (key: PlaceKey) => {
    if (countsIn === undefined) {
      countsIn = new Map();
      for (const keys of placeLists.values())
        for (const k of keys) countsIn.set(k, (countsIn.get(k) ?? 0) + 1);
    }
    return countsIn.get(key) ?? 0;
  };
  let paragraphOf: number[] | undefined;
  const paragraphs = () => {
    paragraphOf ??= paragraphIndex(doc.body);
    return paragraphOf;
  };
  // A digest's items ("Japan: …", "Chile: …") are separate stories: only what one of them links is a pair. So are
  // a briefing's, unlabelled under a headline naming briefs (digest.ts).
  const digest =
    !sport &&
    (isDigest(doc.body.text, countries) ||
      isBriefing(
        doc.title.text,
        countries,
        (start) => paragraphs()[sentenceIndex(doc.body.sentences, start)] ?? -1,
        doc.storyStart,
      ));
  const leading = digest ? [] : sortInPlace([...focus], (a, b) => b.salience - a.salience).slice(0, 2);
  // A survey compares the countries it reports on: every two of them are linked.
  const survey = !sport && !digest && isSurvey(surveyView(reported), doc.body.sentences, doc.body.text);
  // A column or an explainer naming many countries takes them one to a sentence as its examples (commentary.ts):
  // only a sentence naming two links them, not the piece setting them all side by side (wild39b ★8).
  const examples = survey && isCommentary(doc.title.text, doc.body.text);
  // A short survey (fewer than SURVEY_SIZE countries: "Sales fell in Germany and France. They rose in Japan and South
  // Korea. …") is a round-up: a country it names once is set beside the others, linked to none (review31 ★4).
  const roundUp =
    survey && countries.filter((c) => c.mentions.some((m) => m.field === 'body')).length < SURVEY_SIZE;
  // Whether a sentence has a cue word, asked once per sentence however many pairs share it.
  const cues = new Map<PlaceKey, boolean>();
  const cued = (key: PlaceKey) => {
    let cue = cues.get(key);
    if (cue === undefined) {
      cue = hasCue(placeMention(doc, key).text);
      cues.set(key, cue);
    }
    return cue;
  };
  const lists = listsOf({ title: doc.title.text, body: doc.body.text }, countries);
  const standInCap =
    lists !== undefined && listInHeadlineOrLead(doc, lists) ? STAND_IN_BELOW_LIST : STAND_IN_SCORE;
  // A country named only inside ", which …" clauses is background to what their sentences say (relative-clauses.ts).
  let edges: MentionEdges | undefined;
  const inClauses = oncePerCountry((c) => {
    edges ??= bodyMentionEdges(countries);
    return namedOnlyInRelativeClauses(doc, c, edges);
  });
  // "Nikkei 225 (Japan)  50,512.32 / Hang Seng (Hong Kong)  26,433.70": two rows of a table (text-tables.ts).
  const onSeparateTableRows = separateTableRows();
  const onlyListed = oncePerCountry((c) => lists !== undefined && namedOnlyInLists(lists, c));
  // "the Canadian-born architect", "from his childhood in Zlin, Czechoslovakia": a life's stations (life-stations.ts).
  const lifeOnly = oncePerCountry((c) => namedOnlyAsLifeStations(doc, c));
  const sentenceOf = (m: Mention) =>
    placeKey(m.field, sentenceIndex(fieldOf(doc, m.field).sentences, m.start));
  const sentenceText = (key: PlaceKey) => placeMention(doc, key).text;
  const listMatesIn = lists === undefined ? undefined : listMatesBySentence(lists, sentenceOf, sentenceText);
  // Each country's mentions by sentence, made once a country: the tests a pair runs on each sentence it shares read
  // that sentence's mentions alone (they read all of both countries' mentions for each: a page of thousands of
  // sentences naming the two, "Brazil rose, while Colombia fell.", took 7.8 s at 800 KB).
  const bySentence = new Map<string, Map<PlaceKey, Country>>();
  const inSentence = (c: Country, key: PlaceKey): Country => {
    if (key < 2) return c;
    let sentences = bySentence.get(c.code);
    if (sentences === undefined) {
      const grouped = new Map<PlaceKey, Mention[]>();
      for (const m of c.mentions) {
        const k = sentenceOf(m);
        const inK = grouped.get(k);
        if (inK === undefined) grouped.set(k, [m]);
        else inK.push(m);
      }
      sentences = new Map();
      for (const [k, mentions] of grouped) sentences.set(k, { ...c, mentions });
      bySentence.set(c.code, sentences);
    }
    let named = sentences.get(key);
    if (named === undefined) {
      named = { ...c, mentions: [] };
      sentences.set(key, named);
    }
    return named;
  };
  // Asked for every pair that shares a sentence, so answered once a sentence: one sentence listing 250 countries
  // holds 31,000 pairs, and each read the whole sentence again (hostile page "all countries in one sentence").
  const reachedIn = oncePerPlace((k) => reachedSideBySide(sentenceText(k)));
  const whileBreakIn = oncePerPlace((k) => whileBreakAt(placeSpan(doc, k)));
  // "From Tokyo to Berlin, cities are …", "governments from Japan to Germany": a range of examples (example-ranges.ts).
  const rangesIn = oncePerPlace((k) => {
    const s = placeSpan(doc, k);
    return exampleRanges(s.text, s.start, s.end);
  });
  // Each country's mentions in the sentence, read from its own mentions there (a whole field, key < 2, from all of
  // them): reading all of both countries' mentions for each shared sentence was quadratic (a page of thousands of
  // "From Brazil to Colombia, farmers protested on day N." took 4.5 s at 800 KB).
  const onlyAsRangeEnds = (k: PlaceKey, a: Country, b: Country) => {
    const ranges = rangesIn(k);
    if (!ranges.length) return false;
    const s = placeSpan(doc, k);
    const within = (c: Country) =>
      inSentence(c, k).mentions.filter((m) => m.field === s.field && m.start >= s.start && m.end <= s.end);
    return onlyRangeEnds(ranges, within(a), within(b));
  };
  // A paragraph link whose sentence for the country filed from is only its stand-in (the lead of a LONDON
  // story on OPEC members' output) is as weak as a shared sentence of that kind.
  const throughStandIn = (evidence: readonly Mention[]) =>
    ownSentences !== undefined &&
    !evidence.some((e) => ownSentences.has(placeKey(e.field, sentenceIndex(doc.body.sentences, e.start))));
  // Countries named only as the owners of markets that moved (a market wrap), and countries that may be
  // one of two listed after a preposition: each asked once per country, only for pairs that get that far.
  const onlyMoves = oncePerCountry((c) => namedOnlyByMoves(doc, c));
  const listable = oncePerCountry((c) => mayBeCoObject(doc, c));
  const toCome = oncePerCountry((c) => namedOnlyAsStateToBe(doc, c));
  // A roster is set beside the country the story reports on, not beside the one it was filed from or whose
  // capital hosted the meeting, named once ("JOHANNESBURG — … under South Africa's presidency").
  const heads = oncePerCountry((c) => anchorsRoster(doc, c));
  // A country named first near the end of a long story about a few countries is background (named-late.ts).
  const background = !sport && focus.length <= MAX_FOCUS_WITH_BACKGROUND && endsOnBackground(doc);
  const late = oncePerCountry((c) => namedLate(doc, c));
  // A short story's second sentence naming countries only as objects ("Shipments to China rose, while exports to
  // the United States fell") relates them to the lead's subject alone; countries it opens with, reacting to the
  // lead's event ("Egypt and Jordan rejected the plan"), are side by side (later-objects.ts).
  const laterObjects = sport ? undefined : laterObjectsOf(doc, countries);
  // The stops of a trip each sentence names ("will visit Ghana, Trinidad and Tobago and Argentina"), asked
  // once per sentence, only for pairs that get that far.
  const stops = new Map<PlaceKey, ReadonlySet<string>>();
  const stopsAt = (key: PlaceKey) => {
    let codes = stops.get(key);
    if (codes === undefined) {
      codes = stopsIn(placeSpan(doc, key), countries);
      stops.set(key, codes);
    }
    return codes;
  };
  // The sides of one result in each sentence reporting several, read once per sentence: a results list sent as
  // one sentence names every country, and reading it again for each pair of them was quadratic.
  const resultSides = new Map<PlaceKey, ReadonlySet<string> | null>();
  const resultSidesAt = (key: PlaceKey) => {
    let sides = resultSides.get(key);
    if (sides === undefined) {
      sides = holdsResults(placeMention(doc, key).text)
        ? sidesOfOneResult(placeSpan(doc, key), countries)
        : null;
      resultSides.set(key, sides);
    }
    return sides;
  };
  // Whether two countries stand on separate results lines of a sentence, each sentence and country read once.
  const onSeparateScoreLines = separateScoreLines(doc.body.text);
  // A feature's shared sentences are bounded by how central both countries are (long-form.ts).
  const longFormMain = isLongForm(doc) ? mainPairSalience(countries) : undefined;
  // The two earlier stages' objects are held as they are, not spread into this one: a literal with spreads
  // gets a new hidden class each story, so every read in \`pairOf\` missed V8's inline caches (speed46).
  return {
    links,
    placed,
    doc,
    countries,
    focus,
    countriesIn,
    paragraphs,
    digest,
    leading,
    survey,
    examples,
    roundUp,
    cued,
    lists,
    standInCap,
    inClauses,
    onSeparateTableRows,
    onlyListed,
    lifeOnly,
    sentenceOf,
    sentenceText,
    listMatesIn,
    inSentence,
    reachedIn,
    whileBreakIn,
    onlyAsRangeEnds,
    throughStandIn,
    onlyMoves,
    listable,
    toCome,
    heads,
    background,
    late,
    laterObjects,
    stopsAt,
    resultSidesAt,
    onSeparateScoreLines,
    longFormMain,
  };
}

/** The last stage: the pair of `a` and `b`, when the story links them. */
function pairOf(s: PairStory, a: Country, b: Country): CountryPair | undefined {
  const joined = s.links.coordinated.get(a.code)?.has(b.code) ?? false;
  const party = s.links.parties.get(a.code)?.has(b.code) ?? false;
  // A country a table names is linked by a row that names it as what the row is about and the other in a
  // later cell, or by a sentence outside the table: not by standing in one table, which lists them all,
  // nor by the story's survey, roster or focus, which the table's rows fill.
  const inTable = s.links.tabled !== undefined && (s.links.tabled(a) || s.links.tabled(b));
  const row = inTable ? rowLinking(s.doc.body.text, s.links.rows!, a, b, s.countries) : undefined;
  // A sender of aid and the country struck: the help links them (aid-senders.ts).
  const aided =
    s.links.helpers.size > 0 &&
    ((s.links.helpers.has(a.code) && b.focus && !s.links.senders.has(b.code)) ||
      (s.links.helpers.has(b.code) && a.focus && !s.links.senders.has(a.code)));
  if (
    !joined &&
    !party &&
    !row &&
    !aided &&
    ((!a.focus && !b.focus) || !s.links.linkable(a) || !s.links.linkable(b))
  )
    return undefined;
  // "KOUROU, French Guiana - … a French satellite": an overseas department is part of France, no party.
  if (OVERSEAS_PART_OF.get(a.code) === b.code || OVERSEAS_PART_OF.get(b.code) === a.code) return undefined;
  const shared = sharedSentences(s, a, b, joined, inTable);
  const isLeadingPair =
    !inTable && !s.examples && a.focus && b.focus && s.leading.includes(a) && s.leading.includes(b);
  // A word of attack or visit between the two is a cue whether or not hasCue finds it ("accused by").
  const cuedSentences = shared.filter(s.cued).length || (party ? 1 : 0);
  const bothFocus = a.focus && b.focus;
  const surveyed =
    !inTable &&
    s.survey &&
    !s.examples &&
    bothFocus &&
    Math.min(a.salience, b.salience) >= SURVEY_MIN_SALIENCE;
  // Two countries the story is about, named in two sentences of one paragraph.
  const together =
    bothFocus && !shared.length && !s.links.sport && !inTable && !s.examples
      ? paragraphLink(
          s.doc,
          s.paragraphs(),
          s.placed.places.get(a.code)!,
          s.placed.places.get(b.code)!,
          s.longFormMain !== undefined,
        )
      : undefined;
  // Outside a survey, two countries the story is about are related by it even when no sentence or
  // paragraph holds both ("Japan, China and the U.S." each reported on at length); the weakest link.
  const coFocus = bothFocus && !s.survey && !inTable && !s.digest;
  const rostered =
    !inTable &&
    ((a.focus && s.links.roster.has(b.code) && s.heads(a)) ||
      (b.focus && s.links.roster.has(a.code) && s.heads(b)));
  // A story about two countries relates those two: a third it names beside one of them, outside its focus,
  // is background to that relation ("Japan buys soybeans from China" with "low U.S. crop prices").
  // A sentence that names the third and one side alone, with a word of an act between them ("North
  // Korea fired a missile into the sea off Japan", "Venezuela sells oil to China"), still pairs them.
  if (
    !bothFocus &&
    s.focus.length === 2 &&
    !s.links.sport &&
    !joined &&
    !party &&
    !aided &&
    !rostered &&
    row === undefined &&
    !shared.some(
      (k) =>
        s.countriesIn(k) === 2 && actBetween(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)),
    ) &&
    !shared.some((k) => brokersIn(placeSpan(s.doc, k), s.inSentence(a.focus ? b : a, k))) &&
    !shared.some((k) => inRelationApposition(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)))
  )
    return undefined;
  // A story about one to three countries links them first: a country outside its focus that the body
  // first names near its end is background to the story, a party to none of its links (named-late.ts).
  // A late clause whose subject is the two coordinated, acting together ("Separately, Japan and South
  // Korea signed a deal"), states its own pair (not "tensions between Japan and the U.S.", "Iran-Iraq war"), and
  // so does a meeting of their leaders ("a meeting between U.S. President Donald Trump and Chinese President Xi").
  if (
    s.background &&
    a.focus !== b.focus &&
    row === undefined &&
    !party &&
    s.late(a.focus ? b : a) &&
    !shared.some(
      (k) =>
        s.countriesIn(k) === 2 && actBetween(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)),
    ) &&
    !(joined && shared.some((k) => subjectsOfOneAct(placeSpan(s.doc, k), a, b))) &&
    !s.links.metBetween.get(a.code)?.has(b.code) &&
    !shared.some((k) => inRelationApposition(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)))
  )
    return undefined;
  if (
    s.laterObjects !== undefined &&
    !party &&
    row === undefined &&
    reactSideBySide(s.laterObjects, a.code, b.code)
  )
    return undefined;
  if (
    s.laterObjects?.objects.size &&
    !joined &&
    !party &&
    !aided &&
    !rostered &&
    row === undefined &&
    unrelatedLaterObjects(s.laterObjects, a.code, b.code, shared.length > 0)
  )
    return undefined;
  const linkedBySentence = shared.length > 0 && (bothFocus || cuedSentences > 0);
  // No sentence names the country filed from: it pairs only through its stand-in ("DUBAI" over a
  // story on Iran and the United States), which agencies index but no sentence shows: the weakest link.
  const filedPair = a.code === s.links.filedFrom || b.code === s.links.filedFrom;
  // Nor does a sentence naming it only beside the other as two objects of a third's act ("KUALA LUMPUR — …
  // Trump also signed trade deals with Malaysia and Cambodia"): the host still only stands in (review30 P6).
  const standIn =
    s.placed.ownSentences !== undefined &&
    filedPair &&
    shared.every((k) => !s.placed.ownSentences!.has(k) || objectsOfOnePreposition(placeSpan(s.doc, k), a, b));
  const kept = s.links.sport
    ? linkedBySentence || joined
    : joined ||
      party ||
      rostered ||
      coFocus ||
      isLeadingPair ||
      linkedBySentence ||
      cuedSentences > 0 ||
      surveyed ||
      together ||
      aided ||
      row !== undefined;
  if (!kept) return undefined;
  if (s.links.senders.has(a.code) && s.links.senders.has(b.code)) return undefined;
  // A country named only as where a person was born, grew up or lived is a station of that life, no side.
  if (!s.links.sport && !joined && !party && row === undefined && (s.lifeOnly(a) || s.lifeOnly(b)))
    return undefined;
  // Two stops of one visitor's trip, named together only as its stops, are on one itinerary: each is
  // linked to the visitor, not to the other (itinerary.ts).
  if (
    !s.links.sport &&
    !joined &&
    !party &&
    row === undefined &&
    shared.length &&
    shared.every((k) => {
      const codes = s.stopsAt(k);
      return codes.has(a.code) && codes.has(b.code);
    })
  )
    return undefined;
  // "exports to Ghana and Cameroon": every sentence naming both lists them as what a third acts on.
  if (
    !party &&
    shared.length &&
    s.listable(a) &&
    s.listable(b) &&
    shared.every((k) => coObjectsIn(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k), !s.survey))
  )
    return undefined;
  // Two markets moving in the same hour are set side by side, not linked.
  if (!joined && s.onlyMoves(a) && s.onlyMoves(b)) return undefined;
  // "Kenyan shilling steady, Nigerian naira weakens": every sentence naming both is a roundup of markets.
  if (
    !joined &&
    !party &&
    shared.length &&
    shared.every((k) => marketsSideBySide(s.doc, placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)))
  )
    return undefined;
  // A list sentence sets its members side by side: it adds nothing to a pair the story links otherwise
  // ("the Quad — the United States, Saudi Arabia, Egypt and the UAE — proposed a truce" beside "the US
  // envoy has been shuttling between Cairo, Abu Dhabi and Port Sudan"), and a pair only lists hold
  // scores at the list cap.
  const mates =
    (s.lists !== undefined || s.links.goBetweens.size > 0) && shared.length
      ? shared.filter(
          (k) => s.links.goBetweens.has(sideBySideKey(a.code, b.code, k)) || s.listMatesIn?.(a, b, k),
        )
      : NO_PLACES;
  const listMates = mates.length > 0 && mates.length === shared.length;
  // A country outside the focus that a story names only as one more member of a list beside a focus
  // country ("six nations - Britain, Canada, France, Japan, the U.S. and West Germany - pledged" in a story
  // about Japan's minister) is background to it: the list names who a group is, not what the story links.
  if (listMates && !bothFocus && !joined && !party && !rostered && !aided && row === undefined && !together)
    return undefined;
  const linking = mates.length && !listMates ? withoutSubsequence(shared, mates) : shared;
  // A sentence where one of the two only reports what it says ("Israel and Hamas agreed to extend a ceasefire,
  // Qatar's foreign ministry said") names both, but its cue is the others' (review26 #4): the speaker's pairs
  // rank below the parties'.
  // Counted up to two, all the score reads: a page of 30,000 such sentences asked each one, reading all of
  // both countries' mentions each time (5 s a megabyte).
  const linkCued =
    countUpTo(
      2,
      linking,
      (k) =>
        s.cued(k) &&
        !reportsOnly(s.doc, placeSpan(s.doc, k), s.inSentence(a, k)) &&
        !reportsOnly(s.doc, placeSpan(s.doc, k), s.inSentence(b, k)),
    ) || (party ? 1 : 0);
  const linkScore = linking.length
    ? Math.min(
        standIn ? s.standInCap : 1,
        0.5 +
          0.1 * linking.length +
          0.15 * Math.min(linkCued, 2) +
          (isLeadingPair ? 0.1 : 0) -
          (bothFocus ? 0 : 0.2),
      )
    : row
      ? 0.5
      : together
        ? Math.min(
            filedPair && s.throughStandIn(together) ? s.standInCap : 1,
            0.5 + (isLeadingPair ? 0.1 : 0),
          )
        : Math.min(isLeadingPair ? 0.6 : 0.4, 0.3 + 0.3 * Math.min(a.salience, b.salience));
  // Kept at the list cap too, as a list sentence's pair: a country named only as one more member of lists ("The
  // group, which also includes Iraq, the United Arab Emirates, …") that no sentence links to the other (a paragraph
  // or focus link), and two countries a round-up names once each in no sentence with a cue, or only coordinated
  // ("ample supplies from Brazil and India", "prices up 20% in Malawi and Zimbabwe"; review30 P1, review31 ★4). Scores only: the Reuters gold pairs all of a round-up's or a list's countries, and so does the tagger.
  const sideBySide =
    !joined &&
    !party &&
    !aided &&
    row === undefined &&
    ((!linking.length && (s.onlyListed(a) || s.onlyListed(b))) ||
      (s.roundUp &&
        namedTimes(s.doc, a) <= 1 &&
        namedTimes(s.doc, b) <= 1 &&
        (linkCued === 0 || linking.every((k) => coordinatedIn(placeSpan(s.doc, k), a, b)))) ||
      // "Bird flu outbreaks reported in Poland and Hungary": each its own outbreak (separate-outbreaks.ts).
      ((linkCued === 0 || linking.every((k) => coordinatedIn(placeSpan(s.doc, k), a, b))) &&
        separateOutbreaks(s.doc, a, b)) ||
      // "Mpox spreads to Malaysia and Pakistan": the places a disease reached (separate-outbreaks.ts); "the wars in
      // Sudan and Yemen": a war in each.
      (linking.length > 0 &&
        linking.every((k) => {
          const span = placeSpan(s.doc, k);
          return (s.reachedIn(k) && coordinatedIn(span, a, b)) || separateConflictsIn(span, a, b);
        })));
  const clauseOnly = row === undefined && !s.links.sport && (s.inClauses(a) || s.inClauses(b));
  const listed = listMates || sideBySide || clauseOnly ? Math.min(linkScore, LIST_SCORE) : linkScore;
  // "a clear path to a Palestinian state": the state to come is what the parties talk about (states-to-be.ts).
  const stated = s.toCome(a) || s.toCome(b) ? Math.min(listed, STATE_TO_BE_SCORE) : listed;
  // In long form, shared sentences raise a pair only as far as the story is about both (long-form.ts).
  const score = s.longFormMain === undefined ? stated : Math.min(stated, longFormCap(a, b, s.longFormMain));
  // Only what is kept: a pair with shared sentences has no paragraph link. The sentences that name both
  // come before those where the country filed from only stands in (a headline naming one of them), and
  // those that link the two before the lists that only hold them.
  const ordered = linking === shared ? shared : [...linking, ...mates];
  const named =
    standIn || !filedPair || !s.placed.ownSentences
      ? ordered
      : namingBothFirst(ordered, s.placed.ownSentences);
  // Pushed into one literal: `map` gave a holey array once optimised and a packed one before, and each switch
  // deoptimised this function where it reads the evidence ("wrong map"; speed21, speed45).
  const evidence: Mention[] = [];
  for (let k = 0; k < named.length && k < MAX_EVIDENCE; k++)
    evidence.push(placeMention(s.doc, named[k] as PlaceKey));
  if (together) evidence.push(...together);
  if (row && evidence.length < MAX_EVIDENCE) evidence.push(row);
  const codes: [string, string] = a.code < b.code ? [a.code, b.code] : [b.code, a.code];
  const shown = (evidence.length ? evidence : leadEvidence(s.doc, a, b)).slice(0, MAX_EVIDENCE);
  return {
    pair: `${codes[0]}-${codes[1]}`,
    countries: codes,
    score: Math.round(score * 1000) / 1000,
    evidence:
      s.placed.datelineShown !== undefined && filedPair && !namesCountry(shown, s.placed.filedCountry!)
        ? withDateline(shown, s.placed.datelineShown)
        : shown,
  };
}

/** The sentences naming both `a` and `b` that link them (not two events, table rows, score lines or a range's ends). */
function sharedSentences(
  s: PairStory,
  a: Country,
  b: Country,
  joined: boolean,
  inTable: boolean,
): PlaceKey[] {
  const inB = s.placed.places.get(b.code)!;
  let shared = s.placed.placeLists.get(a.code)!.filter((k) => inB.has(k));
  // "Altman met Starmer in London, while Amodei spoke at a conference in Berlin": two events side by side.
  // "Nikkei 225 (Japan)  50,512.32 / Hang Seng (Hong Kong)  26,433.70": two rows of a table (text-tables.ts).
  if (!s.links.sport && shared.length)
    shared = shared.filter(
      (k) =>
        !onTwoSidesOfWhile(placeSpan(s.doc, k), s.whileBreakIn(k), s.inSentence(a, k), s.inSentence(b, k)) &&
        !s.onSeparateTableRows(placeSpan(s.doc, k), s.inSentence(a, k), s.inSentence(b, k)) &&
        !s.onlyAsRangeEnds(k, a, b),
    );
  // A results list sent as text is one sentence; its lines say who played whom (score-lines.ts).
  // Two results in one sentence ("Ireland beat England … and Argentina beat Portugal …") are two matches:
  // only the sides of one result are linked by it.
  if (s.links.sport && shared.length)
    shared = shared.filter(
      (k) =>
        (k % 2 === 0 || !s.onSeparateScoreLines(placeSpan(s.doc, k), a, b)) &&
        (joined || (s.resultSidesAt(k)?.has(sidesKey(a.code, b.code)) ?? true)),
    );
  if (inTable)
    shared = shared.filter((k) => {
      const span = placeSpan(s.doc, k);
      return k % 2 === 0 || !holdsTableRow(s.links.rows!, span.start, span.end);
    });
  return shared;
}

/** How many of `items` pass `test`, counting no further than `limit`. */
function countUpTo<T>(limit: number, items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item) && ++count === limit) break;
  return count;
}

/** Whether a list of three or more countries stands in the headline or the lead (list keys are "field:start"). */
function listInHeadlineOrLead(doc: TagDocument, lists: ReadonlyMap<string, number>): boolean {
  const lead = storyLead(doc);
  for (const key of lists.keys()) {
    if (key.startsWith('title:')) return true;
    const at = Number(key.slice(5));
    if (lead && key.startsWith('body:') && at >= lead.start && at < lead.end) return true;
  }
  return false;
}

/** Right after a speaker's country: its office or ministry, then the verb of saying ("'s foreign ministry said"). */
const SPEAKER_AFTER = /^(?:'s|\u2019s)?(?:\s+[A-Za-z-]+){0,3}\s+(?:said|says|told|reported)\b/;
/** Right before it: the comma that ends the reported clause (", Qatar's foreign ministry said"). */
const ATTRIBUTION_BEFORE = /,\s*$/;

/** Whether every mention of the country in the sentence is the speaker of a closing attribution. */
function reportsOnly(doc: TagDocument, s: SentenceSpan, c: Country): boolean {
  let named = false;
  for (const m of c.mentions) {
    if (m.field !== s.field || m.start < s.start || m.end > s.end) continue;
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (!ATTRIBUTION_BEFORE.test(s.text.slice(Math.max(s.start, m.start - 3), m.start))) return false;
    if (!SPEAKER_AFTER.test(s.text.slice(m.end, m.end + 40))) return false;
    named = true;
  }
  return named;
}

/** ", while", ", whereas": the break between two clauses that report two things side by side. */
const WHILE_BREAK = /,\s+(?:while|whereas)\s/gi;

/** Where the sentence's first ", while" or ", whereas" stands (an offset in its field), or -1. */
function whileBreakAt(s: SentenceSpan): number {
  const text = s.text.slice(s.start, s.end);
  if (!text.includes('whi') && !text.includes('wherea')) return -1;
  WHILE_BREAK.lastIndex = 0;
  const match = WHILE_BREAK.exec(text);
  return match ? s.start + match.index : -1;
}

/**
 * Whether a sentence names one country only before its ", while" (at `at`, whileBreakAt) and the other only after
 * it ("Altman met Starmer in London, while Amodei spoke at a conference in Berlin", review26 #6): two events, not a
 * link between them.
 */
function onTwoSidesOfWhile(s: SentenceSpan, at: number, a: Country, b: Country): boolean {
  if (at < 0) return false;
  const side = (c: Country): number => {
    let before = false;
    let after = false;
    for (const m of c.mentions) {
      if (m.field !== s.field || m.start < s.start || m.end > s.end) continue;
      if (m.end <= at) before = true;
      else after = true;
    }
    return before && after ? 0 : before ? -1 : after ? 1 : 0;
  };
  const sa = side(a);
  const sb = side(b);
  return sa !== 0 && sb !== 0 && sa !== sb;
}

/** Records two codes as linked, each under the other. */
function linkBothWays(links: Map<string, Set<string>>, x: string, y: string): void {
  for (const [p, q] of [
    [x, y],
    [y, x],
  ] as const) {
    const set = links.get(p) ?? new Set<string>();
    set.add(q);
    links.set(p, set);
  }
}

/** `ask` answered once per country (by code), the first time it is asked. */
function oncePerCountry(ask: (c: Country) => boolean): (c: Country) => boolean {
  const answers = new Map<string, boolean>();
  return (c) => {
    let answer = answers.get(c.code);
    if (answer === undefined) {
      answer = ask(c);
      answers.set(c.code, answer);
    }
    return answer;
  };
}

/** Asks once per sentence (place key) of one article, and remembers the answer. */
function oncePerPlace<T>(ask: (key: PlaceKey) => T): (key: PlaceKey) => T {
  const answers = new Map<PlaceKey, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = ask(key);
    answers.set(key, answer);
    return answer;
  };
}

/**
 * The keys of `all` that are not in `some`, in order; `some` is a filter of `all` (keys once each, in the same order),
 * so one walk through both finds them: asking `some.includes` of each key was quadratic on a page of thousands of
 * sentences shared by a pair, some of them lists.
 */
function withoutSubsequence(all: readonly PlaceKey[], some: readonly PlaceKey[]): readonly PlaceKey[] {
  const rest: PlaceKey[] = [];
  let next = 0;
  for (const k of all) {
    if (next < some.length && some[next] === k) next++;
    else rest.push(k);
  }
  return rest;
}

/** The sentences that name the country filed from first, then those where it only stands in, in order. */
function namingBothFirst(shared: readonly PlaceKey[], own: ReadonlySet<PlaceKey>): PlaceKey[] {
  if (shared.every((k) => own.has(k))) return shared as PlaceKey[];
  return [...shared.filter((k) => own.has(k)), ...shared.filter((k) => !own.has(k))];
}

/**
 * A mention naming the country itself, not its people or firms: "Chinese and U.S. companies offered help" names
 * firms, by a people's word or by a code before their plural noun (read27 P3).
 */
const FIRMS_AFTER = /^\s+(?:companies|firms|businesses|groups|banks|contractors)\b/i;
function namesState(doc: TagDocument, m: Mention): boolean {
  return (
    lookupDemonym(m.text) === undefined &&
    !FIRMS_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 16))
  );
}

/** Whether the headline names two of the focus countries as themselves, not by a city or region. */
function headlineNamesTwo(focus: readonly Country[]): boolean {
  let n = 0;
  for (const c of focus)
    if (c.mentions.some((m) => m.field === 'title' && !isVenue(m)) && ++n === 2) return true;
  return false;
}

/** A country named as the broker of others' deal or talks (party-links.ts), anywhere in the story. */
function brokers(doc: TagDocument, c: Country): boolean {
  return c.mentions.some((m) => namedAsBroker(fieldOf(doc, m.field).text, m));
}

/** A country named in a sentence as the broker of the deal or talks it reports ("brokered by China"). */
function brokersIn(s: SentenceSpan, c: Country): boolean {
  return c.mentions.some(
    (m) => m.field === s.field && m.start >= s.start && m.end <= s.end && namedAsBroker(s.text, m),
  );
}

/**
 * "The meeting comes as U.S. President Donald Trump has imposed 50% tariffs on Indian goods": a country
 * named once, in the office of a person who acts in the sentence, is a party as much as a country named
 * twice (a cue in the sentence is still needed).
 */
function actsByOffice(doc: TagDocument, c: Country): boolean {
  return c.mentions.some((m) => opensOfficeHolder(fieldOf(doc, m.field).text, m.end));
}

/**
 * Cities named together are places the story passes through ("offices in London and Paris"), and a
 * capital may stand for something other than its country ("relations with Moscow and Brussels").
 */
const isCity = (m: Mention): boolean => placeKindOf(m) === 'city';

/** Before the first of two coordinated subjects: the start of a sentence or clause. */
const CLAUSE_OPENS_BEFORE = /(?:^\s*|[.!?;:"\u201c(]\s*|,\s+|\b(?:as|that|when|after|while|since|but)\s+)$/i;
/** After the second: the act of two governments ("held joint drills", "have agreed", "will resume talks"). */
const STATE_ACT_AFTER =
  /^\s+(?:(?:have|has|had|will|would|also|jointly|recently|on\s+\w+day)\s+)*(?:held|hold|staged?|conduct(?:ed)?|signed?|agreed?|announced|launched|began|begin|resumed?|restored?|established|pledged|vowed|reached|exchanged|opened|stepped up|(?:are|were)\s+(?:holding|staging|conducting|negotiating))\b/i;

/**
 * "Seoul and Washington held joint military drills", "Japan and South Korea signed a deal": two places
 * coordinated as the subject of a state act.
 */
function actTogether(text: string, m1: Mention, m2: Mention): boolean {
  return (
    CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, m1.start - 12), m1.start)) &&
    STATE_ACT_AFTER.test(text.slice(m2.end, m2.end + 48))
  );
}

const AND = /and|&/;
/** ", as", " while", " amid": the opening of a closing clause beside the main one. */
const TRAILING_CLAUSE_BEFORE = /(?:,\s*|\s)(?:as|while|whereas|amid)\s+(?:the\s+)?$/i;
const PREPOSITION_BEFORE = /\b(?:in|on|of|from|to|into|over|for|by|at|against|across|with)\s+(?:the\s+)?$/i;
const CO_OBJECT_BEFORE = /\b(?:on|from|to|into|for|against|with)\s+(?:the\s+)?$/i;
/**
 * "such as", "including", "like": what follows gives examples of a kind, not parties acting together; "as did", "as
 * have", "so did": what follows did as the clause's subject did ("The United States … condemned the attack, as did
 * Japan and Australia"), each beside it, not with the other.
 */
const EXAMPLES_BEFORE =
  /\b(?:such as|including|like|(?:as|so) (?:did|do|does|have|has|had|will|would))\s+(?:the\s+)?$/i;
const LOWER_WORD_AFTER = lazyPattern(() => /^\s+\p{Ll}/u);

/**
 * "The civil war in Myanmar and U.S. tariffs": the first country ends one phrase (after a preposition)
 * and the second opens the next, as a modifier of the word after it; the two are not coordinated.
 */
function endsAndOpensPhrases(text: string, firstStart: number, secondEnd: number): boolean {
  return (
    PREPOSITION_BEFORE.test(text.slice(Math.max(0, firstStart - 20), firstStart)) &&
    LOWER_WORD_AFTER.test(text.slice(secondEnd, secondEnd + 3))
  );
}

/** Before the first of two countries, a conflict in the plural: "the wars in ", "conflicts in the ". */
const SEPARATE_CONFLICTS_BEFORE = /\b(?:wars|conflicts|crises|insurgencies)\s+in\s+(?:the\s+)?$/i;

/** Two list items: a comma or a connective, nothing else, between two country mentions. */
const LISTED_AT = /\s*(?:,|,?\s*and|&)\s*(?:the\s+)?/y;
const LISTED_BEFORE = /\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/;

/** "X and Y", "X-Y", "X/Y": nothing but a connective between two country mentions. */
const CONNECTIVE_AT = /\s*(?:and|&|-|\u2013|\u2014|\/)\s*(?:the\s+)?/y;
/** A mention and the code of its country. */
type CountryMention = readonly [Mention, string];

/**
 * Countries coordinated in a sentence with a cue ("Thai and Cambodian leaders will sign a peace deal",
 * "India-Pakistan talks"): the sentence is about the two of them together, whether or not the story is
 * about either. Each code maps to the codes it is coordinated with.
 */
function coordinatedPairs(
  doc: TagDocument,
  countries: readonly Country[],
  sport: boolean,
  goBetweens: Set<string>,
  people: PeopleSpans | undefined,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (countries.length < 2) return out;
  let index: MentionIndex | undefined;
  let cues: Map<PlaceKey, boolean> | undefined;
  // Answers by code: asked at every match between two mentions, it reads all of a country's mentions.
  const hosting = new Map<string, boolean>();
  for (const c of countries)
    for (const m1 of c.mentions) {
      const field = fieldOf(doc, m1.field);
      const text = field.text;
      const joint = jointAt(text, m1.end, sport);
      if (!joint) continue;
      // Built for the first candidate only: most stories coordinate no two countries.
      index ??= indexMentions(countries);
      const starts = index.starts[m1.field];
      const next = starts.get(m1.end + joint.text.length);
      if (!next || next[1] === c.code) continue;
      const m2 = next[0];
      // "Nakamura of the United States drew with China's Wei Yi": two players, no match between countries.
      if (people && (namesPlayer(text, m1, people) || namesPlayer(text, m2, people))) continue;
      // "150 Malaysian/Singapore cents", "Australian and New Zealand dollars": the two name one money or two
      // monies an amount is in, not parties acting together.
      if (namesMoney(doc, m2)) continue;
      // "won 2-1 in Paraguay" is a match against Paraguay, not "won 2-1 in Qatar" at a World Cup it hosts.
      if (joint.match && AWAY_AT.test(joint.text) && hostsAnEvent(doc, countries, next[1], hosting)) continue;
      if (namedAbsent(text, m1.start, m1.end) || namedAbsent(text, m2.start, m2.end)) continue;
      if (!joint.match) {
        if (AND.test(joint.text) && endsAndOpensPhrases(text, m1.start, m2.end)) continue;
        // "debt relief for Zambia and Ethiopia", "talks with Japan and South Korea": two objects of one
        // preposition are what a third acts on, side by side ("between Japan and the U.S." links them).
        if (AND.test(joint.text) && CO_OBJECT_BEFORE.test(text.slice(Math.max(0, m1.start - 12), m1.start)))
          continue;
        // "a summit overshadowed by the wars in Sudan and Yemen": two conflicts, one in each, side by side (review62).
        if (
          AND.test(joint.text) &&
          SEPARATE_CONFLICTS_BEFORE.test(text.slice(Math.max(0, m1.start - 24), m1.start))
        )
          continue;
        // "…, angering China and South Korea": two objects of one verb, what its subject acts on (co-objects.ts).
        if (AND.test(joint.text) && verbObjectsIn(sentenceSpanAt(field, m1.start), m1, m2)) continue;
        // "will visit Ghana and Argentina": two stops of one trip, each the visitor's (itinerary.ts).
        if (AND.test(joint.text) && travelsTo(text.slice(Math.max(0, m1.start - 32), m1.start))) continue;
        // "third in the medal table behind Norway and the United States": a ranking, no match (rankings.ts).
        if (sport && AND.test(joint.text) && rankedAt(text, m1.start)) continue;
        // Two countries alone, not the end of a list ("Japan, Britain and Canada agreed"); fixtures in
        // a row ("the United States play Paraguay, Mexico open against South Africa") are each a match.
        const listedBefore = LISTED_BEFORE.exec(text.slice(Math.max(0, m1.start - 16), m1.start));
        if (listedBefore && index.ends[m1.field].has(m1.start - listedBefore[0].length)) continue;
        LISTED_AT.lastIndex = m2.end;
        const listedAfter = LISTED_AT.exec(text);
        if (listedAfter && starts.has(m2.end + listedAfter[0].length)) continue;
        // "The Canada-United States-Mexico Agreement (CUSMA) is due for a joint review": a treaty named by
        // its parties is a name, not a link between them (the story's focus still pairs them if it is
        // about them).
        TREATY_NAME_AT.lastIndex = m2.end;
        if (TREATY_NAME_AT.test(text)) continue;
        // "… and Somali President Hassan Sheikh Mohamud attended the ceremony": guests, side by side (guests.ts).
        const mentions = index;
        const namesGuests = (from: number, to: number) =>
          namesOnly(mentions, m1.field, from, to, c.code, next[1]);
        // "snubbing U.S. and French bids": two losing bidders side by side (losing-bids.ts).
        if (
          thirdParties(text, m1.start, m2.end) ||
          guestsAfter(text, m2.end, namesGuests) ||
          namesLosingBidder(text, m1.start, m1.end)
        ) {
          const key = placeKey(m1.field, sentenceIndex(field.sentences, m1.start));
          goBetweens.add(sideBySideKey(c.code, next[1], key));
          continue;
        }
      }
      // On the sports page "X and Y" are two sides only in a sentence about a match ("Brazil and Morocco
      // drew 1-1"), not in a ranking ("ahead of Italy and Germany" in the medal table).
      // "Seoul and Washington held joint military drills": two cities opening a clause as the subject of a
      // state's act are their governments; elsewhere cities named together are places (isCity).
      const cities = isCity(m1) || isCity(m2);
      if (cities && (sport || joint.match || !actTogether(text, m1, m2))) continue;
      if (cities) {
        if (!CUE_WORD.test(sentenceMention(field, sentenceIndex(field.sentences, m1.start)).text)) continue;
      } else if (!sport && TRAILING_CLAUSE_BEFORE.test(text.slice(Math.max(0, m1.start - 12), m1.start))) {
        // "Canada agreed to buy icebreakers …, as Russia and China step up activity in the region": two countries
        // opening a closing "as"/"while"/"amid" clause are linked only by a cue of that clause, not the main one's.
        const sentence = sentenceMention(field, sentenceIndex(field.sentences, m1.start));
        if (!RELATION_CUE.test(text.slice(m1.start, sentence.end))) continue;
      } else if (!sport || !joint.match) {
        const sentence = sentenceIndex(field.sentences, m1.start);
        const key = placeKey(m1.field, sentence);
        cues ??= new Map();
        let cue = cues.get(key);
        if (cue === undefined) {
          cue = (sport ? MATCH_WORD : RELATION_CUE).test(sentenceMention(field, sentence).text);
          cues.set(key, cue);
        }
        if (!cue) continue;
      }
      // "Niger and Burkina Faso have also cut ties with France": the two act together on a third.
      const third =
        joint.match || PREPOSITION_BEFORE.test(text.slice(Math.max(0, m1.start - 20), m1.start))
          ? undefined
          : actedOnAfter(field, m2.end, index, m1.field);
      if (third !== undefined && third !== c.code && third !== next[1]) {
        linkBothWays(out, c.code, third);
        linkBothWays(out, next[1], third);
        // The two act side by side there: that sentence is no link between them (list cap, as go-betweens).
        goBetweens.add(
          sideBySideKey(c.code, next[1], placeKey(m1.field, sentenceIndex(field.sentences, m1.start))),
        );
        continue;
      }
      // "Smaller full members, such as Zimbabwe and Ireland, say …": two examples of a kind, not two parties acting
      // together (what they act on together, as "steel imported from countries such as South Korea and Taiwan" into
      // the United States, is linked to each above).
      if (
        !joint.match &&
        AND.test(joint.text) &&
        EXAMPLES_BEFORE.test(text.slice(Math.max(0, m1.start - 16), m1.start))
      )
        continue;
      linkBothWays(out, c.code, next[1]);
    }
  return out;
}

const CLAUSE_END = /[,;:(]/;
/** "… cut ties with France", "… filed a complaint against Chile": a party the clause acts with or on. */
const ACTED_ON_BEFORE = /\b(?:with|against|to|toward|towards)\s+(?:the\s+)?$/i;
/** "… move their talks to Geneva", "sent envoys to Washington": after "to" a city or region is a venue. */
const TOWARD_BEFORE = /\bto(?:wards?)?\s+(?:the\s+)?$/i;

/**
 * The country a clause opened by two coordinated countries acts with or on, later in the same sentence,
 * right after "with" or "against" (codes from the mention index by start offset). The mentions are read in
 * order of their start from the first after `from`, so a long story costs a search, not a pass over all
 * its mentions per coordination.
 */
function actedOnAfter(
  field: FieldText,
  from: number,
  index: MentionIndex,
  fieldName: 'title' | 'body',
): string | undefined {
  const end = sentenceOrFieldAt(field, from).end;
  const order = index.ordered[fieldName];
  const starts = index.starts[fieldName];
  // The first start after `from`.
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  // In the clause the two open: no comma or semicolon between ("with Chile and Venezuela, an accord with
  // the Philippines" lists three deals). Once one is passed, no later mention is in the clause: the text is
  // read once up to it, not from `from` again at each mention (a one-sentence page of many countries).
  let clauseRead = from;
  for (let i = lo; i < order.length; i++) {
    const start = order[i]!;
    if (start >= end) break;
    if (CLAUSE_END.test(field.text.slice(clauseRead, start))) break;
    clauseRead = start;
    const before = field.text.slice(Math.max(from, start - 16), start);
    if (!ACTED_ON_BEFORE.test(before)) continue;
    const mention = starts.get(start);
    if (!mention) continue;
    // A city or region after "to" is where the two go, not a third party they act on ("with Paris" still is).
    if (isVenue(mention[0]) && TOWARD_BEFORE.test(before)) continue;
    // "a deal with Houston-based Cheniere": the party is the firm, its seat is named in passing.
    const after = mention[0].end;
    if (field.text.charCodeAt(after) === 45 && ORIGIN_COMPOUND.test(field.text.slice(after, after + 16)))
      continue;
    return mention[1];
  }
  return undefined;
}

/**
 * After the second party of a treaty's name: up to four more parties ("-Mexico"), up to five capitalised words and
 * the name's head ("UK-Japan Comprehensive Economic Partnership Agreement", "U.S.-Japan Security Treaty"). The
 * parties are bounded: a run of hyphenated names with no head after it was read to its end and back at every
 * country in it (a 1 MB page of "U.S.-China-Japan-…" took minutes).
 */
const TREATY_NAME_AT = lazyPattern(
  () =>
    /(?:[-\u2013/]\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?){0,4}(?: \p{Lu}[\p{L}-]*){0,5} (?:Agreement|Treaty|Pact|Accords?|Convention|Partnership)\b/uy,
);

/**
 * "Cuba and Norway, guarantors of the talks, called for restraint", "talks mediated by Saudi Arabia and the
 * United States": two countries coordinated as the go-betweens of someone else's talks stand side by
 * side, with no relation between them that the coordination says.
 */
// A bare verb ("have sought to facilitate border crossings") may be the pair's own act: it reads as a
// go-between's only in a relative clause or before others' talks ("sought to mediate between …").
const THIRD_PARTIES_AFTER =
  /^(?:,?\s+(?:the\s+)?(?:co-?)?(?:guarantors|mediators|brokers|facilitators|observers|sponsors|hosts|chairs)|(?:,\s+which)?\s+(?:(?:have|has|had|also|both|previously|earlier|jointly)\s+)*(?:hosted|mediated|brokered|guaranteed|facilitated)|,\s+which\s+(?:(?:have|has|had|also|both|previously|earlier|jointly|helped|sought|tried|to)\s+)*(?:host|mediate|broker|guarantee|facilitate)|\s+(?:(?:have|has|had|also|both|previously|earlier|jointly|helped|sought|tried|to)\s+)*(?:host|mediate|broker|guarantee|facilitate)(?:\s+(?:a|the))?\s+(?:between|talks|negotiations|ceasefire|truce|peace))\b/i;
const THIRD_PARTIES_BEFORE =
  /\b(?:(?:co-?)?(?:mediators?|guarantors?|facilitators?|observers?)|(?:co-?)?(?:mediated|brokered|facilitated|hosted|sponsored|chaired|guaranteed)\s+by)\s+(?:the\s+)?$/i;

/**
 * Whether some mention of the country names it as the host of an event ("the World Cup in Qatar"), kept in
 * `known` by code: a page of matches ("Germany beat France 2-1 …") asks at each of thousands of mentions.
 */
function hostsAnEvent(
  doc: TagDocument,
  countries: readonly Country[],
  code: string,
  known: Map<string, boolean>,
): boolean {
  let hosts = known.get(code);
  if (hosts === undefined) {
    const c = countries.find((x) => x.code === code);
    hosts = c?.mentions.some((m) => hostsEvent(doc, m)) ?? false;
    known.set(code, hosts);
  }
  return hosts;
}

/** Two codes (in either order) and a sentence, as one key. */
const sideBySideKey = (a: string, b: string, key: PlaceKey): string =>
  a < b ? `${a}-${b}@${key}` : `${b}-${a}@${key}`;

/**
 * The stem of a go-between's word, which every match of THIRD_PARTIES_AFTER and THIRD_PARTIES_BEFORE holds: asked
 * first, so the long patterns run (and V8 compiles them) only for a text that has one.
 */
const GO_BETWEEN_WORD = /guarant|mediat|broker|facilitat|observer|sponsor|host|chair/i;

function thirdParties(text: string, firstStart: number, secondEnd: number): boolean {
  const after = text.slice(secondEnd, secondEnd + 48);
  if (GO_BETWEEN_WORD.test(after) && THIRD_PARTIES_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, firstStart - 28), firstStart);
  return GO_BETWEEN_WORD.test(before) && THIRD_PARTIES_BEFORE.test(before);
}

/**
 * On the sports page two teams meet: "Morocco will face Spain", "Brazil beat Japan", "Argentina were
 * drawn with Algeria", "England v Croatia".
 */
const MATCH_AT =
  /\s+(?:will\s+)?(?:face[sd]?|play(?:s|ed)?|meet(?:s)?|met|beat(?:s)?|drew\s+with|draw\s+with|lost\s+to|lose\s+to|v\.?|vs\.?|against|(?:were|was|are|is)\s+drawn\s+(?:with|against)|(?:won|wins?|lost|lose[sd]?|drew|draws?)\s+(?:\d+-\d+\s+)?(?:away\s+)?(?:in|at|to))\s+(?:the\s+)?/y;
/** "Colombia won 2-1 in Paraguay": a result away, in the country of the side beaten (MATCH_AT's last words). */
const AWAY_AT = /(?:in|at)\s+(?:the\s+)?$/;

/**
 * Overseas departments that are France as much as Brittany is (ISO 3166 gives them codes of their own): a
 * story naming both relates no two countries. Not the territories with their own government (New
 * Caledonia, French Polynesia), Puerto Rico or Greenland, whose relations with the state are news.
 */
const OVERSEAS_PART_OF: ReadonlyMap<string, string> = new Map([
  ['GF', 'FR'],
  ['GP', 'FR'],
  ['MQ', 'FR'],
  ['RE', 'FR'],
  ['YT', 'FR'],
]);

// A result reported or a fixture set: "Ireland beat England 29-10", "Colombia won 2-1", "drew with Peru", "a
// 16-9 win over Scotland", "Wales travel to Rome to face Italy, while England host France" (not "hosts",
// a noun as often as a verb: "Nigeria will face hosts Ivory Coast").
const RESULT_VERB =
  /\b(?:beat|beats|defeated|thrashed|edged|won|drew|lost|win|victory|face[sd]?|host|hosted|meets?|met)\b/gi;

/** A sentence reporting two results or fixtures or more ("Ireland beat England 29-10 and Argentina beat Portugal"). */
function holdsResults(sentence: string): boolean {
  return (sentence.match(RESULT_VERB)?.length ?? 0) >= 2;
}

/** Two countries' codes as one key, in either order. */
const sidesKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * In a sentence of several results, the pairs of countries (`sidesKey`) a mention of each of which is next to
 * the other (no country between) with one result verb between them and no second clause: "Japan's Ai Sugiyama
 * defeated Australian Samantha Stosur", not "Stosur 6-2 while Australian …" nor "England 29-10 … and Argentina".
 */
function sidesOfOneResult(s: SentenceSpan, countries: readonly Country[]): ReadonlySet<string> {
  const inSentence: { start: number; end: number; code: string }[] = [];
  // "Wales travel to Rome to face Italy": the venue between two sides is where they meet, not a side.
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === s.field && m.start >= s.start && m.end <= s.end && !isVenue(m))
        inSentence.push({ start: m.start, end: m.end, code: c.code });
  inSentence.sort((x, y) => x.start - y.start);
  const sides = new Set<string>();
  for (let i = 1; i < inSentence.length; i++) {
    const x = inSentence[i - 1]!;
    const y = inSentence[i]!;
    if (x.code === y.code) continue;
    const between = s.text.slice(x.end, y.start);
    if ((between.match(RESULT_VERB)?.length ?? 0) === 1 && !CLAUSE_BREAK.test(between))
      sides.add(sidesKey(x.code, y.code));
  }
  return sides;
}
const CLAUSE_BREAK = /[;]|\b(?:and|while|whereas|but)\b/i;

/** A sentence about a match on the sports page. */
const MATCH_WORD =
  /\b(?:match(?:es)?|games?|finals?|semi-?finals?|quarter-?finals?|draw|drew|drawn|play(?:s|ed)?|meet(?:s)?|met|face[sd]?|beat(?:s)?|clash(?:es)?|friendly|derby|fixtures?|tie|series|v|vs)\b/i;

interface Joint {
  readonly text: string;
  /** Two teams meeting on the sports page, not a connective. */
  readonly match: boolean;
}

/** What joins a mention to the next one: a connective, or on the sports page a match between them. */
function jointAt(text: string, at: number, sport: boolean): Joint | undefined {
  if (mayJoin(text, at)) {
    CONNECTIVE_AT.lastIndex = at;
    const joint = CONNECTIVE_AT.exec(text);
    if (joint) return { text: joint[0], match: false };
  }
  if (!sport) return undefined;
  MATCH_AT.lastIndex = at;
  const joint = MATCH_AT.exec(text);
  return joint ? { text: joint[0], match: true } : undefined;
}

/** Whether a connective may follow at an offset: most mentions are followed by a space and a verb. */
function mayJoin(text: string, at: number): boolean {
  let i = at;
  // Whitespace as `\s` in CONNECTIVE_AT reads it (spaces, line breaks, tabs, no-break spaces).
  while (i < text.length && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0)) i++;
  const c = text[i];
  return c === 'a' || c === '&' || c === '-' || c === '–' || c === '—' || c === '/';
}

/** Country mentions by the offset where they start and where they end, per field. */
interface MentionIndex {
  readonly starts: Record<'title' | 'body', Map<number, CountryMention>>;
  readonly ends: Record<'title' | 'body', Set<number>>;
  /** The keys of `starts`, ascending. */
  readonly ordered: Record<'title' | 'body', number[]>;
}

const byNumber = (a: number, b: number): number => a - b;

/** Whether the country mentions between two offsets of a field are of the two codes only (at least one). */
function namesOnly(
  index: MentionIndex,
  field: 'title' | 'body',
  from: number,
  to: number,
  a: string,
  b: string,
): boolean {
  let named = false;
  for (const start of index.ordered[field]) {
    if (start < from) continue;
    if (start >= to) break;
    const code = index.starts[field].get(start)?.[1];
    if (code !== a && code !== b) return false;
    named = true;
  }
  return named;
}

function indexMentions(countries: readonly Country[]): MentionIndex {
  const index: MentionIndex = {
    starts: { title: new Map(), body: new Map() },
    ends: { title: new Set(), body: new Set() },
    ordered: { title: [], body: [] },
  };
  for (const c of countries)
    for (const m of c.mentions) {
      index.starts[m.field].set(m.start, [m, c.code]);
      index.ends[m.field].add(m.end);
    }
  for (const field of ['title', 'body'] as const) {
    const ordered = index.ordered[field];
    for (const start of index.starts[field].keys()) ordered.push(start);
    sortInPlace(ordered, byNumber);
  }
  return index;
}

/**
 * What kind of story the pairs are read from. On a sports page countries meet as teams: only a sentence
 * that sets two of them against each other ("Brazil will face Morocco") links them, not a draw's or a
 * results table's list, nor the venue of the dateline.
 */
export interface StoryKind {
  /** @default false */
  readonly sport?: boolean;
  /** The people the entity recogniser found: on the sports page a country named as theirs is no team. */
  readonly people?: PeopleSpans;
  /** Where the organisations the entity recogniser found start in the body (implicit-targets.ts). */
  readonly organizations?: ReadonlyMap<number, string>;
}

/**
 * The paragraph of each body sentence. A paragraph ends at a blank line or an indented line ("\n    "
 * in wire copy); in text that is not hard-wrapped, at any line break.
 */
function paragraphIndex(body: FieldText): number[] {
  const sentences = body.sentences;
  let breaksInside = 0;
  for (const s of sentences) if (body.text.slice(s.start, s.end).includes('\n')) breaksInside++;
  const hardWrapped = breaksInside * 2 > sentences.length;
  const out: number[] = [];
  let paragraph = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0) {
      const gap = body.text.slice(sentences[i - 1]!.end, sentences[i]!.start);
      if (hardWrapped ? /\n[ \t]*(?:\n|[ \t])/.test(gap) : gap.includes('\n')) paragraph++;
    }
    out.push(paragraph);
  }
  return out;
}

/** Of the two sentences next to `x` in its paragraph, the one `placeInB` holds first (b's sentences). */
function firstNextTo(
  x: number,
  paragraphOf: readonly number[],
  placeInB: ReadonlyMap<number, number>,
): number | undefined {
  let first: number | undefined;
  let place = Number.POSITIVE_INFINITY;
  for (const s of [x - 1, x + 1]) {
    const at = placeInB.get(s);
    if (at !== undefined && at < place && paragraphOf[s] === paragraphOf[x]) {
      first = s;
      place = at;
    }
  }
  return first;
}

/**
 * Two body sentences of one paragraph, one naming each country: the first such pair, in order. In long form
 * (`adjacent`) the two must follow one another: a feature's paragraph runs to five or six sentences, and two of them
 * with a sentence on something else between name two of its countries by the way ("The United States passed the
 * CHIPS Act … The European Union followed … Japan, South Korea, India and China have all launched their own
 * programmes"), while the next sentence goes on with the one before ("Iran, which supplies the Houthis with weapons,
 * has denied directing the attacks. Saudi Arabia, which fought a long war against the group, has kept out").
 */
function paragraphLink(
  doc: TagDocument,
  paragraphOf: readonly number[],
  a: ReadonlySet<PlaceKey>,
  b: ReadonlySet<PlaceKey>,
  adjacent: boolean,
): Mention[] | undefined {
  const sentencesOf = (places: ReadonlySet<PlaceKey>) =>
    [...places]
      .map(parse)
      .filter((p) => p.field === 'body' && p.sentence >= 0)
      .map((p) => p.sentence);
  // b's sentences by paragraph, in their order, and each one's place in that order: the first of b's sentences
  // fitting a sentence of a is found without reading them all (a page of thousands of paragraphs did, for each).
  const ofB = new Map<number | undefined, number[]>();
  const placeInB = new Map<number, number>();
  for (const s of sentencesOf(b)) {
    const paragraph = paragraphOf[s];
    let inParagraph = ofB.get(paragraph);
    if (inParagraph === undefined) {
      inParagraph = [];
      ofB.set(paragraph, inParagraph);
    }
    inParagraph.push(s);
    if (!placeInB.has(s)) placeInB.set(s, placeInB.size);
  }
  for (const x of sortInPlace(sentencesOf(a), (p, q) => p - q)) {
    const inParagraph = ofB.get(paragraphOf[x]);
    if (inParagraph === undefined) continue;
    const y = adjacent
      ? firstNextTo(x, paragraphOf, placeInB)
      : inParagraph[0] !== x
        ? inParagraph[0]
        : inParagraph.find((s) => s !== x);
    if (y === undefined) continue;
    const [first, second] = x < y ? [x, y] : [y, x];
    return [sentenceMention(doc.body, first), sentenceMention(doc.body, second)];
  }
  return undefined;
}

/** Spaces, line breaks, no-break spaces, hyphens and dashes. */
const DATELINE_TAIL: ReadonlySet<number> = new Set([9, 10, 13, 32, 0xa0, 45, 0x2013, 0x2014]);

/** The dateline written at the start of the body, as a mention; none when it came as its own field. */
function inlineDateline(doc: TagDocument): Mention | undefined {
  const dl = doc.dateline;
  if (dl?.start === undefined || dl.end === undefined) return undefined;
  // Without the dash and spaces that end it: "LONDON, Nov 9", not "LONDON, Nov 9 - ".
  let end = dl.end;
  while (end > dl.start && DATELINE_TAIL.has(doc.body.text.charCodeAt(end - 1))) end--;
  if (end === dl.start) return undefined;
  return { field: 'body', start: dl.start, end, text: doc.body.text.slice(dl.start, end) };
}

/** Whether some span of the evidence holds a mention of the country. */
function namesCountry(evidence: readonly Mention[], c: Country): boolean {
  return c.mentions.some((m) =>
    evidence.some((e) => e.field === m.field && m.start >= e.start && m.end <= e.end),
  );
}

/**
 * A pair of the country filed from whose evidence is only what its dateline stands in (the headline, the
 * lead): the dateline is shown too, where it stands (after the headline, before the body's sentences), as
 * what names that country; the last span gives way to it.
 */
function withDateline(evidence: readonly Mention[], dateline: Mention): Mention[] {
  const at = evidence.findIndex((e) => e.field === 'body');
  const out = at < 0 ? [...evidence, dateline] : [...evidence.slice(0, at), dateline, ...evidence.slice(at)];
  return out.slice(0, MAX_EVIDENCE);
}

/** No sentence names both: the first sentence naming each stands as evidence. */
function leadEvidence(doc: TagDocument, a: Country, b: Country): Mention[] {
  const out: Mention[] = [];
  for (const c of [a, b]) {
    const m = c.mentions[0];
    if (!m) continue;
    const field = fieldOf(doc, m.field);
    const mention = sentenceMention(field, sentenceIndex(field.sentences, m.start));
    if (!out.some((o) => o.field === mention.field && o.start === mention.start)) out.push(mention);
  }
  if (!out.length && doc.body.sentences.length) out.push(sentenceMention(doc.body, 0));
  return out;
}
