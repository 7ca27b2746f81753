import { isTitleCase } from '../entities/title-case.js';
import type { Country, Entity, Field, Mention } from '../schema.js';
import { compareMentionPlaces, compareText } from '../text/compare.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { packedMap } from '../text/packed-map.js';
import { inCaptionLine } from '../text/photo-credits.js';
import { RESULT_VERBS } from '../text/result-verbs.js';
import { sentenceTextAt } from '../text/sentences.js';
import { sortInPlace } from '../text/sort.js';
import { namedAbsent } from './absent.js';
import { type NamedCountry, strickenCountry } from './aid-senders.js';
import { airlinesAsFirms } from './airlines.js';
import { allocatedCodes } from './allocations.js';
import { isWorldUnitOfAmount } from './amount-units.js';
import { withoutBodySeats } from './body-seats.js';
import { headlineShortCities } from './city-short-names.js';
import { clashParties } from './clash-parties.js';
import { combiningFormMentions } from './combining-forms.js';
import { withoutCompoundParts } from './compound-names.js';
import { withoutListedCountryFunds } from './country-funds.js';
import { currencyMentions, isCurrencyMention } from './currency-names.js';
import { currencyOpensHeadline, securityAfter } from './currency-subject.js';
import { withoutDatelineTownNames } from './dateline-towns.js';
import { isTakeoverParty } from './deal-parties.js';
import { withoutUnconfirmedDemonymTowns } from './demonym-towns.js';
import { filedFromDesk, filedFromDeskCity, withoutLaterBureaus } from './desks.js';
import { digestLabels } from './digest.js';
import { isGroundNamedAfterPerson } from './eponym-places.js';
import { isMarketTarget, tellsOfMarkets } from './expansion-targets.js';
import { faintThird } from './faint-third.js';
import { withoutOthersFederalBodies } from './federal-bodies.js';
import { isFileFormat } from './file-formats.js';
import { finedFirmCountries, namedOnlyAsFirmsHome, tellsOfRules } from './fined-firms.js';
import { finnishCaseMentions } from './finnish-cases.js';
import { firmNamesAsFirms } from './firm-names.js';
import { countryName, localPhraseRoot, type PhraseKind } from './gazetteer.js';
import { georgiaSignals, storyDatelineCountry } from './georgia-dateline.js';
import { headlineRoles } from './headline-clauses.js';
import { headlineLeaderCountry, headlineOpeningSubject, headlineSubjectCountry } from './headline-subject.js';
import { withHolySeeSeat } from './holy-see-seat.js';
import { homeGovernmentMention } from './home-government.js';
import { INFLECTED_LATIN, inflectedCountryMentions } from './inflected-names.js';
import { namedOnlyInIssuerAbroad } from './issuers-abroad.js';
import { withoutLanguageNames } from './language-names.js';
import { confirmedHeadlineMentions, lastResortBodyMentions } from './last-resort.js';
import { leadEnd } from './lead-focus.js';
import { leadSubjectCountry } from './lead-subject.js';
import { headlinePeopleCountries } from './leaders.js';
import { listedFirmMentions } from './listed-firms.js';
import { localDemonymMentions, personSurnames } from './local-demonyms.js';
import { withLocalTowns } from './local-towns.js';
import { MIN_FOCUS as LONG_LIST_MIN_FOCUS, longListed } from './long-lists.js';
import { namesLosingBidder } from './losing-bids.js';
import { actsInBody, namedOnlyAsMeetingPlace, namesMeetingPlace } from './meeting-hosts.js';
import { type MeetingSides, meetingSides } from './meeting-sides.js';
import { meetingActors } from './meeting-venue.js';
import {
  CASE_SUFFIX_LANGUAGES,
  type CountryMention,
  POSSESSIVE,
  type ScanContext,
  scanField,
} from './mentions.js';
import { withoutMinorTownsAbroad } from './minor-towns.js';
import { withoutNamesOpenedByPlaces } from './names-opened.js';
import { withoutNamesakeOfficials } from './namesake-officials.js';
import { settleNamesakes } from './namesakes.js';
import { withNationTowns } from './nation-towns.js';
import { navyShipMentions } from './navy-ships.js';
import { normalizeWord } from './normalize.js';
import { namesFlagOrBirthplace } from './origin-labels.js';
import { outputTableProducers } from './output-tables.js';
import { withoutPartyNames } from './party-names.js';
import { NO_PAST_VENUE, pastVenueAt } from './past-venues.js';
import { withoutPeopleNamedLikeCountries } from './people-named-like-countries.js';
import { leadPeopleCountries } from './people-of-countries.js';
import { isAfterPlaceWord } from './place-word.js';
import { withPossessedTowns } from './possessed-towns.js';
import { regionListed } from './region-lists.js';
import { reportedHeadlineSubject } from './reported-headline-subject.js';
import { reportedListed } from './reported-lists.js';
import { withoutRollCalls } from './roll-calls.js';
import { readsScript, scriptCountryMentions } from './script-names.js';
import { filedFromBodySeat, filedFromCourtSeat } from './seats.js';
import { withoutSharedMetonyms } from './shared-metonyms.js';
import { chainsOfBody } from './shop-chains.js';
import { type MainClause, ORIGIN_COMPOUND, readLeadClause, readMainClause } from './short-story.js';
import { isStateDealParty } from './state-firms.js';
import { type CountryEdges, coordinatedWithCountry, countryEdges, readsAsState } from './state-reading.js';
import { isSurvey, reportedInBody, surveyView } from './survey.js';
import { talkSides } from './talk-sides.js';
import { namedOnlyByGround, withoutPassingTournaments } from './tournament-grounds.js';
import { isTransitPoint } from './transit-points.js';
import { withoutUnionSeat } from './union-seat.js';
import { townBeforeUsGeorgia, writtenAsUsGeorgia } from './us-georgia.js';
import { visitingCountry } from './visits.js';
import { unreadVoiceMentions, voiceMentions } from './voices.js';
import { withoutFeatureShortForms, withoutRiverTowns } from './water-names.js';

/**
 * Countries of an article: every country mentioned (or filed from), each with its mentions, a
 * salience in 0..1 and `focus` (whether the article is about it). See docs/countries.md.
 */

// How much one mention says the article is about the country, by how the country is named.
const KIND_WEIGHT: Readonly<Record<PhraseKind, number>> = {
  name: 1,
  code: 1,
  demonym: 0.7,
  metonym: 0.8,
  city: 0.7,
  region: 0.6,
  abbreviation: 0.6,
  none: 0,
  // A national firm weighs like a national body ("Safaricom said" as "the Kremlin said").
  company: 0.8,
};
/** The same as a Map: an object indexed by kind in the tally loop was a megamorphic keyed load. */
const KIND_WEIGHTS: ReadonlyMap<PhraseKind, number> = new Map(
  Object.entries(KIND_WEIGHT) as [PhraseKind, number][],
);
/** "Georgia" and its people, as the story writes them (the state's or the country's, settled per story). */
const GEORGIA = /^georgia$/i;
const GEORGIANS = /^georgians?$/i;
const TITLE_WEIGHT = 3;
const CURRENCY_FACTOR = 0.3;
// "Texas-based partners", "a London-listed miner": the seat of a firm or a person's birthplace, named
// in passing, weighs in salience as little as a currency (and is no lead mention there).
const ORIGIN_FACTOR = 0.3;
const NO_MENTIONS: ReadonlySet<CountryMention> = new Set();
const LEAD_WEIGHT = 1;
// About three mentions with one in the lead, or four anywhere in the body.
const BODY_FOCUS = 3;
// A country the story is plainly about: many mentions, not just a headline word.
const DOMINANT = 2 * BODY_FOCUS;

interface Tally {
  code: string;
  score: number;
  /** The score salience is read from: the seat of a firm ("Texas-based") weighs less there. */
  salient: number;
  mentions: CountryMention[];
  inTitle: boolean;
  inLead: boolean;
  bodyCount: number;
  dateline: boolean;
  /** Its currency named alone ("the naira") has added to the score. */
  moneyNamed: boolean;
}

/** Spans of people's names, and of grounds named after a person ("the Santiago Bernabeu": eponym-places.ts). */
function personSpans(doc: TagDocument, entities: readonly Entity[], field: Field): [number, number][] {
  const spans: [number, number][] = [];
  for (const e of entities) {
    if (e.type === 'person') {
      for (const m of e.mentions) if (m.field === field) spans.push([m.start, m.end]);
    } else if (e.type === 'place')
      for (const m of e.mentions)
        if (m.field === field && isGroundNamedAfterPerson(doc, e, m.text)) spans.push([m.start, m.end]);
  }
  return sortInPlace(spans, (x, y) => x[0] - y[0]);
}

/** The spans of the place entities' mentions in `field`. */
function placeSpans(entities: readonly Entity[], field: Field): [number, number][] {
  const spans: [number, number][] = [];
  for (const e of entities)
    if (e.type === 'place') for (const m of e.mentions) if (m.field === field) spans.push([m.start, m.end]);
  return spans;
}

/**
 * "Jordan Henderson was recalled … \"Jordan brings leadership,\" the coach said", "TV star Georgia Harrison … Georgia
 * said she": a country word that is also a given name, alone, is the person named in full in the article, unless it
 * stands as a place or an owner ("signed in Chad", "Chad's government"), beats another country ("Jordan beat Iraq
 * 2-0": a national side), stands in a list beside another country ("Israel and Egypt agreed": state-reading.ts
 * coordinatedWithCountry; not beside another word a person bears, "Georgia and Jordan said they"), its sentence reads it as the state ("Israel launched strikes on Gaza": state-reading.ts),
 * or the article places the country otherwise (its dateline, a capital, a demonym, an unambiguous name: "AMMAN -
 * Jordan's king"). (Only on sports pages, it put Georgia in focus of a feature that calls
 * its star by her given name: review58.)
 */
function withoutGivenNames(
  doc: TagDocument,
  found: CountryMention[],
  entities: readonly Entity[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (!found.some((m) => m.ambiguous)) return found;
  const given = new Set<string>();
  for (const e of entities) {
    const space = e.type === 'person' ? e.name.indexOf(' ') : -1;
    if (space > 0) given.add(normalizeWord(e.name.slice(0, space)));
  }
  if (given.size === 0) return found;
  const placed = new Set(found.filter((m) => !m.ambiguous).map((m) => m.code));
  if (datelineCode) placed.add(datelineCode);
  // "Israel and Egypt agreed …" beside "Israel Adesanya": listed beside a country no person of the story bears.
  const asCountry = (m: CountryMention) => !m.ambiguous || !given.has(normalizeWord(m.text));
  const edges = new Map<Field, CountryEdges>();
  const listedBesideCountry = (m: CountryMention) => {
    let field = edges.get(m.field);
    if (field === undefined) {
      field = countryEdges(found, m.field, asCountry);
      edges.set(m.field, field);
    }
    return coordinatedWithCountry(fieldOf(doc, m.field).text, m, field);
  };
  return found.filter(
    (m) =>
      !m.ambiguous ||
      placed.has(m.code) ||
      !given.has(normalizeWord(m.text)) ||
      // "signed in Chad", "Chad's government": a place or an owner, not the person.
      POSSESSIVE.test(m.text) ||
      isAfterPlaceWord(doc, m) ||
      beatsCountry(doc, m, found) ||
      listedBesideCountry(m) ||
      // "Israel launched strikes on Gaza", "Jordan's foreign ministry said": the state's act.
      readsAsState(fieldOf(doc, m.field), m.start, m.end, m.code),
  );
}

/** A verb of a result after a name, and where the next word starts: "Jordan beat Iraq". */
const RESULT_THEN = /^\s+([a-z]+)\s+/;

/** "Jordan beat Iraq 2-0": a country mention whose result's other side, right after the verb, is another country. */
function beatsCountry(doc: TagDocument, m: CountryMention, found: readonly CountryMention[]): boolean {
  const after = RESULT_THEN.exec(fieldOf(doc, m.field).text.slice(m.end, m.end + 24));
  if (after === null || !RESULT_VERBS.has(after[1]!)) return false;
  const next = m.end + after[0].length;
  return found.some((o) => o.field === m.field && o.start === next && o.code !== m.code);
}

/**
 * "LONDON — Sumitomo Bank launched a eurobond", "NEW YORK — Nissan's U.S. unit": a story filed from
 * another country is about the firm's business there, as agencies index it (reuters-dev: 57 of 66 such
 * home countries were not in the gold). A home firm says where an undated story or one filed at home is. A
 * firm abroad that is sanctioned, a state firm's deal or a side of a takeover (deal-parties.ts) stays.
 */
function withoutFirmsAbroad(
  doc: TagDocument,
  found: CountryMention[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (!datelineCode || !found.some((m) => m.kind === 'company' && m.code !== datelineCode)) return found;
  return found.filter(
    (m) =>
      m.kind !== 'company' ||
      m.code === datelineCode ||
      isSanctioned(doc, m) ||
      isStateDealParty(doc, m, found, datelineCode) ||
      isTakeoverParty(doc, m, found, datelineCode),
  );
}

const SANCTIONS = /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|embargo(?:es|ed)?)\b/i;

/**
 * "WASHINGTON — The United States imposed sanctions on Rosneft and Lukoil": a firm a sentence of sanctions
 * names is what the story acts on, and stands for its country wherever the story was filed.
 */
function isSanctioned(doc: TagDocument, m: CountryMention): boolean {
  const sentence = sentenceTextAt(fieldOf(doc, m.field), m.start);
  return sentence !== undefined && SANCTIONS.test(sentence);
}

const STATE_OF = /\bstate of\s+$/;

/**
 * Georgia the US state or the country, from what else the article talks about: 'state' or 'country' where its words
 * say which, else 'us' (the story names the United States otherwise) or 'none'.
 */
function georgiaReading(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): 'state' | 'country' | 'us' | 'none' {
  const text = `${doc.title.text}\n${doc.body.text}`;
  // "Athens, Georgia", "the University of Georgia" (us-georgia.ts) say so as plainly as "Atlanta".
  const signals = georgiaSignals(text);
  let state = signals.state;
  for (const m of mentions) {
    if (m.code !== 'GE') continue;
    const field = fieldOf(doc, m.field).text;
    if (writtenAsUsGeorgia(field, m.start, m.end) || townBeforeUsGeorgia(field, m.start, m.end)) state++;
  }
  const country = signals.country + georgiasListedAmongCountries(doc, mentions);
  if (state !== country) return state > country ? 'state' : 'country';
  return mentions.some((m) => m.code === 'US' && m.kind !== 'region') ? 'us' : 'none';
}

/**
 * "drawn with Italy, Romania and Georgia", "sanctioned officials in Georgia, Belarus and Iran", "opposed by Hungary
 * and Georgia" (wild42 ★2): Georgia listed beside another country by its name is the country, whatever else the
 * story names (the United States elsewhere in a draw or a vote). The state is listed beside states ("Alabama,
 * Florida and Georgia") and, in trade and weather copy, beside the US's own neighbours ("Georgia and Mexico supply
 * most peaches"), so those say nothing. How many of the Georgias are so listed: the country names of a field in
 * text order, each Georgia read against its neighbours there (one pass, however many the page names).
 */
function georgiasListedAmongCountries(doc: TagDocument, mentions: readonly CountryMention[]): number {
  let listed = 0;
  for (const field of ['title', 'body'] as const) {
    const names = mentions.filter(
      (m) => m.field === field && (m.kind === 'name' || m.kind === 'code') && !m.currency,
    );
    if (names.length < 2) continue;
    sortInPlace(names, (a, b) => a.start - b.start);
    const text = fieldOf(doc, field).text;
    const listedWith = (a: CountryMention, b: CountryMention | undefined) =>
      b !== undefined &&
      !NOT_LIST_EVIDENCE.has(b.code) &&
      (b.end <= a.start
        ? a.start - b.end <= MAX_LIST_GAP && COUNTRY_LIST_GAP.test(text.slice(b.end, a.start))
        : b.start >= a.end &&
          b.start - a.end <= MAX_LIST_GAP &&
          COUNTRY_LIST_GAP.test(text.slice(a.end, b.start)));
    for (let i = 0; i < names.length; i++) {
      const m = names[i]!;
      if (m.code === 'GE' && (listedWith(m, names[i - 1]) || listedWith(m, names[i + 1]))) listed++;
    }
  }
  return listed;
}

const NOT_LIST_EVIDENCE: ReadonlySet<string> = new Set(['GE', 'US', 'CA', 'MX']);
/** Between two items of a list: a comma, "and", "or" or "&", the item's "the" at most ("Georgia and the Czech Republic"). */
const MAX_LIST_GAP = 12;
const COUNTRY_LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/;

/**
 * Turkey the bird: the article also says "turkey" in lower case, or names the birds' feast or a grower
 * ("Turkey prices rose 5% before Thanksgiving", "Turkey sales fell 3% this Thanksgiving", "Butterball said Turkey
 * demand was strong", review33 ★C3), and never "Turkish", "Ankara" or "Istanbul".
 */
function turkeyIsBird(doc: TagDocument): boolean {
  const text = `${doc.title.text}\n${doc.body.text}`;
  return (
    (/\bturkeys?\b/.test(doc.body.text) || BIRD_SEASON.test(text)) &&
    !/\b(?:Turkish|Ankara|Istanbul|Turks|Erdogan|lira)\b/.test(text)
  );
}

const BIRD_SEASON = /\b(?:Thanksgiving|Butterball|gobblers?)\b/i;

/**
 * "Punjab" is Pakistan's province in a story filed from Pakistan or one that says "Pakistan's Punjab" (a
 * Pakistani flood story naming India upstream), unless it says "India's Punjab"; else it is Pakistan's when the
 * story names Pakistan otherwise (Lahore, Pakistani, Shehbaz Sharif…) and India only as "Punjab".
 */
function punjabIsPakistans(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): boolean {
  if (datelineCode === 'IN') return false;
  const text = `${doc.title.text}\n${doc.body.text}`;
  if (INDIAN_PUNJAB.test(text)) return false;
  if (datelineCode === 'PK' || PAKISTANI_PUNJAB.test(text)) return true;
  let pakistan = false;
  for (const o of mentions) {
    if (o.code === 'PK') pakistan = true;
    else if (o.code === 'IN' && !o.text.startsWith('Punjab')) return false;
  }
  return pakistan;
}

const INDIAN_PUNJAB = /\b(?:India['\u2019]s|Indian)\s+(?:state\s+of\s+)?Punjab\b/;
const PAKISTANI_PUNJAB = /\b(?:Pakistan['\u2019]s|Pakistani)\s+(?:province\s+of\s+)?Punjab\b/;

/**
 * "BRAZZAVILLE — Congo's oil output rose 5% … The Republic of Congo pumps about 270,000 barrels a day" (wild48 ★2):
 * a bare "Congo" is the Democratic Republic's name in today's press, but the neighbour's in a story filed from
 * Brazzaville or naming its capital, its port, its president or its long name, and none of the Democratic Republic's
 * (Kinshasa, Goma, Kivu, its long name, DRC, its presidents).
 */
function congoIsRepublic(doc: TagDocument, datelineCode: string | undefined): boolean {
  const text = `${doc.title.text}\n${doc.body.text}`;
  if (DEMOCRATIC_SIGNALS.test(text)) return false;
  // "the WHO's Africa office in Brazzaville": an Ebola story from the Democratic Republic names the seat of the
  // WHO's regional office, which says nothing of which Congo the story's "Congo" is.
  return datelineCode === 'CG' || REPUBLIC_SIGNALS.test(text.replace(WHO_AFRICA_SEAT, ''));
}

const BARE_CONGO = /^congo$/i;
const REPUBLIC_SIGNALS =
  /\b(?:Brazzaville|Pointe-Noire|Sassou|Republic\s+of\s+(?:the\s+)?Congo|Congo\s+Republic|Congo-Brazzaville)\b/;
/** The Democratic Republic's long name, its presidents and its largest cities and provinces (where outbreaks and fighting are reported). */
const DEMOCRATIC_SIGNALS =
  /\b(?:Kinshasa|Goma|Kivu|Katanga|Lubumbashi|Democratic\s+Republic|DRC|DR\s+Congo|Tshisekedi|Kabila|Mobutu|Zaire|M23|Mbandaka|[E\u00C9]quateur|Kasai|Ituri|Bunia|Beni|Butembo|Kisangani|Bukavu|Mbuji-Mayi|Kananga|Uvira|Matadi)\b/;
/** "the WHO's regional office in Brazzaville", "World Health Organization … Brazzaville": within one sentence. */
const WHO_AFRICA_SEAT = /\b(?:WHO|World\s+Health\s+Organi[sz]ation)\b[^.\n]{0,80}\bBrazzaville\b/g;

function settleAmbiguous(
  doc: TagDocument,
  mentions: CountryMention[],
  datelineCode: string | undefined,
): CountryMention[] {
  let georgia: ReturnType<typeof georgiaReading> | undefined;
  let bird: boolean | undefined;
  let philippine: boolean | undefined;
  let centralAfrican: boolean | undefined;
  let pakistani: boolean | undefined;
  let republic: boolean | undefined;
  const settled: CountryMention[] = [];
  for (const m of mentions) {
    if (m.code === 'GE' && /^georgia$/i.test(m.text)) {
      georgia ??= georgiaReading(doc, mentions);
      // "the U.S. state of Georgia" in a story about the country: this mention is the state all the same.
      const field = fieldOf(doc, m.field).text;
      const named =
        STATE_OF.test(field.slice(Math.max(0, m.start - 12), m.start)) ||
        writtenAsUsGeorgia(field, m.start, m.end);
      // A Georgia the story's own words read as the state or the country is no doubtful word any more: "Amazon to
      // Open Warehouse in Rural Georgia" over "…, Gov. Brian Kemp said." (review61 ★2) needs no other US mention in
      // the body, nor "Georgia passes agents law" over "Tbilisi" a Georgia.
      const sure = { ambiguous: false, needsConfirmation: false };
      if (georgia === 'state') settled.push({ ...m, ...sure, code: 'US', kind: 'region' });
      else if (georgia === 'us' || named) settled.push({ ...m, code: 'US', kind: 'region' });
      else settled.push(georgia === 'country' ? { ...m, ...sure } : m);
      continue;
    }
    // "ATLANTA — Georgia Power asked state regulators … Georgians should not pay" (wild56 a/68): the people of the
    // story's Georgia, when the story's Georgia is the state (read from a US dateline or a "Georgia" of the story).
    if (m.code === 'GE' && m.kind === 'demonym' && GEORGIANS.test(m.text)) {
      if (datelineCode === 'US' || mentions.some((o) => o.code === 'GE' && GEORGIA.test(o.text))) {
        georgia ??= georgiaReading(doc, mentions);
        if (georgia === 'state' || georgia === 'us') {
          settled.push({ ...m, code: 'US', kind: 'region' });
          continue;
        }
      }
    }
    if (m.code === 'TR' && m.ambiguous) {
      bird ??= turkeyIsBird(doc);
      // "flew to Turkey for the holiday", "a trip to Turkey" in a Thanksgiving story: the country (read33 F15).
      if (bird && !isAfterPlaceWord(doc, m)) continue;
    }
    // "BRAZZAVILLE — Congo's oil output rose": the Republic of Congo, where the story says so and not the other.
    if (m.code === 'CD' && BARE_CONGO.test(m.text)) {
      republic ??= congoIsRepublic(doc, datelineCode);
      if (republic) {
        settled.push({ ...m, code: 'CG' });
        continue;
      }
    }
    // "PH and US troops": the Philippine press's short form, where the story is placed there otherwise.
    if (m.code === 'PH' && m.ambiguous) {
      philippine ??= mentions.some((o) => o.code === 'PH' && !o.ambiguous);
      if (!philippine) continue;
    }
    // "exports screenshots as PNG or JPEG files": the image format among its fellows, not Papua New Guinea.
    if (m.code === 'PG' && m.text === 'PNG' && isFileFormat(fieldOf(doc, m.field).text, m.start, m.end))
      continue;
    // "Wagner fighters left CAR": the Central African Republic's acronym, where the story names it otherwise.
    if (m.code === 'CF' && m.ambiguous) {
      centralAfrican ??= mentions.some((o) => o.code === 'CF' && !o.ambiguous);
      if (!centralAfrican) continue;
    }
    // "LAHORE — Punjab's chief minister": the Pakistani province in a story placed in Pakistan only.
    if (m.code === 'IN' && m.kind === 'region' && m.text.startsWith('Punjab')) {
      pakistani ??= punjabIsPakistans(doc, mentions, datelineCode);
      if (pakistani) {
        settled.push({ ...m, code: 'PK' });
        continue;
      }
    }
    settled.push(m);
  }
  // A doubtful headline mention counts when the body names the same country, or when nothing else places
  // the story (last-resort.ts).
  return confirmedHeadlineMentions(settled, datelineCode, doc.title.text);
}

/** The country mentions of the headline and the body, in that order; the body is read first (`townsPlaced`). */
function scannedFields(
  doc: TagDocument,
  entities: readonly Entity[],
  english: boolean,
  local: Pick<ScanContext, 'localRoot' | 'caseSuffixes'>,
): CountryMention[] {
  const townsPlaced = new Map<string, boolean>();
  const body = scanField(doc.body, {
    allCaps: false,
    personSpans: personSpans(doc, entities, 'body'),
    townsPlaced,
    ...local,
  });
  const titleCase = !doc.titleIsAllCaps && isTitleCase(doc.title);
  const title = scanField(doc.title, {
    allCaps: doc.titleIsAllCaps,
    titleCase,
    personSpans: personSpans(doc, entities, 'title'),
    ...(titleCase ? { titlePlaceSpans: placeSpans(entities, 'title') } : {}),
    ...(english ? { bodyChains: chainsOfBody(doc.body.text) } : {}),
    ...(townsPlaced.size > 0 ? { bodyTownsPlaced: townsPlaced } : {}),
    ...local,
  });
  return [...title, ...body];
}

export function resolveCountries(doc: TagDocument, entities: readonly Entity[]): Country[] {
  // An article in another language is read with country names in that language only (no English
  // demonyms, cities or codes), and not at all when the gazetteer has no names in it.
  const english = doc.language === 'en' || doc.language === 'und';
  const language = doc.language.slice(0, 2);
  const script = !english && readsScript(language);
  const localRoot = english || script ? undefined : localPhraseRoot(language);
  const readable = english || localRoot !== undefined;
  const local = localRoot ? { localRoot, caseSuffixes: CASE_SUFFIX_LANGUAGES.has(language) } : {};
  const found = script
    ? [...scriptCountryMentions(doc.title, language), ...scriptCountryMentions(doc.body, language)]
    : readable
      ? scannedFields(doc, entities, english, local)
      : [];
  // "do Rosji", "Stanów Zjednoczonych": names declined in Polish, Czech, Croatian, Bosnian (inflected-names.ts).
  if (localRoot && INFLECTED_LATIN.has(language))
    found.push(
      ...inflectedCountryMentions(doc.title, language, found),
      ...inflectedCountryMentions(doc.body, language, found),
    );
  // "Helsingissä", "Ruotsissa", "Venäjälle": names declined in Finnish (finnish-cases.ts).
  if (localRoot && language === 'fi')
    found.push(
      ...finnishCaseMentions(doc.title, found, personSpans(doc, entities, 'title')),
      ...finnishCaseMentions(doc.body, found, personSpans(doc, entities, 'body')),
    );
  // "die Schweizer Armee", "l'armée suisse": nationality adjectives of de, fr, es, pt (local-demonyms.ts).
  if (localRoot) {
    const surnames = personSurnames(entities);
    found.push(
      ...localDemonymMentions(doc.title, language, found, surnames),
      ...localDemonymMentions(doc.body, language, found, surnames),
    );
  }
  // Listed politicians, resolved by the entity pass, speak for their country in any language.
  if (!english) found.push(...voiceMentions(entities));
  else {
    // "Prime Minister Albanese", "Jerome H. Powell": listed politicians in forms the gazetteer does not read.
    const unread = unreadVoiceMentions(entities, found);
    if (unread.length > 0) found.push(...unread);
  }
  // "BRICS summit in Rio" over a RIO DE JANEIRO dateline: a headline's short form of a city named in full.
  if (english) found.push(...headlineShortCities(doc, found));
  // "Franco-German ties", "Anglo-Irish relations": a combining form glued to a country (combining-forms.ts).
  if (english) {
    const forms = [
      ...combiningFormMentions(doc.title, found),
      ...combiningFormMentions(doc.body, found),
      // "The USS Gerald R. Ford arrived": a navy's ship by its prefix (navy-ships.ts).
      ...navyShipMentions(doc.title),
      ...navyShipMentions(doc.body),
    ];
    if (forms.length) {
      // In the order of the text, as the readers of a clause take them ("Franco-German ties": both subjects).
      found.push(...forms);
      found.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    }
  }
  const datelineCode = storyDatelineCountry(doc);
  // "DEN HAAG — Het kabinet …": the unnamed home government opening the lead names the dateline's country.
  const government = homeGovernmentMention(doc, datelineCode, found);
  if (government) found.push(government);
  // "The naira weakened", "₹7,364 crore": a currency of one country (currency-names.ts).
  if (english) {
    const money = [
      ...currencyMentions(doc.title, found, datelineCode),
      ...currencyMentions(doc.body, found, datelineCode),
    ];
    if (money.length) found.push(...money);
    // "Apple Inc. (AAPL) agreed to pay …": a firm introduced by a U.S. ticker names the U.S. (listed-firms.ts).
    const listed = listedFirmMentions(doc, found);
    if (listed.length) found.push(...listed);
  }
  // "BENGALURU (Reuters) - Toyota cut its forecast": written at a world company desk, about elsewhere.
  // "MEXICO, Pampanga —": a town of the dateline's province named like a country (dateline-towns.ts).
  const filed = withoutDatelineTownNames(doc, withoutLaterBureaus(doc, found), datelineCode);
  const desk = filedFromDesk(doc, filed, datelineCode);
  // "Tanzania's Gombe National Park … Gombe": a town the story places in another country (possessed-towns.ts).
  // "The Japan Fund Inc said": a listed fund named after a country is no side (country-funds.ts); "Cyprus Minerals
  // Co" is a firm, not the country (firm-names.ts).
  // "Kingston council", "between Cheltenham and Box Hill": a local story's own towns (local-towns.ts).
  const settled = withLocalTowns(
    doc,
    withPossessedTowns(
      doc,
      settleNamesakes(
        doc,
        settleAmbiguous(
          doc,
          withoutPeopleNamedLikeCountries(
            doc,
            withoutMinorTownsAbroad(
              doc,
              withoutGivenNames(
                doc,
                withoutNamesOpenedByPlaces(
                  doc,
                  withoutTreatyCities(
                    doc,
                    withoutLanguageNames(
                      doc,
                      withoutCompoundParts(
                        doc,
                        withoutFirmsAbroad(
                          doc,
                          airlinesAsFirms(
                            doc,
                            firmNamesAsFirms(
                              doc,
                              withoutFeatureShortForms(
                                [doc.title.text, doc.body.text],
                                withoutRiverTowns(withoutListedCountryFunds(doc, filed)),
                              ),
                              entities,
                              desk ? undefined : datelineCode,
                            ),
                          ),
                          desk ? undefined : datelineCode,
                        ),
                      ),
                    ),
                  ),
                ),
                entities,
                datelineCode,
              ),
              entities,
              datelineCode,
            ),
            entities,
            datelineCode,
          ),
          datelineCode,
        ),
        datelineCode,
      ),
    ),
    desk ? undefined : datelineCode,
  );
  // "We cannot wait for Brussels" (the union's seat, union-seat.ts), "Rome said the Pope would travel" (the Holy See,
  // holy-see-seat.ts), "between Perth and Dundee" (Scotland's town, nation-towns.ts), "Pumas beat America",
  // "Maharashtra Home Secretary" (another country's side or official, shared-metonyms.ts): not the country they name
  // elsewhere.
  // "her first title since Wimbledon": a tournament's ground named in passing (tournament-grounds.ts).
  // "ruling party Morena" (party-names.ts), "BOGOTA — Defence Minister Pedro Sanchez" (namesake-officials.ts):
  // a party or a host's official named like a town or a newsmaker abroad.
  const named = withoutNamesakeOfficials(
    doc,
    withoutPartyNames(
      doc,
      withoutPassingTournaments(
        doc,
        withoutSharedMetonyms(
          doc,
          // "Taiwan CDC", "MANILA — The FDA": a federal body's name another country's body shares (federal-bodies.ts).
          withoutOthersFederalBodies(
            doc,
            withoutBodySeats(
              doc,
              withHolySeeSeat(
                doc,
                withNationTowns(
                  doc,
                  withoutUnconfirmedDemonymTowns(doc, withoutUnionSeat(doc, settled, datelineCode)),
                ),
                datelineCode,
              ),
              datelineCode,
            ),
            datelineCode,
          ),
          datelineCode,
        ),
      ),
    ),
    datelineCode,
  );
  // "FED SETS CUSTOMER REPURCHASE": a body read as its country only where nothing else places the story.
  const lastResort = lastResortBodyMentions(doc, entities, named, datelineCode);
  const mentions = lastResort.length ? lastResort : named;
  const tallies = new Map<string, Tally>();
  const tally = (code: string): Tally => {
    let t = tallies.get(code);
    if (!t) {
      t = {
        code,
        score: 0,
        salient: 0,
        mentions: [],
        inTitle: false,
        inLead: false,
        bodyCount: 0,
        dateline: false,
        moneyNamed: false,
      };
      tallies.set(code, t);
    }
    return t;
  };

  const dl = doc.dateline;
  const lead = leadEnd(doc);
  // "… to expand its customer base in Germany, the Netherlands and Poland", "builds engines shipped to Canada"
  // (expansion-targets.ts): markets a firm means to reach or sends its goods to weigh as little as a firm's seat and
  // act in no clause.
  const targets = tellsOfMarkets(doc)
    ? new Set(
        mentions.filter(
          (m) => m.code !== datelineCode && m.field === 'body' && isMarketTarget(doc, m.start, lead),
        ),
      )
    : NO_MENTIONS;
  // "Without the United States", "excluding China" (absent.ts): named, not a party; nothing to the tally.
  let present = mentions;
  for (const m of mentions) {
    const t = tally(m.code);
    t.mentions.push(m);
    if (isInInlineDateline(dl, m.field, m.start)) {
      t.dateline = true;
      continue;
    }
    if (namedAbsent(fieldOf(doc, m.field).text, m.start, m.end)) {
      present = present.filter((p) => p !== m);
      continue;
    }
    const weight = (KIND_WEIGHTS.get(m.kind) ?? 0) * (m.currency ? CURRENCY_FACTOR : 1);
    if (m.field === 'title') {
      // "…, snubbing U.S. and French bids": a losing bidder is named beside the deal (losing-bids.ts): shown, no
      // headline's weight for focus.
      // "US-China trade talks in Geneva: live updates", "… to sign peace treaty in Abu Dhabi": the city a headline's
      // meeting is held in says where, not who (meeting-hosts.ts; wild58): shown, the body decides its focus.
      if (
        namesLosingBidder(doc.title.text, m.start, m.end) ||
        // "Houthis claim attack on Liberian-flagged cargo ship": a ship's flag or a person's birthplace (origin-labels.ts) is shown, in focus
        // only by what the body makes of its country otherwise.
        (namesFlagOrBirthplace(doc.title.text, m.end) && !namedInBodyBesidesLabels(doc, m.code, mentions)) ||
        (m.kind === 'city' &&
          m.code !== datelineCode &&
          namesMeetingPlace(doc.title.text, m) &&
          !actsInBody(doc, m.code, mentions) &&
          // With no other country, the venue is the story ("Summit in Nairobi turns violent", review58).
          mentions.some((o) => o.code !== m.code))
      ) {
        t.salient += weight;
        continue;
      }
      if (!t.inTitle) {
        t.score += TITLE_WEIGHT * weight;
        t.salient += TITLE_WEIGHT * weight;
      }
      // A currency opening the headline is its matter (currency-subject.ts): "SAUDI RIYAL DEPOSIT RATES EASE".
      if (!m.currency || currencyOpensHeadline(doc.title.text, m)) t.inTitle = true;
      continue;
    }
    t.bodyCount++;
    // A currency named alone ("the yen", currency-names.ts) says where the money is, once: a foreign
    // exchange report names the yen in every line without being about Japan.
    if (m.currency && isCurrencyMention(m.text)) {
      if (!t.moneyNamed) t.score += weight;
      t.moneyNamed = true;
      t.salient += weight;
      continue;
    }
    // "the levels agreed to by six major nations last month in Paris": where the parties met before the story,
    // no party to it; weighs as little as a firm's seat, in focus too, and is no lead mention (past-venues.ts).
    const past = m.kind === 'city' ? pastVenueAt(doc, m.start, m.end) : NO_PAST_VENUE;
    // "… in the Oval Office in Washington. (AP Photo/Evan Vucci)" over the story (front-matter.ts): a caption shows a
    // country without reporting on it, so it weighs as little as a past venue and is no lead mention (wild55: a Ghana
    // story's caption put the US in focus).
    if (
      (past.met && m.code !== datelineCode) ||
      (m.start < doc.storyStart && m.field === 'body' && inCaptionLine(doc.body.text, m.start)) ||
      targets.has(m) ||
      // "exports channelled through Beira" (transit-points.ts): a port on the way is a route, not a party.
      (m.kind === 'city' && m.code !== datelineCode && isTransitPoint(doc.body.text, m.start)) ||
      // "The Australian dollar fell to 65.80 U.S. cents": the world's money an amount is counted in (amount-units.ts)
      // is a unit, as little a side as a firm's seat; not a security's ("a 100 mln U.S. dlr bond" is the issue's).
      (m.currency &&
        isWorldUnitOfAmount(doc.body.text, m.code, m.start) &&
        !securityAfter(doc.body.text, m.end))
    ) {
      t.score += ORIGIN_FACTOR * weight;
      t.salient += ORIGIN_FACTOR * weight;
      continue;
    }
    t.score += weight;
    // The seat of a firm weighs little in salience, though agencies index it (focus counts it in full).
    const origin =
      (isOriginCompound(doc.body.text, m.end) && !opensSentence(doc, m.start)) ||
      endsInstitutionName(doc.body.text, m.start) ||
      // "left The Hague last month": a place left before the story (past-venues.ts).
      past.left;
    t.salient += origin ? ORIGIN_FACTOR * weight : weight;
    if (m.start < lead && !t.inLead) {
      t.inLead = true;
      t.score += LEAD_WEIGHT * weight;
      if (!origin) t.salient += LEAD_WEIGHT * weight;
    }
  }
  if (datelineCode) {
    const t = tally(datelineCode);
    t.dateline = true;
  }

  // "Trump and Putin to meet": a headline naming a leader the body introduces by a country's office
  // ("Russian President Vladimir Putin") names that country.
  if (doc.title.text !== '')
    for (const code of headlinePeopleCountries(doc, entities, present)) {
      const t = tally(code);
      if (t.inTitle) continue;
      t.score += TITLE_WEIGHT * KIND_WEIGHT.demonym;
      t.salient += TITLE_WEIGHT * KIND_WEIGHT.demonym;
      t.inTitle = true;
    }

  const tallied = [...tallies.values()];
  if (!tallied.length) return [];
  // The mentions that may make a country a party or an item the story reports on: not a market it means to reach.
  const acting = targets.size ? present.filter((m) => !targets.has(m)) : present;
  const leadActing = doc.title.text.trim() === '' ? readLeadClause(doc, acting).acting : NO_CODES;
  const mainClause = readMainClause(doc, acting);
  const focusOf = decideFocus(
    tallied,
    mainClause,
    leadActing,
    surveyedCodes(doc, tallied),
    filedFromBodySeat(doc),
    desk,
    filedFromCourtSeat(doc),
    doc.storyStart,
    desk && filedFromDeskCity(doc),
  );
  // "BRUSSELS — The EU's AI rules took effect … The U.S. companies must comply": the regulated firms' home
  // is no party at the seat of the body that regulates them (fined-firms.ts).
  if (english && focusOf.size > 1 && filedFromBodySeat(doc) && tellsOfRules(doc, lead))
    for (const t of tallied)
      if (focusOf.has(t.code) && !t.dateline && !t.inTitle && namedOnlyAsFirmsHome(doc, t.mentions))
        focusOf.delete(t.code);
  // "HYDRO QUEBEC ISSUES CANADIAN DLR BOND" (LONDON): the home an issuer's name carries is no side of a
  // securities brief filed from the market abroad (issuers-abroad.ts).
  if (focusOf.size > 1)
    for (const t of tallied)
      if (focusOf.has(t.code) && !t.dateline && namedOnlyInIssuerAbroad(doc, t.mentions, datelineCode))
        focusOf.delete(t.code);
  // "will host the Greek Cypriot and Turkish Cypriot leaders in Geneva": the city of a meeting between two
  // others is no party to it (meeting-hosts.ts); with one other ("will attend a meeting in Managua") it may be.
  if (english && focusOf.size > 2) {
    const hosts = tallied.filter(
      (t) => focusOf.has(t.code) && !t.dateline && namedOnlyAsMeetingPlace(doc, t.mentions),
    );
    if (focusOf.size - hosts.length >= 2) for (const t of hosts) focusOf.delete(t.code);
  }
  // Focus by weight alone, before the rules below add the countries of lists, parties and tables.
  const byWeight = new Set(focusOf);
  // "Japan: …", "Chile: …": each labelled item of a digest is about its country (digest.ts).
  for (const code of digestLabels(doc.body.text, acting)) focusOf.add(code);
  // "traders in the U.K. received 43,500 tonnes, in the Netherlands 12,000 …": shares given out (allocations.ts).
  for (const code of allocatedCodes(doc, acting)) focusOf.add(code);
  // "The Philippines, which has clashed repeatedly with Chinese coast guard ships": a party (clash-parties.ts).
  if (focusOf.size > 0) for (const code of clashParties(doc, acting, focusOf)) focusOf.add(code);
  // "The Commission fined Apple … The California-based company said": the fined firm's country (fined-firms.ts).
  if (english) for (const code of finedFirmCountries(doc, acting, lead)) focusOf.add(code);
  // "WHO says malaria vaccine doses reach Africa": the countries its lead lists (region-lists.ts).
  for (const code of regionListed(doc, acting)) focusOf.add(code);
  // "The main buyers were Singapore, Japan, Britain and the Netherlands": a list the story reports on (reported-lists.ts).
  for (const code of reportedListed(doc, acting)) focusOf.add(code);
  // "Susumu Kitagawa of Japan, Richard Robson of Australia … won the Nobel Prize": people the lead opens with
  // and their countries (people-of-countries.ts).
  if (english) for (const code of leadPeopleCountries(doc, acting, entities)) focusOf.add(code);
  // "OPEC OUTPUT …" over a table of output by member: each producer with a row (output-tables.ts).
  for (const code of outputTableProducers(doc, acting)) focusOf.add(code);
  // A story about four or more countries that lists six or more: more of the countries it reports on (long-lists.ts).
  if (focusOf.size >= LONG_LIST_MIN_FOCUS) for (const code of longListed(doc, acting)) focusOf.add(code);
  // "Gaza talks resume in Doha … mediating between Israel and Hamas": the talks' sides (talk-sides.ts).
  for (const code of talkSides(doc, acting)) focusOf.add(code);
  // "U.S. and Chinese officials met in Geneva": the meeting's sides, and where it sat (meeting-sides.ts).
  const meeting = english ? meetingSides(doc, acting, datelineCode) : undefined;
  if (meeting) for (const code of meeting.sides) focusOf.add(code);
  // "Cyclone … Australia sent a team of 40 rescue workers": the country struck, not the senders of aid (aid-senders.ts).
  const stricken = english ? strickenCountry(doc, tallied.map(struckView)) : undefined;
  if (stricken) focusOf.add(stricken);
  // A firm's home country the story is not about is left out: "Deutsche Bank" advising a Russian oil
  // firm, "Sony" in a chart story, would otherwise pair with the story's countries.
  const all = tallied.filter((t) => focusOf.has(t.code) || !firmsOnly(t));
  if (!all.length) return [];
  const top = Math.max(...all.map(salienceScore));
  // "JUBA, South Sudan — South Sudan's oil exports through Sudan have stopped": the country filed from that
  // opens the lead as its subject is the story's, first, however often the neighbour is named (lead-subject.ts);
  // so is the one the headline opens with as its subject ("Senegal takes over …" from DAKAR, headline-subject.ts).
  const subjectRead =
    (datelineCode && focusOf.has(datelineCode)
      ? (leadSubjectCountry(doc, present, datelineCode) ??
        headlineSubjectCountry(doc, present, datelineCode) ??
        // "Petro vows to fight U.S. sanctions" (BOGOTA): the home leader the headline opens with.
        headlineLeaderCountry(doc, entities, present, datelineCode) ??
        // "DEN HAAG — Het kabinet …": the home government, unnamed, acts (home-government.ts).
        (government ? datelineCode : undefined))
      : undefined) ??
    stricken ??
    // "North Korea sends more troops to Russia, Seoul says": the headline's subject (reported-headline-subject.ts).
    (english ? inFocus(reportedHeadlineSubject(doc, present), focusOf) : undefined) ??
    // "Indonesia's president visits Japan": the visitor first, the host after it (visits.ts).
    inFocus(visitingCountry(doc, present), focusOf);
  // The venue of a meeting between two others is no subject of it, however the lead is written.
  const subject = subjectRead !== undefined && meeting?.venues.has(subjectRead) ? undefined : subjectRead;
  const ranked = all.map((t) => ({ t, salience: t.code === subject ? 1 : salienceOf(t, top) }));
  // A third country at a fifth of the first's weight in a story about two is background (faint-third.ts).
  const faint = faintThird(
    ranked
      .filter((r) => focusOf.has(r.t.code))
      .map((r) => ({
        code: r.t.code,
        salience: r.salience,
        // A short story in another language has every country it names in focus (short-story.ts), however
        // often its adjectives name the first ("el gobierno mexicano"); in English, a country a story of two
        // sentences has act there ("He will travel to Italy on Friday", "Poland scrambled fighter jets") is
        // in focus by that reading, not by its weight, which two sentences cannot give it.
        anchored:
          r.t.dateline ||
          r.t.inTitle ||
          r.t.code === subject ||
          !byWeight.has(r.t.code) ||
          mainClause.acting.has(r.t.code),
      })),
  );
  if (faint !== undefined) focusOf.delete(faint);
  // "GENEVA — OPEC oil ministers ended a second day of talks …": the meeting's venue ranks after the
  // countries acting in it (meeting-venue.ts).
  const venue = subject === undefined ? venueBelowActors(doc, present, datelineCode, ranked) : undefined;
  // "Russian and Ukrainian delegations met in Istanbul": the venue ranks after the sides (meeting-sides.ts).
  const venues =
    venue !== undefined ? new Set([venue]) : meeting ? venuesBelowSides(ranked, meeting) : NO_CODES;
  // "Sinner beats Alcaraz in Wimbledon final": the ground's country after the players' (tournament-grounds.ts).
  const ground = subject === undefined && venues.size === 0 ? groundBelowPlayers(doc, ranked) : undefined;
  // "Japan and Philippines sign defence pact as China tensions rise": the closing clause's country after the
  // pact's signatories (headline-clauses.ts).
  const background = backgroundBelowParties(doc, present, ranked, focusOf, subject);
  // "Belarus frees 52 prisoners after talks with U.S. envoy" (VILNIUS): the headline's opening subject first
  // (headline-subject.ts), unless ranked as a meeting's venue or a tournament's ground.
  const opening =
    subject === undefined && english
      ? inFocus(headlineOpeningSubject(doc, entities, present), focusOf)
      : undefined;
  const first = opening !== undefined && !venues.has(opening) && opening !== ground ? opening : subject;
  if (first !== subject) for (const r of ranked) if (r.t.code === first) r.salience = 1;
  sortInPlace(
    ranked,
    // At equal salience a country the story is about comes first ("LIMA — …, who spends part of the year
    // in Spain": Peru, then Spain), after the actors of a meeting its venue.
    (a, b) =>
      Number(b.t.code === first) - Number(a.t.code === first) ||
      b.salience - a.salience ||
      Number(venues.has(a.t.code)) - Number(venues.has(b.t.code)) ||
      Number(a.t.code === ground) - Number(b.t.code === ground) ||
      Number(background.has(a.t.code)) - Number(background.has(b.t.code)) ||
      Number(focusOf.has(b.t.code)) - Number(focusOf.has(a.t.code)) ||
      compareText(a.t.code, b.t.code),
  );
  return packedMap(ranked, ({ t, salience }) => ({
    code: t.code,
    name: countryName(t.code),
    salience,
    focus: focusOf.has(t.code),
    mentions: packedMap(sortInPlace(t.mentions, compareMentionPlaces), toMention),
  }));
}

/**
 * The countries the headline names only in a closing clause after two parties (headline-clauses.ts), their
 * salience lowered to that of the least salient party in focus so that they rank after the parties. Order and
 * salience only: focus is decided already.
 */
function backgroundBelowParties(
  doc: TagDocument,
  present: readonly CountryMention[],
  ranked: { t: Tally; salience: number }[],
  focusOf: ReadonlySet<string>,
  subject: string | undefined,
): ReadonlySet<string> {
  const inTitle = present.filter((m) => m.field === 'title');
  const { parties, background } = headlineRoles(doc.title.text, inTitle);
  if (background.size === 0) return background;
  let lowest = Number.POSITIVE_INFINITY;
  for (const r of ranked)
    if (parties.has(r.t.code) && focusOf.has(r.t.code) && r.salience < lowest) lowest = r.salience;
  if (lowest === Number.POSITIVE_INFINITY) return NO_CODES;
  for (const r of ranked)
    if (background.has(r.t.code) && r.t.code !== subject && r.salience > lowest) r.salience = lowest;
  return background;
}

/**
 * The dateline country of a meeting story, its salience lowered to that of the least salient country acting in
 * the meeting (meeting-venue.ts) so that it ranks after them; undefined when the story is no such story.
 */
function venueBelowActors(
  doc: TagDocument,
  present: readonly CountryMention[],
  datelineCode: string | undefined,
  ranked: { t: Tally; salience: number }[],
): string | undefined {
  const actors = meetingActors(doc, present, datelineCode);
  if (actors.size === 0) return undefined;
  const venue = ranked.find((r) => r.t.code === datelineCode);
  if (!venue) return undefined;
  let lowest = venue.salience;
  for (const r of ranked) if (actors.has(r.t.code) && r.salience < lowest) lowest = r.salience;
  venue.salience = lowest;
  return venue.t.code;
}

/**
 * The venues of a meeting between two sides the lead names (meeting-sides.ts), their salience lowered to the least
 * salient side's, the others' read as if no venue were named, so that the sides rank first; empty when the story
 * tells of no such meeting or names fewer than two of its sides.
 */
function venuesBelowSides(
  ranked: { t: Tally; salience: number }[],
  meeting: MeetingSides,
): ReadonlySet<string> {
  const sides = ranked.filter((r) => meeting.sides.has(r.t.code));
  if (sides.length < 2 || !ranked.some((r) => meeting.venues.has(r.t.code))) return NO_CODES;
  const others = ranked.filter((r) => !meeting.venues.has(r.t.code));
  const top = Math.max(...others.map((r) => salienceScore(r.t)));
  for (const r of others) r.salience = salienceOf(r.t, top);
  let lowest = Number.POSITIVE_INFINITY;
  for (const r of sides) if (r.salience < lowest) lowest = r.salience;
  for (const r of ranked) if (meeting.venues.has(r.t.code) && r.salience > lowest) r.salience = lowest;
  return meeting.venues;
}

/** "Australian Open", "French Open": a people's word naming a tournament. */
const TOURNAMENT_AFTER = /^\s+Open\b/;

/**
 * The country named only by a tournament's ground when a player's country is named by its people's word ("The
 * Italian world number one", "the Spaniard"): the others' salience is read as if the ground were not named, and
 * the ground's is the first player's, so that it ranks after it; undefined when the story is no such story.
 */
function groundBelowPlayers(doc: TagDocument, ranked: { t: Tally; salience: number }[]): string | undefined {
  const ground = ranked.find((r) => namedOnlyByGround(r.t.mentions));
  if (!ground) return undefined;
  const others = ranked.filter((r) => r !== ground);
  // "the Australian Open champion": a tournament's name, not a player's people.
  const playersWord = (m: CountryMention) =>
    m.kind === 'demonym' && !TOURNAMENT_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 8));
  const players = others.filter((r) => r.t.mentions.some(playersWord));
  if (players.length === 0) return undefined;
  const top = Math.max(...others.map((r) => salienceScore(r.t)));
  for (const r of others) r.salience = salienceOf(r.t, top);
  ground.salience = Math.min(ground.salience, Math.max(...players.map((r) => r.salience)));
  return ground.t.code;
}

/**
 * "Baker says he stands by Paris currency agreement", "the Oslo Accords", "the Minsk agreements", "the Kyoto
 * Protocol": a pact named after the city where it was made is a name, not a mention of the city's country
 * (the country is no party for being the host).
 */
const TREATY_AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:currency|monetary|climate|peace|trade|debt)\s+)?(?:pact|accords?|agreements?|treaty|protocol|conventions?|statute|declaration)\b/i;

function withoutTreatyCities(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const treaty =
      m.kind === 'city' && TREATY_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 32));
    if (treaty) out ??= found.slice(0, i);
    else out?.push(m);
  }
  return out ?? found;
}

const FEW_WORDS = /^\s*(?:\S+\s+){0,2}$/;

/**
 * "Berlin-based startup Cloover raised €22 million", "The Mumbai-headquartered firm plans …": a seat that
 * opens a sentence is its subject's, the firm the story is about, not a partner's in passing.
 */
function opensSentence(doc: TagDocument, start: number): boolean {
  const sentence = doc.body.sentences.find((s) => s.end > start);
  const from = Math.max(sentence?.start ?? 0, doc.storyStart);
  return start >= from && FEW_WORDS.test(doc.body.text.slice(from, start));
}

/** Whether the body names the country other than as a flag or a birthplace ("Liberia's maritime authority said"). */
function namedInBodyBesidesLabels(
  doc: TagDocument,
  code: string,
  mentions: readonly CountryMention[],
): boolean {
  return mentions.some(
    (o) => o.code === code && o.field === 'body' && !namesFlagOrBirthplace(doc.body.text, o.end),
  );
}

/** A hyphen first: most mentions are followed by a space, and the pattern is then not tried. */
function isOriginCompound(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && ORIGIN_COMPOUND.test(text.slice(end, end + 16));
}

/** "the Serum Institute of India", "Tokyo University of Science": a body's name, ending in its country. */
const INSTITUTION_OF =
  /\b[A-Z][a-z]+\s+(?:Institute|University|College|Foundation|Society|Museum|Academy|Hospital|School|Corporation|Company|Group)\s+of\s+(?:the\s+)?$/;

/** An "f" two characters back ("of "): most mentions follow no "of". */
function endsInstitutionName(text: string, start: number): boolean {
  return (
    text.charCodeAt(start - 2) === 102 && INSTITUTION_OF.test(text.slice(Math.max(0, start - 48), start))
  );
}

function toMention(m: CountryMention): Mention {
  return { field: m.field, start: m.start, end: m.end, text: m.text };
}

// Where the story was filed weighs like one mention of the country's name in the body ("SHENZHEN —
// BYD said it would build a plant with Texas-based partners": China, not Texas, is the story's country).
const DATELINE_SCORE = 1;

const inFocus = (code: string | undefined, focus: ReadonlySet<string>) =>
  code !== undefined && focus.has(code) ? code : undefined;

/** A tally as aid-senders.ts reads it. */
function struckView(t: Tally): NamedCountry {
  return {
    code: t.code,
    mentions: t.mentions,
    weight: salienceScore(t),
    named: t.inTitle || t.inLead || t.dateline || t.bodyCount > 1,
    dateline: t.dateline,
  };
}

/** The score salience is read from: the mentions', and the dateline's. */
function salienceScore(t: Tally): number {
  return t.dateline ? t.salient + DATELINE_SCORE : t.salient;
}

function salienceOf(t: Tally, top: number): number {
  // Nothing named in the text: the dateline country is all the article has.
  const base = top > 0 ? salienceScore(t) / top : 1;
  const withDateline = t.dateline ? Math.max(base, 0.3) : base;
  return Math.round(Math.min(1, withDateline) * 1000) / 1000;
}

const NO_CODES: ReadonlySet<string> = new Set();
/** The most countries a lead filed from a body's seat names as the body's subject (resolve.ts decideFocus). */
const MAX_SEAT_SUBJECTS = 3;

/** A country the story names only through its firms ("Safaricom", "Toyota"; companies.ts). */
function firmsOnly(t: Tally): boolean {
  return !t.dateline && t.mentions.every((m) => m.kind === 'company');
}

/**
 * A country is in focus when the headline names it, when the body keeps coming back to it (BODY_FOCUS),
 * when it is the only country the article names (a country a short story names only in passing does
 * not count), when it acts in the main clause of a short story (see short-story.ts), or when the
 * article surveys many countries (see survey.ts) and reports on it. The dateline country is in focus
 * too (agencies index a story by where it happened, and a local story names no other country) unless
 * the body never names it while two other countries dominate: then it is only where the story was filed,
 * except at the seat of the body the headline or lead names ("BRUSSELS — The EC warned Japan and the
 * United States", "GENEVA — Australia attacked the U.S. at a GATT meeting"; seats.ts): the body acts there.
 * An article without a headline in which no country stands out by these rules is about the countries
 * acting in the main clause of its lead (see `readLeadClause`); when two of them act there, a dateline
 * country the body never names is, again, only where the story was filed.
 */
function decideFocus(
  tallies: readonly Tally[],
  short: MainClause,
  leadActing: ReadonlySet<string>,
  surveyed: ReadonlySet<string>,
  bodySeat = false,
  desk = false,
  courtSeat = false,
  storyStart = 0,
  deskCity = false,
): Set<string> {
  const focus = new Set<string>();
  const named = tallies.filter((t) => t.score > 0);
  // "Sony and Nintendo" in a story on Microsoft's console: rivals' home countries are no story's country
  // unless the headline names the firm ("Budget Aston takes on Porsche"), nor do they leave a country
  // the story names as such less alone (a firm in the headline does: "Safaricom lifts profit" is not
  // about Ethiopia, where it has a unit).
  const strong = (t: Tally) => t.inTitle || (t.score >= BODY_FOCUS && !firmsOnly(t));
  // A world company desk's dateline (desks.ts) is where the story was written: the story's countries are
  // read as if it had none, and the desk's country is in focus only when no other country is (and a desk city's
  // never: desks.ts).
  const filedFrom = desk ? undefined : tallies.find((t) => t.dateline);
  const asSuch = named.filter((t) => t.inTitle || !firmsOnly(t));
  // A country a short story names only in passing ("…, the Norwegian-born chef said") leaves the
  // other one alone; when all it names is in passing, that is all it offers.
  const inClause = (asSuch.length ? asSuch : named).filter((t) => !short.passing.has(t.code));
  const real = inClause.length ? inClause : asSuch.length ? asSuch : named;
  // "GENEVA — The WHO declared the mpox outbreak in Congo over": filed from the seat of the body that
  // acts, a story is about the one country its headline or lead names all the same (seats.ts).
  const only = real.length === 1 ? real[0]! : undefined;
  const alone =
    only !== undefined && (!filedFrom || filedFrom === only || (bodySeat && (only.inLead || only.inTitle)));
  // "GENEVA — The WHO said cholera cases in Sudan and Yemen had doubled" (wild42 ★7): so are the two or three
  // countries the headline or lead names when the story names no other, and the seat only by its dateline.
  const seatSubjects =
    bodySeat &&
    filedFrom !== undefined &&
    real.length > 1 &&
    real.length <= MAX_SEAT_SUBJECTS &&
    !real.includes(filedFrom) &&
    real.every((t) => t.inLead || t.inTitle);
  for (const t of named) {
    if (
      strong(t) ||
      (alone && t === only) ||
      (seatSubjects && real.includes(t)) ||
      short.acting.has(t.code) ||
      surveyed.has(t.code)
    )
      focus.add(t.code);
  }
  let leading = 0;
  if (focus.size === 0) {
    for (const t of named) {
      if (leadActing.has(t.code) && !t.dateline) {
        focus.add(t.code);
        leading++;
      }
    }
  }
  for (const t of tallies) {
    if (!t.dateline || focus.has(t.code)) continue;
    // At a desk city itself, not even then (wild50 C12: "BENGALURU (Reuters) - Walmart raised …" was India's).
    if (desk && (focus.size > 0 || deskCity)) continue;
    // "THE HAGUE — The ICJ ordered Azerbaijan …": a court's seat the story names only as the court's home
    // ("the Peace Palace in The Hague") is where the ruling was read, when the story has a party in focus.
    // A city-state's seat is named by the country's own name: "LUXEMBOURG (Reuters) - The European Court
    // of Justice ruled against Poland" (the dateline's word, no other mention of Luxembourg).
    if (
      courtSeat &&
      focus.size > 0 &&
      t.mentions.every((m) => m.kind === 'city' || (m.field === 'body' && m.end <= storyStart))
    )
      continue;
    const dominantOthers = tallies.filter((o) => o !== t && o.score >= DOMINANT).length;
    // At a body's seat the story happened where it was filed, however much two others dominate it.
    if (t.bodyCount > 0 || bodySeat || (dominantOthers < 2 && leading < 2)) focus.add(t.code);
  }
  return focus;
}

/**
 * The countries a survey reports on (see survey.ts), none when the story is no survey. A vote's roll call
 * names voters, not countries reported on (roll-calls.ts).
 */
function surveyedCodes(doc: TagDocument, tallies: readonly Tally[]): ReadonlySet<string> {
  const reported = withoutRollCalls(doc, tallies);
  if (!isSurvey(surveyView(reported), doc.body.sentences, doc.body.text)) return NO_CODES;
  return new Set(reported.filter((t) => reportedInBody(t.mentions)).map((t) => t.code));
}

// Moved to lead-focus.ts (2026-12-01); kept importable from here for callers of the resolver.
export { focusDominantCountry, focusLeadCountry } from './lead-focus.js';
