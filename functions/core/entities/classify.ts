import { reportsAsPerson, speaksAsGovernment } from '../countries/capital-speaker.js';
import { keyOf, lookupMetonym, lookupPhrase, lookupPlace } from '../countries/gazetteer.js';
import type { Field } from '../schema.js';
import { codeUnitAt, endsWithText, lowerCased, startsWithDigit, withoutMarks } from '../text/chars.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern, startsLower, startsUpper } from '../text/letters.js';
import { candidateWith } from './candidate-copy.js';
import {
  type Chunk,
  chunkWith,
  EVENT_OF_LEADS,
  FOREIGN_CONJUNCTIONS,
  lookupKey,
  MODEL_DESIGNATION,
  PLACE_KINDS,
  saintSurnameAfter,
  type Word,
  wordInBracketsAfter,
  workTitleWord,
} from './chunk.js';
import { combiningFormCountry, combiningFormPeople } from './combining-forms.js';
import { craftNounAfter } from './craft-nouns.js';
import { isDigitGluedName } from './digit-glued-names.js';
import { firmKindOpening, firmSaysAfter, firmsOwnerAfter, firmsPartAfter } from './firm-cues.js';
import { isKoreanStyleName } from './hyphened-given-name.js';
import { isNumberedIndex } from './index-names.js';
import {
  bodyNounBefore,
  capitalNamed,
  collectiveAfter,
  currencyCode,
  FIXTURE_VERBS as FIXTURE_PREV,
  kindByNeighbours,
  leadsRound,
  listedFirm,
  memberRoleAfter,
  opponentAfterWho,
  pluralAfterWho,
  sailingStory,
  spokenFor,
} from './kind-cues.js';
import { isKnownBodyWord, knownBodyNamed } from './known-bodies.js';
import { isLegalFormLead, isLegalFormWord } from './legal-form.js';
import {
  CALENDAR_WORDS,
  FAMILY_NAMES_FIRST,
  FUNCTION_WORDS,
  GAZETTEER,
  type GazetteerEntry,
  isBrandWord,
  isGivenName,
  isKnownSurname,
  isLowerWord,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_LEADS,
  PLACE_HEADS,
} from './lexicon.js';
import { newsmakerNamed } from './newsmakers.js';
import type { DocumentEvidence } from './recognize.js';
import { playerDeed } from './scorers.js';
import { sportCountryAt } from './sport-codes.js';
import { stageNameLength } from './stage-names.js';
import {
  AMOUNT_AFTER_NUMBER,
  BOND_NAMES,
  CLOCK_BEFORE,
  CRUDE_BENCHMARKS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE_FIGURE,
  CURRENCY_BEFORE_SUM,
  CURRENCY_CODES,
  creditRating,
  currencyGluedToFigure,
  currencyPairEnd,
  DESIGNATION_AFTER,
  FINANCE_SHORTHAND,
  GLUED_UNITS,
  gluedAfter,
  indexPairAt,
  investedBefore,
  MONTH_SHORT_FORMS,
  monthSpan,
  PRESS_AFTER_INDEX,
  SITE_PREPOSITIONS,
  STOCK_INDICES,
  SUM_AFTER,
  shareMoveAfter,
  sumAfter,
  tickerAfter,
  tickerPart,
} from './typing/amounts-and-markets.js';
import {
  bodyAppositionAfter,
  callingApposedAfter,
  firmAppositionAfter,
  officeApposedAfter,
  PARTY_APPOSITION_HEADS,
  partyMemberApposedAfter,
  titleApposedAfter,
} from './typing/appositions.js';
import {
  BODY_ADJECTIVES,
  bodyInCountry,
  FACTIONS,
  FOREIGN_ARTICLES,
  FOREIGN_ORG_HEAD,
  GENERAL_EVENTS,
  GROUP_FORUMS,
  generalBody,
  groupWordByNeighbours,
  hasLeadOf,
  hasOrgHeadOf,
  hasOrgLeadOf,
  MEMBERS_AFTER,
  MISSION_NOUNS,
  NEWSROOM_HEADS,
  NOT_BODY_AFTER,
  NOT_ORG_ACRONYMS,
  ORG_NOUNS_AFTER,
  PARTY_CUES_AFTER,
  PARTY_NOUNS,
  partyMembers,
  partyNounPastBracket,
  RANK_FIRM_LEADS,
  SIGN_OFF_BEFORE,
  SPOKEN_FOR,
  TAG_OPENERS,
  TE_BODY_WORDS,
} from './typing/bodies-and-parties.js';
import { briefPlaceBeforeHolder } from './typing/brief-before-holder.js';
import {
  type Base,
  candidate,
  fromGazetteer,
  lookup,
  NO_CONTEXT,
  NO_INFO,
  placeFields,
  placeIdOf,
  placeOfSpan,
} from './typing/candidates.js';
import {
  type Candidate,
  type CandidateType,
  type Context,
  fieldsOf,
  lowerTokenText,
  norm,
  type PreparedField,
  startsWithCapital,
  tokenText,
} from './typing/context.js';
import {
  BODY_KINDS_BEFORE,
  EVENT_HEADS,
  INDEX_AFTER,
  ORG_CUES_AFTER,
  PERSON_VERBS,
  PUBLICATION_HEADS,
  SPEAKER_VERBS,
  TEAM_VERBS,
} from './typing/cue-words.js';
import {
  disasterListReadsAsPlaces,
  disasterStrikesAt,
  inListOfNames,
  listDisasterStrikes,
} from './typing/disaster-places.js';
import {
  datelineMentionPlace,
  datelinePlace,
  opensDateline,
  pressDigest,
  slugEnd,
} from './typing/documents-and-datelines.js';
import { namesEponymIllness } from './typing/eponym-illnesses.js';
import {
  artistBeforeArtwork,
  CLIMATE_COP,
  CLIMATE_PATTERNS,
  degreeBefore,
  EPONYM_EVENT_HEADS,
  EURO_YEAR,
  EVENT_AFTER,
  EVENT_PART_WORDS,
  EVENT_WORDS,
  eventOwnedByTime,
  FESTIVALS,
  JOURNAL_NOUNS,
  LEGISLATION_BEFORE,
  missionOrWorkNear,
  PRIZE_DETERMINERS,
  PRIZE_RACE_AFTER,
  PRIZES,
  PUBLISHED_IN,
  prizeFieldAt,
  prizeNounAfter,
  quotedTitleAt,
  showBeforeRole,
  softwareNamedAt,
  workAt,
  workStarredIn,
} from './typing/events-and-works.js';
import {
  APPLE_THINGS,
  aiFirmName,
  BANK_WORDS,
  CAMEL_CASE_BRAND,
  COMPANY_OF,
  COMPANY_VERBS,
  CORPORATE_SUFFIXES,
  commercialNounBefore,
  FIRM_NOUNS_AFTER,
  firmAround,
  firmBrandAt,
  firmGuidanceAfter,
  firmKindBefore,
  firmOfExamples,
  goodsSoldAfter,
  INITIALS_BRAND,
  isCompanyOrTeamName,
  laterFirmOfList,
  MAKER_NOUNS,
  ownedByFirm,
  STAFF_AFTER,
  sectorGroupBefore,
  serviceNounAfter,
  speakersEmployerAt,
  staffAt,
  titleFirmName,
} from './typing/firm-cues-around.js';
import { firmResultsAfter, makerClauseAfter } from './typing/firm-deeds.js';
import { firmDealAfter, firmNamesOfficerAfter, firmResultAfter, firmSaysResult } from './typing/firm-news.js';
import { firmShapedLikePerson, hyphenedOrdinaryWords } from './typing/firms-shaped-like-people.js';
import { isGroupAdjectiveBeforeNoun } from './typing/group-adjectives.js';
import { horseRiddenAfter } from './typing/horses.js';
import { hostsEventAfter } from './typing/host-towns.js';
import { invertedSpeakerAt, personApposedAfterOpening } from './typing/inverted-speakers.js';
import {
  journeyTo,
  journeyToPlaceOnly,
  personAppositionAfter,
  raceGroundAround,
  settlementOf,
} from './typing/journeys-and-venues.js';
import { lineUpItem, venueLineRole } from './typing/line-ups.js';
import { MODEL_NOUNS, makerWord, modelNounEndsList, salesOfBefore } from './typing/maker-models.js';
import { groundAfterAtThe } from './typing/match-reports.js';
import { medicineApposedAfter } from './typing/medicines.js';
import { climbNamed } from './typing/mountain-passes.js';
import { PLURAL_LOOKALIKE, typeOneWord } from './typing/one-word.js';
import { asOpeningCommonNoun } from './typing/opening-common-noun.js';
import { ordinaryWordsNamePerson } from './typing/ordinary-word-people.js';
import {
  callToReaderOpens,
  headingLineOpener,
  liveMatchMark,
  sectionHeading,
} from './typing/page-furniture.js';
import {
  AGE_BEFORE,
  ageAfter,
  bodySpelledThroughIn,
  endsFullName,
  NAME_HONORIFICS,
  NAME_SUFFIXES,
  nameLike,
  namesPerson,
  ordinaryGivenVenue,
  ordinarySurnameAlone,
  ownedByPerson,
  personalVenue,
  personalVenueOfThree,
  personOfCountry,
  personsFullName,
  placeNamedPerson,
  principalTitledAfter,
  readsAsFullName,
  SPOKESPEOPLE_AFTER,
  surnameCue,
  surnameSpeaksElsewhere,
  townAsGivenName,
  tradeBeforePerson,
  unknownMiddle,
  unlistedGivenVenue,
  warnsOfThing,
} from './typing/person-cues.js';
import {
  aerialSurveyBefore,
  aerialSurveyOfListBefore,
  afterCountryNote,
  areaNamedBefore,
  baseAfter,
  CARDINAL_POINTS,
  COMPASS_ADJECTIVE,
  CONTINENTS,
  COPULAS,
  compassWord,
  coordinatedWithTown,
  isCountryName,
  isNationalWordOf,
  isPlaceWord,
  isPlaceWordOf,
  isTownWord,
  LIST_JOINERS,
  listAfterLocative,
  listedAsBodyOrPlace,
  NATION_KINDS,
  PLACE_OWNS,
  PLURAL_PLACE_NOUNS,
  placeName,
  placesIncluding,
  placesListAfter,
  placesListBefore,
  placesListGoesOn,
  placesSuchAs,
  REGIONAL_PEOPLES,
  REGIONAL_PEOPLES_TWO_WORDS,
  RESIDENT_NOUNS,
  RIDDEN_ON,
  RIVERS,
  regionAfterComma,
  regionAt,
  STATE_PHRASE_ENDS,
  townBeforeRegion,
  unknownWords,
} from './typing/place-cues.js';
import { placeInKnownPlace } from './typing/place-in-place.js';
import { bodyPartBeforeInjury, injuryOfPlayerAfter } from './typing/player-injuries.js';
import { playerNamedLikeClub, playerWithUnlistedGivenName } from './typing/players-named-like-clubs.js';

import {
  DIGIT_IN_WORD,
  LETTER_MODEL_CODE,
  lineBeforeModel,
  MODEL_NUMBER,
  MODEL_NUMBER_BEFORE_SUFFIX,
  MODEL_SUFFIXES,
  modelLineStart,
  modelWithNumber,
  NOT_CRAFT_KINDS,
  nameWithNumberAfter,
  ownerBefore,
  productAfter,
  SOLD_UNITS,
  shipNumberAfter,
  versionAfter,
} from './typing/products-and-models.js';
import {
  firmItAfter,
  personPronounLaterInSentence,
  personPronounNext,
  personPronounTakesUpElsewhere,
  pronounAfter,
  pronounOpensNextSentence,
  thingPronounNext,
} from './typing/pronouns.js';
import { type Reading, readAs, type SpanContext } from './typing/reading.js';
import { resolveByDocument, STRONG_LOCATIVE } from './typing/resolve-by-document.js';
import { qualifierOfDay, seasonBeforeThing } from './typing/seasons.js';
import {
  ARTICLES,
  afterPossessive,
  allCapitals,
  CLAUSE_ENDS,
  CLAUSE_OPENERS,
  capitalisedInBody,
  isWithPeriod,
  LOWER_WORD_START,
  lineAlone,
  nounAfter,
  sentenceEndsAfter,
  withoutPossessive,
} from './typing/sentence-shape.js';
import { shipsApposed } from './typing/ships-apposed.js';
import { isPlanetWord, MOON_NOUNS, spaceThing } from './typing/space-things.js';
import { sportBodyName } from './typing/sport-bodies.js';
import {
  BID_WORDS,
  bidForPlayer,
  bowlingFiguresAfter,
  CAR_BEFORE,
  CAR_NOT_TEAMS,
  CLUB_DEAL_VERBS,
  CLUB_PREFIXES,
  COMPETITION_AFTER,
  CRICKET_FORMATS,
  clubBefore,
  clubClosedByInitialsAt,
  clubOfInitialsAndTown,
  competitionLeague,
  FORMULA_CLASSES,
  inResultSentence,
  isResultSlot,
  isSportsDocument,
  isTeamContext,
  isTeamNickname,
  LEAGUE_SPORTS,
  LEAGUE_TABLES,
  PLAYS_FOR,
  playerAfter,
  playerName,
  playerNamedLikeTeam,
  resultAfterTeam,
  SCORECARD_BEFORE,
  SIDE_BEFORE,
  SQUAD_NOUNS,
  TOURNAMENTS,
  tallyForTheTeam,
  teamAfterEntrant,
  transferBefore,
  transferDestination,
  VENUE_PREPOSITIONS,
} from './typing/sports-context.js';
import { teamRacedFor } from './typing/teams-raced-for.js';

import {
  abbreviatedMinisterAt,
  appointedAsPerson,
  bodyBeforeHonoraryRole,
  CAPITALS_TITLES,
  holderAfterSeat,
  holderInCapitals,
  MILITARY_BRANCHES,
  namedToPersonsOffice,
  officerOfficeOnly,
  onlyTitleWords,
  seatTitleAt,
} from './typing/titles-and-offices.js';
import {
  AUXILIARY,
  AWARD_AFTER_WORD,
  CALENDAR_WORD,
  CASED,
  COMPANY_KIND_BEFORE,
  DEVICE_AFTER_WORD,
  DIGITS_TEXT,
  INDEX_WORD,
  LOCATIVE_WORD,
  MEETS_WORD,
  OIL_GRADE_WORD,
  ORG_CUE_AFTER,
  PERSON_VERB,
  PLACE_NOUN,
  PRODUCT_AFTER_WORD,
  PRODUCT_BEFORE_WORD,
  PROGRAMME_AFTER_WORD,
  SPEAKER_VERB,
  STAFF_WORD,
  tokenBits,
  WHO_WORD,
} from './typing/token-bits.js';
import { EVENT_AFTER_TOWN, LOWER_CONTENT_WORD } from './typing/towns-as-events.js';
import { roleLabel, speakerLabel } from './typing/transcripts.js';
import { universityNamed } from './typing/universities.js';
import { isWordNamedAgency } from './typing/wire-agencies.js';
import {
  ACRONYM,
  INITIALS,
  isTitle,
  isTitleLower,
  S_ACRONYM,
  S_CURRENCY_AMOUNT,
  S_CURRENCY_AMOUNT_SCALED,
  S_EXIT_BLEND,
  S_FISCAL_PERIOD,
  S_INITIALS,
  S_MODEL_CODE,
  S_PARTY_STATE_TAG,
  S_PLURAL_ABBREVIATION,
  S_ROMAN_NUMERAL,
  S_TIME_ZONE,
  S_UNIT_INITIAL,
  SURNAME_SHAPE,
  shapeIs,
  TWO_CAPITALS,
  W_BROADCAST_LEAD,
  W_CELESTIAL,
  W_COMPASS,
  W_CRYPTO,
  W_DISEASE,
  W_EVENT_HEAD,
  W_FOREIGN_ORG_LEAD,
  W_FUNCTION,
  W_INSTITUTION,
  W_MATCH_NAME,
  W_NAMED_DAY,
  W_ORG_HEAD,
  W_PARTY_MEMBERS,
  W_PARTY_WORD,
  W_PLACE_HEAD,
  W_PLACE_LEAD,
  W_TITLE,
  W_WEATHER,
  W_WEB_ADDRESS,
  wordIs,
} from './typing/word-tests.js';
import {
  brandBeforeUnknownWord,
  cuesAroundName,
  METRO_LEADS,
  officeDomainOpens,
  openingWordsDropped,
  type RunOpening,
  titleCueBefore,
  titlesBeforeName,
} from './typing/words-before-name.js';
import { namedAfterShipKind, shipApposedAt } from './vessels.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from './word-facts.js';

export type { Candidate, CandidateType } from './typing/context.js';

/** A saint's name opening a town's: "St. Louis", "Saint Paul". */
const SAINT_LEADS = new Set(['st', 'st.', 'saint']);
/** Adjectives of nearness between a locative and a town: "in nearby Northfleet". */
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);
/** A country's initials with periods, after which wire copy may capitalise a word ("UK Athletics" has none). */
const COUNTRY_INITIALS = new Set(['U.S.', 'U.K.']);
/** Bodies a country's initials name with an ordinary word: "U.S. Treasury", "U.S. Steel", "U.S. Soccer". */
const BODY_NOUNS_AFTER_COUNTRY = new Set(
  'treasury steel open senate congress embassy mint navy army marines government administration soccer athletics sport sports music finance'.split(
    ' ',
  ),
);
/** Places named after "at": "the border crossing at Ras Jedir", "the airport at Quy Nhon". */
const PLACES_AT = new Set('crossing airport port harbour harbor terminal checkpoint'.split(' '));
/** A verb or an auxiliary after a name opening a sentence, which makes the name its subject. */
const SUBJECT_VERB = letterPattern(
  String.raw`^(?:has|had|have|is|was|will|would|could|can|may|might|must|should|also|then|later|\p{Ll}+ed)$`,
);
/** Ordinal words before a contest's or a prize's name: "a fourth Copa Libertadores". */
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth record'.split(' '),
);

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
    ...(known ? { known } : {}),
  };
  const out: Candidate[] = [];
  for (const chunk of chunks) {
    const typed = asOpeningCommonNoun(typeChunk(chunk, ctx), chunk, ctx);
    for (let i = 0; i < typed.length; i++)
      out.push(universityByName(speakersEmployer(typed[i]!, chunk, ctx), chunk, ctx));
  }
  resolveByDocument(out, ctx);
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
/** Whether the first word no list knows opens a run whose other words are a listed body's name. */
function unlistedNounBeforeBody(words: readonly Word[], from: number, to: number, ctx: Context): boolean {
  const first = words[from]!;
  if (isGivenNameWord(first) || isKnownSurnameWord(first) || gazetteerOfWord(first) !== undefined)
    return false;
  const rest = lookup(words, from + 1, to, ctx);
  return rest !== undefined && ('kind' in rest ? rest.kind : rest.type) === 'organization';
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
/** Verbs of winning before an event named by its town: "won Wimbledon", "to win Wimbledon". */
const WON_BEFORE = new Set(['won', 'win', 'wins', 'winning']);
/** Offices held of a place, "of" after them taking its name: "governor of Moquegua". */
const PLACE_OFFICES = new Set(['governor', 'governors', 'governorship', 'mayor', 'mayors', 'mayoralty']);
/** Three or more capitalised parts joined by hyphens: "Bull-Bora-Hansgrohe". */
const SPONSOR_CHAIN = /^[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*){2,}$/;
/** Given names news writes mostly as the adjective opening a body's name: "Royal Mail", "Sterling Bank". */
const BODY_ADJECTIVE_GIVEN_NAMES = new Set(['royal', 'sterling', 'noble']);
const ROYALS_THEMSELVES = new Set(['family', 'household', 'highness', 'couple']);
/**
 * What the Crown grants, signs or holds, no body of its own: "received Royal Assent", "a Royal Pardon", "Royal
 * Wedding crowds" (fixE46: read a body after "Royal" before any ordinary word).
 */
const ROYAL_ACTS = new Set(
  (
    'assent pardon prerogative warrant decree charter consent approval seal visit tour wedding funeral ' +
    'coronation jubilee'
  ).split(' '),
);
/** Kinds of listed word that may follow such an adjective in a body's name ("Royal Caribbean", "Royal Dutch"). */
const PLACE_OR_PEOPLE = new Set(['place', 'country', 'demonym', 'group']);
const CENTRE = new Set(['centre', 'center']);
/** Prepositions of where one is, before "the Centre" as a venue ("shoppers at the Centre"). */
const VENUE_BEFORE = new Set(['at', 'in', 'near', 'outside', 'inside', 'into']);
/** What follows "up" after a participle opening a sentence: "Fed up with", "Fed up of", "Fed up,". */
const FED_UP_AFTER = new Set(['with', 'of', ',']);
/** A place named where "in" would name it ("Trenton, Nova Scotia"): other mentions of it keep the place. */
const AS_IN: Base = { locative: true, prev: 'in' };
/** Nouns before the name of an operation or a mission: "the naval mission Aspides", "operation Sindoor". */
const OPERATION_NOUNS = new Set(['mission', 'operation']);
/** A number of digits alone: "10" in "Block 10". */
const ALL_DIGITS = /^\d+$/;
const COMMON_AMPERSANDS = new Set(['A&E', 'R&D', 'M&A', 'Q&A', 'P&L', 'B&B', 'R&B', 'F&B', 'G&T']);

/** Chambers whose members a party's adjective picks out: "Senate Democratic leader". */
const CHAMBERS = new Set(['Senate', 'House', 'Assembly']);
const PARTY_ADJECTIVES = new Set(['Democratic', 'Republican']);
const LOWER_START = /^[a-z]/;
/** What is won or played in a tournament named by a plural: "a Masters title", "an Ashes Test". */
const TOURNAMENT_NOUNS_AFTER = new Set(
  'title titles champion champions crown trophy win victory tournament week leaderboard debut round jacket series test'.split(
    ' ',
  ),
);
/** The host country before a tournament's plural name: "the US Masters". */
const HOST_COUNTRY_BEFORE = new Set(['us', 'u.s.', 'u.s']);

function typeChunk(chunk: Chunk, ctx: Context): Candidate[] {
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
  return (
    rolesIndicesAndShortNames(chunk, ctx) ??
    basesPapersAndCapitalsTitles(chunk, ctx) ??
    stageNamesBodiesAndShips(chunk, ctx) ??
    unitsGeneralsSeatsAndCounties(chunk, ctx) ??
    daysEventsCodesAndParties(chunk, ctx) ??
    typeAfterLead(chunk, ctx)
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

/** A place, a country or a body the lists know by this name: a list of them is no line-up. */
const listedPlaceOrBody = (name: string) => {
  const kind = GAZETTEER.get(norm(name))?.kind;
  return (
    kind === 'place' ||
    kind === 'country' ||
    kind === 'organization' ||
    (kind === undefined && lookupPlace(name) !== undefined)
  );
};

/**
 * Transcripts' role labels, a body's honorary role, bands, market indices, numbered places, leagues,
 * chambers, agencies' probes, "Non-", qualifiers, combining forms, listed firms and newsmakers a function
 * word opens.
 */
function rolesIndicesAndShortNames(chunk: Chunk, ctx: Context): Candidate[] | undefined {
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

/**
 * A place's lead before "of", a firm's kind opening a sentence, bases, quoted titles, festivals, papers,
 * capitals titles and press digests, leagues.
 */
function basesPapersAndCapitalsTitles(chunk: Chunk, ctx: Context): Candidate[] | undefined {
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

/**
 * Stage names, bodies the Arabic article opens, bodies the team's list knows, foreign conjunctions, fiscal
 * periods, works, ships.
 */
function stageNamesBodiesAndShips(chunk: Chunk, ctx: Context): Candidate[] | undefined {
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

/**
 * Units glued to figures, "General" events and bodies, saints' surnames, wire slugs, seats on a body, Irish
 * counties, state abbreviations, party factions, quoted works.
 */
function unitsGeneralsSeatsAndCounties(chunk: Chunk, ctx: Context): Candidate[] | undefined {
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

/**
 * Named days, fixtures, championships and summits, racing classes, courts, formats, stock codes, a lawmaker's
 * party, storms, forums, ratings, web firms, prizes' fields, parties.
 */
function daysEventsCodesAndParties(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "Independence Day", "Election Day": a named day is an event ("Doris Day" stays a person).
  if (
    to >= 2 &&
    to <= 4 &&
    wordIs(words[to - 1]!, W_NAMED_DAY) &&
    (!isGivenNameWord(words[0]!) || words.some((w) => w.possessive)) &&
    !wordIs(words[0]!, W_TITLE)
  )
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "El Clasico", "the Superclasico": a fixture's own name is an event, whatever article opens it.
  if (to <= 2 && wordIs(words[to - 1]!, W_MATCH_NAME))
    return [candidate(chunk, to === 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0, to, 'event', 2, NO_CONTEXT)];
  // "Euro 96", "Euro 2024": the European football championship of that year, an event, no firm.
  // "Euro 50 million": the currency before a sum, no name.
  if (
    to === 1 &&
    words[0]!.lower === 'euro' &&
    !chunk.caseless &&
    EURO_YEAR.test(tokenText(ctx, chunk.field, words[0]!.index + 1))
  )
    return AMOUNT_AFTER_NUMBER.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 2))
      ? []
      : [candidate(chunk, 0, 1, 'event', 2, NO_CONTEXT)];
  if (to === 1 && CURRENCY_BEFORE_SUM.has(words[0]!.lower) && sumAfter(ctx, chunk.field, words[0]!.index))
    return [];
  // "at the COP29 summit": a climate conference is an event, no place or body.
  // ("At COP28 in Dubai": a sentence-opening function word before it.)
  if (CLIMATE_COP.test(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'event', 2, NO_CONTEXT)];
  // "in Formula One history": a class of motor racing, no place (its teams are bodies); "Formula 1", whose
  // number is no name word, would be named "Formula" alone: no name.
  if (words[0]!.lower === 'formula') {
    if (to === 2 && FORMULA_CLASSES.has(words[1]!.lower))
      return [candidate(chunk, 0, 2, 'other', 2, NO_CONTEXT)];
    if (to === 1 && FORMULA_CLASSES.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 1))) return [];
  }
  // "on Centre Court": a tennis ground's main court is a place, though "Court" heads courts of law.
  if (to >= 2 && to <= 3 && words[to - 1]!.lower === 'court' && CENTRE.has(words[to - 2]!.lower)) {
    const start = to - 2;
    if (start === 0 || wordIs(words[0]!, W_FUNCTION))
      return [candidate(chunk, start, to, 'place', 2, NO_CONTEXT)];
  }
  // "a three-match Twenty20 series": a format of cricket, no name.
  if (to === 1 && CRICKET_FORMATS.has(words[0]!.lower)) return [];
  // "JPMorgan Chase (JPM.N)", "(NASDAQ: NVDA)", "(.FTSE)": a stock's or an index's code is no name; the
  // exchange before the code is a body.
  if (to === 1 && !chunk.caseless) {
    const ticker = tickerPart(ctx, chunk.field, words[0]!.index);
    if (ticker === 'code') return [];
    if (ticker === 'exchange') return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
    // "Carlos Alcaraz (ESP x1) bt Cameron Norrie (GBR)": a results list's code for the competitor's
    // country says where the athlete is from, a nationality (no body, and no mention of the country,
    // which the resolver reads from names); codes the lists read as countries ("USA") stay theirs.
    if (words[0]!.core.length === 3 && !gazetteerOfWord(words[0]!)?.countryCode) {
      const index = words[0]!.index;
      const country = sportCountryAt((k) => tokenText(ctx, chunk.field, index + k));
      if (country)
        return [candidate(chunk, 0, 1, 'nationality', 3, NO_CONTEXT, { ...NO_INFO, countryCode: country })];
    }
  }
  // "Sen. Bill Cassidy, R-La.,", "Rep. Rosa DeLauro (D-Conn.)": a US lawmaker's party and state, no name.
  if (
    to === 1 &&
    shapeIs(words[0]!, S_PARTY_STATE_TAG) &&
    TAG_OPENERS.has(tokenText(ctx, chunk.field, words[0]!.index - 1))
  )
    return [];
  // "Christmas Day", "Easter Day": a calendar word ends no chunk of its own, so the day stands alone.
  if (
    to === 1 &&
    wordIs(words[0]!, W_NAMED_DAY) &&
    tokenBits(ctx, chunk.field, words[0]!.index - 1) & CALENDAR_WORD
  )
    return [];
  // "Storm Eowyn", "Hurricane Milton", "Tropical Storm Debby": a named weather system is an event.
  if (to >= 2 && to <= 3 && wordIs(words[to - 2]!, W_WEATHER) && !isLowerWordWord(words[to - 1]!))
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "the Abu Dhabi Grand Prix", "the British Grand Prix": a motor race is an event, whatever its place.
  if (to >= 2 && to <= 5 && words[to - 2]!.lower === 'grand' && words[to - 1]!.lower === 'prix') {
    const start = to > 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0;
    return [candidate(chunk, start, to, 'event', 2, NO_CONTEXT)];
  }
  // "the G20", "G7 leaders": a forum of the Group of Seven, Eight, Twenty … is a body.
  if (GROUP_FORUMS.has(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'organization', 2, NO_CONTEXT)];
  // "rated AA-minus by Fitch", "a Baa2 rating", "cut to BBB": a credit rating is a grade, not a name.
  if (to === 1 && creditRating(ctx, chunk.field, words[0]!)) return [];
  // "Booking.com said", "Overstock.com rose": a firm named by its web address, wherever it stands.
  if (to === 1 && wordIs(words[0]!, W_WEB_ADDRESS))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "the Nobel Prize in Chemistry", "the Pulitzer Prize for Fiction": the prize's field, no place or body.
  if (prizeFieldAt(ctx, chunk.field, words[0]!.index)) return [];
  // "Charities including Care4Calais said": words glued by a figure name a body.
  if (to === 1 && isDigitGluedName(words[0]!.core))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "Fed up with rising prices, voters …", "Fed up, they …": a word opening a sentence before "up with",
  // "up of" or "up," is a participle ("fed up", "sick of"), not a name ("the Fed" and "Fed officials"
  // stay the central bank).
  if (
    to === 1 &&
    chunk.initial &&
    !chunk.caseless &&
    tokenText(ctx, chunk.field, words[0]!.index + 1) === 'up' &&
    FED_UP_AFTER.has(tokenText(ctx, chunk.field, words[0]!.index + 2))
  )
    return [];
  // "Starmer led Labour to victory", "Labour won": the party, written with a capital; at a sentence start
  // only before a verb or a party's word ("Labour costs rose" is the ordinary word).
  if (to === 1 && wordIs(words[0]!, W_PARTY_WORD) && !chunk.caseless) {
    const next = lowerTokenText(ctx, chunk.field, words[0]!.index + 1);
    if (
      !chunk.initial ||
      SUBJECT_VERB.test(next) ||
      PERSON_VERBS.has(next) ||
      SPEAKER_VERBS.has(next) ||
      PARTY_CUES_AFTER.has(next)
    )
      return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  }
  // "a Republican", "Democrats in the Senate" (before the lists' reading of the word as a place).
  if (to === 1 && wordIs(words[0]!, W_PARTY_MEMBERS) && !chunk.caseless) return partyMembers(chunk, 0);
  return undefined;
}

function typeAfterLead(chunk: Chunk, ctx: Context): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  // "Standard and Poor's", "Moody's Investors Service": the lists keep a possessive that ends a firm's name.
  const whole =
    lookup(words, 0, to, ctx) ??
    (to > 1 && words[to - 1]!.possessive ? GAZETTEER.get(`${lookupKey(words, 0, to)}'s`) : undefined);
  // "Japan-U.S. Trade axis", "anti-U.S. Sentiment", "the U.S. Has threatened": initials of a country before a
  // capitalised word the article writes in lower case elsewhere name the country alone (wire copy that
  // capitalises after an abbreviation's period); a body's word ("U.S. Treasury", "U.S. Army") stays a name.
  if (
    !whole &&
    to === 2 &&
    COUNTRY_INITIALS.has(words[0]!.core) &&
    isLowerWordWord(words[1]!) &&
    (ctx.seen.lowerCase.has(words[1]!.lower) || wordIs(words[1]!, W_FUNCTION)) &&
    !wordIs(words[1]!, W_ORG_HEAD) &&
    !BODY_NOUNS_AFTER_COUNTRY.has(words[1]!.lower)
  )
    return typeChunk(chunkWith(chunk, words.slice(0, 1)), ctx);
  // "Lloyd's of London": a name's own "'s" before "of" and a town (the chunker joins only these) is a firm's.
  if (
    to === 3 &&
    words[1]!.lower === 'of' &&
    (words[0]!.possessive ||
      chunk.text.slice(words[0]!.end - chunk.start, words[1]!.start - chunk.start) === " 's ")
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  // "Gulf Applied Technologies Inc", "Champion Products Inc": a company's name keeps its first word.
  const orgShaped =
    (to > 1 && wordIs(words[to - 1]!, W_ORG_HEAD) && !wordIs(words[to - 1]!, W_PLACE_HEAD)) ||
    ((to === 2 || (to === 3 && wordIs(words[0]!, W_FUNCTION))) && bioFirmAt(words, to - 2, to));
  const opening: RunOpening = { chunk, ctx, words, to, orgShaped, from: 0, personCue: false };
  if (!whole) {
    // ("New Zealander Frank Nobilo": before "New" is dropped as an ordinary word opening the sentence.)
    const typed =
      peoplesWordOfTwoBeforeName(chunk, ctx, 0) ??
      openingWordsDropped(opening) ??
      officeDomainOpens(opening) ??
      titlesBeforeName(opening, typeChunk) ??
      titleCueBefore(opening);
    if (typed) return typed;
  }
  const cued = cuesAroundName(opening);
  if (cued) return cued;
  const { from, personCue } = opening;
  const typed = typeNamedSpan(chunk, ctx, from, personCue, whole);
  if (typed.length === 1 && typed[0]!.type === 'person' && groundAfterAtThe(ctx, chunk, from, to))
    return [{ ...typed[0]!, type: 'place' }];
  return typed;
}

/**
 * "Washington said on Monday it would respond": a capital the press uses for its government (a country
 * metonym) before a verb of speech speaks for the government, not as the surname it also is; a "he" or
 * "she" taking it up ("Washington said he …") keeps the person.
 */
function governmentSpeaks(name: string, pronounPerson: () => boolean): boolean {
  return lookupMetonym(name) !== undefined && !pronounPerson();
}

const HAVE_BEFORE_VERB = new Set(['has', 'had', 'have']);
/**
 * "Wellington told Tokyo on Monday it would join …", "Wellington has told Beijing …": a country's capital that
 * speaks of itself as "it" or to or of another state's seat, and that the report takes up as no "he"/"she", is
 * its government (countries/capital-speaker.ts), no surname's bearer; "Wellington said he …" keeps the person.
 */
function capitalSpeaksToSeat(ctx: Context, field: Field, index: number, name: string): boolean {
  const entry = lookupPhrase(keyOf(name));
  if (entry?.capital !== true || entry.code === undefined) return false;
  const fieldText = fieldsOf(ctx, field).field;
  const { text, tokens } = fieldText;
  const verbEnd = (at: number) => {
    const verb = HAVE_BEFORE_VERB.has(lowerTokenText(ctx, field, at + 1)) ? at + 2 : at + 1;
    return tokenBits(ctx, field, verb) & (SPEAKER_VERB | PERSON_VERB) ? tokens[verb]?.end : undefined;
  };
  const end = verbEnd(index);
  if (end === undefined) return false;
  if (speaksAsGovernment(text, end, entry.code)) return true;
  // "Wellington said the decision was final" after "Wellington has told Beijing …": the capital that spoke as
  // its government once in the story is still the government when the report takes it up as no person.
  if (reportsAsPerson(text, end)) return false;
  // Once a field and name: a page naming the capital thousands of times scans its tokens once.
  let spoke = capitalsSpokeAsGovernment.get(fieldText);
  if (!spoke) {
    spoke = new Map();
    capitalsSpokeAsGovernment.set(fieldText, spoke);
  }
  let known = spoke.get(name);
  if (known === undefined) {
    known = false;
    for (let i = 0; i < tokens.length && !known; i++) {
      if (tokens[i]!.text !== name) continue;
      const other = verbEnd(i);
      known = other !== undefined && speaksAsGovernment(text, other, entry.code);
    }
    spoke.set(name, known);
  }
  return known;
}
/**
 * People in a capital that makes it the seat of a state the press names by it: "Berlin said", "London has refused",
 * "Beijing warned" (the seats of smaller states speak as governments only with another cue: capitalSpeaksToSeat).
 */
const GOVERNMENT_SEAT_POPULATION = 1_000_000;
/** Whether `name` is a country's capital of `GOVERNMENT_SEAT_POPULATION` people or more. */
function seatOfState(name: string): boolean {
  const entry = lookupPhrase(keyOf(name));
  return (
    entry?.capital === true &&
    entry.code !== undefined &&
    (entry.place?.population ?? 0) >= GOVERNMENT_SEAT_POPULATION
  );
}
/** Per field, whether each capital speaking there spoke as its government somewhere in it. */
const capitalsSpokeAsGovernment = new WeakMap<object, Map<string, boolean>>();

/** What `typeNamedSpan` reads first: the run from `from`, its cue and whole look-up, the tokens either side. */
interface NamedSpan {
  readonly chunk: Chunk;
  readonly ctx: Context;
  readonly from: number;
  readonly personCue: boolean;
  readonly whole: GazetteerEntry | Candidate | undefined;
  readonly words: readonly Word[];
  readonly to: number;
  readonly prevToken: string;
  readonly nextToken: string;
  readonly prevBits: number;
  readonly nextBits: number;
}

/**
 * "South African Ernie Els won", "Sri Lankan Sanath Jayasuriya hit 151", "Costa Rican Paulo Wanchope scored": a
 * people's word of two words before a person's full name is a word of its own, as a one-word people's word is
 * ("Zimbabwean Nick Price", typeSeveralWords reads the run by its first word only): the nationality, then the rest
 * read alone when that is one person's name of all its words (wild50 E24; the run was one place or person).
 * ("South African Airways", "Sri Lankan Airlines": the rest is no person's name, and the run is read as before.)
 */
function peoplesWordOfTwoBeforeName(chunk: Chunk, ctx: Context, from: number): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  if (to - from < 4 || chunk.caseless) return undefined;
  const listed = lookup(words, from, from + 2, ctx);
  const entry = listed !== undefined && 'kind' in listed && listed.kind === 'demonym' ? listed : undefined;
  // "West Indian Brian Lara", "Northern Irishman Darren Clarke": a compass word before a people's word of one word
  // names a people the lists lack (no country's: "Indian" is India's, "Irishman" Ireland's).
  if (
    entry === undefined &&
    !(
      wordIs(words[from]!, W_COMPASS) &&
      listed === undefined &&
      PEOPLES_KINDS.has(gazetteerOfWord(words[from + 1]!)?.kind ?? '')
    )
  )
    return undefined;
  const rest = typeChunk(chunkWith(chunk, words.slice(from + 2, to), false), ctx);
  if (rest.length !== 1 || rest[0]!.words.length !== to - from - 2) return undefined;
  // "Saudi Arabian Sami Al-Jaber": a name of no ordinary words that the rest alone leaves of no kind is a person's
  // after a people's word too ("South African Grand Prix", "Saudi Arabian Monetary Agency" are not).
  const person =
    rest[0]!.type === 'person'
      ? rest[0]!
      : rest[0]!.type === 'other' &&
          (isGivenNameWord(words[from + 2]!) || !isLowerWordWord(words[from + 2]!)) &&
          !isLowerWordWord(words[to - 1]!) &&
          !EVENT_HEADS.has(words[to - 1]!.lower)
        ? candidateWith(rest[0]!, { type: 'person', strength: 2 })
        : undefined;
  if (person === undefined) return undefined;
  return [
    candidate(
      chunk,
      from,
      from + 2,
      'nationality',
      3,
      { locative: false, prev: lowerTokenText(ctx, chunk.field, words[from]!.index - 1) },
      {
        canonical: entry?.name,
        countryCode: entry?.countryCode,
        placeId: undefined,
        teamFromPlace: undefined,
        personish: undefined,
      },
    ),
    person,
  ];
}
/** Kinds of a listed word that name a people: "Indian", "Irishman" (demonyms), "African" (a group word). */
const PEOPLES_KINDS = new Set(['demonym', 'group']);

// typeNamedSpan is cut into stages, each a named function returning its answer or undefined, run in the
// order they held in the one function (session 45: the one function was 966 lines, compiled by TurboFan late).
// The stages before the locative read `NamedSpan`; those after it read the `SpanContext` typeByReading gets.
/** The rules that read the tokens around the name (from `from`), then `typeByReading`. */
function typeNamedSpan(
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

/**
 * A town in a list after a locative, what a disaster strikes, a team's car, a club by its plural verb or its
 * "who", a unit of measure.
 */
function clubsAndListedPlaces(s: NamedSpan): Candidate[] | undefined {
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

/**
 * A name no list knows, typed by the words beside it: a band, a body's noun, a capital, a fixture, a
 * spokesman's employer (kind-cues.ts).
 */
function namesByNeighbours(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, whole, words, to, prevToken, nextToken } = s;
  // "the band Kasabian", "the Bullring shopping centre": the words beside a name no list knows (kind-cues.ts).
  if (!chunk.caseless && !personCue && whole === undefined) {
    const last = words[to - 1]!.index;
    const kind = kindByNeighbours(prevToken, (k) => lowerTokenText(ctx, chunk.field, last + k));
    // "the BHP copper mine", "Alcoa's mine", "the Rosatom nuclear plant": a firm's initials, a possessive or a
    // firm the list knows before a site's noun name its owner, not the site.
    if (
      kind &&
      !(
        kind === 'place' &&
        (words[to - 1]!.possessive ||
          (to - from === 1 && shapeIs(words[from]!, S_ACRONYM)) ||
          listedFirm(
            words
              .slice(from, to)
              .map((word) => word.core)
              .join(' '),
          ))
      )
    )
      return [candidate(chunk, from, to, kind, 2, NO_CONTEXT)];
    // "Wolseley first-half profit rises", "Kmart completes acquisition", "Tandy names new chief executive",
    // "Wolseley said on Friday pretax profit rose": what follows the name in company news is a firm's own
    // (firm-news.ts); not a person's full name, not a surname the lists or the story give a person.
    if (firmNewsAround(ctx, chunk.field, words, from, to))
      return [candidate(chunk, from, to, 'organization', 1, NO_CONTEXT)];
    // "Arctic Monkeys frontman Alex Turner", "No Doubt singer Gwen Stefani": a band's name before a member's
    // role and name (not a genre's, "R&B singer Summer Walker", nor a people's word, "British singer Joe",
    // nor a listed newsmaker's, "Trump tactician Chris LaCivita").
    if (
      memberRoleAfter(
        (k) => lowerTokenText(ctx, chunk.field, last + k),
        () => startsUpper(tokenText(ctx, chunk.field, last + 2)),
        // ("Kamala Harris tactician David Plouffe": a given name and a surname are a campaign's candidate.)
        () =>
          (to - from > 1 && !personsFullName(words[from]!, words[to - 1]!, to - from)) ||
          ctx.sports ||
          sailingStory(ctx.doc.title.text, ctx.doc.body.text),
      ) &&
      !(to - from === 1 && gazetteerOfWord(words[from]!) !== undefined) &&
      newsmakerNamed(words[from]!.core) === undefined &&
      !words.slice(from, to).some((w) => w.core.includes('&'))
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "the ruling party Morena", "the militant group Hayat Tahrir al-Sham": a body's noun before the name
    // (not before a given name and a surname: "a birthday party Jenna Ortega threw", read29 F-b).
    if (
      !(to - from === 2 && isGivenNameWord(words[from]!)) &&
      bodyNounBefore(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        nextToken,
        () => startsUpper(tokenText(ctx, chunk.field, last + 2)),
      ) &&
      newsmakerNamed(words[from]!.core) === undefined
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "in the capital, Naypyitaw": the town a capital's noun introduces; "Arsenal, who play Chelsea": the
    // other side of a club's fixture is a club too.
    if (prevToken === ',' || prevToken === 'capital' || FIXTURE_PREV.has(prevToken)) {
      const first = words[from]!.index;
      const before = (k: number): string => lowerTokenText(ctx, chunk.field, first - k);
      // A listed leader is the speaker, never the town ("in the capital, Erdogan, who …": read24 F5).
      if (capitalNamed(before, nextToken) && newsmakerNamed(words[from]!.core) === undefined)
        return [candidate(chunk, from, to, 'place', 2, { locative: true, prev: 'in' })];
      // "Okolie, who face Usyk": a person's name the story knows keeps its reading (read24 F10).
      if (to - from === 1 && opponentAfterWho(before) && !namesPerson(ctx, words[from]!))
        return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    }
    // "Andreessen Horowitz led the $20 million round", "a round led by Andreessen Horowitz": an investor.
    if (
      (nextToken === 'led' || nextToken === 'leads' || prevToken === 'by') &&
      leadsRound(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        (k) => lowerTokenText(ctx, chunk.field, last + k),
      )
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "A spokesman for Eskom said": one word no list knows, with no name's shape, that a spokesman speaks
    // for is a body (its verb is the spokesman's); a newsmaker's name ("a spokesman for Netanyahu") or a
    // surname's shape keeps its reading. Weak: the article's other mentions may say a person.
    const single = words[from]!;
    if (
      to - from === 1 &&
      spokenFor(prevToken, () => lowerTokenText(ctx, chunk.field, single.index - 2)) &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      !SURNAME_SHAPE.test(single.core) &&
      !isLowerWordWord(single) &&
      // "a spokesman for Erdogan said": a leader's surname names the person (read23 F1).
      newsmakerNamed(single.core) === undefined &&
      // "Donald Trump has offered …, a spokesman for Trump said": the surname of a full name.
      !endsFullName(ctx, single)
    )
      return [candidate(chunk, from, to, 'organization', 1, SPOKEN_FOR)];
  }
  return undefined;
}

/**
 * Whether company news says the name of `words` [from, to) is a firm (firm-news.ts): its result, its completed deal,
 * the firm's officer it names, or its result after its verb of speech. A given name opening two or more words is a
 * person's full name; a listed leader, and a word the story or the lists give a person, are a speaker's (an analyst
 * says "profit rose" too).
 */
function firmNewsAround(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  const single = words[from]!;
  const lastWord = words[to - 1]!;
  // ("Net profit rose", "Group sales fell", "Final dividend up": an ordinary word opening the run is the result's.)
  if (isLowerWordWord(single) || FUNCTION_WORDS.has(single.lower)) return false;
  const last = lastWord.index;
  // One sentence a line (pre-tokenised text, tables): the words after the name on its own line.
  let end = last + 16;
  if (!lastWord.wrapped) {
    const prepared = fieldsOf(ctx, field).field;
    const tokens = prepared.tokens;
    end = last + 1;
    while (
      end < last + 16 &&
      end < tokens.length &&
      !prepared.text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n')
    )
      end++;
  }
  // The cues first: each reads a few tokens after the name; the guards below may read the whole story.
  // ("Harcourt's completed acquisitions": a possessive owns the deal, whoever it is.)
  const firmOwn =
    firmResultAfter(ctx, field, end, last, lastWord.possessive) ||
    (!lastWord.possessive &&
      (firmDealAfter(ctx, field, end, last) || firmNamesOfficerAfter(ctx, field, end, last)));
  // (An analyst says "profit rose" too: not a given name or a surname the lists know.)
  if (
    !firmOwn &&
    !(
      firmSaysResult(ctx, field, end, last) &&
      !(to - from === 1 && (isGivenNameWord(single) || isKnownSurnameWord(single)))
    )
  )
    return false;
  // ("Stewart Enterprises completes acquisition": an ordinary last word is no surname.)
  if (to - from > 1 && isGivenNameWord(single) && !isLowerWordWord(lastWord)) return false;
  // ("U.K. Average earnings rose", "Eastern European sales": a country's or a people's earnings.)
  for (let k = from; k < to; k++) {
    const kind = (gazetteerOfWord(words[k]!) ?? GAZETTEER.get(`${words[k]!.lower}.`))?.kind;
    if (kind === 'country' || kind === 'demonym' || kind === 'group') return false;
  }
  // A listed leader, or the surname of a full name in the story, is a person's.
  return newsmakerNamed(single.core) === undefined && !(to - from === 1 && endsFullName(ctx, single));
}

/** Whether "(" a firm or a body the lists know ")" follows the token at `index`: "Petroleos Mexicanos (Pemex)". */
function firmNamedInBracketsAfter(ctx: Context, field: Field, index: number): boolean {
  const short = wordInBracketsAfter(fieldsOf(ctx, field).field.tokens, index);
  return short !== undefined && GAZETTEER.get(lowerCased(short))?.kind === 'organization';
}

/** Titles alone, a version number after a product, spacecraft and planets, a club by its plural verb. */
function titlesVersionsAndSpace(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken } = s;
  // "The Prime Minister insisted", "Deputy Prime Minister and Finance Minister Chrystia Freeland": titles
  // alone name no one ("King said" may be a surname's, "Prince" a singer's).
  if (!chunk.caseless && onlyTitleWords(words, from, to)) return [];
  // "Roda JC 2 NAC Breda 1": a club closed by two initials on a results line (orgs51, wild50 E21).
  if (!personCue && clubClosedByInitialsAt(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Cheung Kong rose 1.50 dollars": a share's move in a price's unit (orgs51, wild50 E11).
  // ("Dubai fell 10 cents to 18.20 dollars": a crude grade named by its place is no firm: read51 R19.)
  if (
    !personCue &&
    !chunk.caseless &&
    shareMoveAfter(ctx, chunk.field, words[to - 1]!.index) &&
    // ("Dubai fell 10 cents" is a crude grade, "Reckitt Colman fell 12 pence" a share.)
    !PLACE_KINDS.has(gazetteerOfWord(words[from]!)?.kind ?? '') &&
    !placeOfSpan(chunk, from, to)
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "J.P. Morgan raised its forecast": no person has "its" forecast; "A.C. Milan", "P.S.V. Eindhoven": initials
  // before a town (orgs51, wild50 E18).
  if (
    !personCue &&
    !chunk.caseless &&
    // ("Egypt cut its production target": a country or a place sets targets too; "Smith Barney raised its
    // rating", "Dean Witter cut its rating": a surname the lists know opens a broker's name, wild51 W4.)
    ((firmGuidanceAfter(ctx, chunk.field, words[to - 1]!.index) &&
      (gazetteerOfWord(words[from]!)?.kind ?? 'person') === 'person' &&
      !placeOfSpan(chunk, from, to)) ||
      clubOfInitialsAndTown(words, from, to) ||
      // "Petroleos Mexicanos (Pemex)": the long name before a firm's short name in brackets (wild50 E16).
      (to - from > 1 && firmNamedInBracketsAfter(ctx, chunk.field, words[to - 1]!.index)))
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "Dato' Kamal Hamzah": a title written with an apostrophe is cut from the name it opens; alone it is none.
  if (to - from === 1 && wordIs(words[from]!, W_TITLE) && (nextToken === "'" || nextToken === '\u2019'))
    return [];
  // "Claude Opus 4.5 followed", "released Gemini 3 on Tuesday": a name before its version number is a
  // product's (a point release anywhere; a whole number after a verb of launching).
  // Lines of figures ("Revs 12.3 mln", "Denver 4.25") are tables, not launches.
  if (
    !personCue &&
    !words[from]!.tabular &&
    !chunk.caseless &&
    // "the EC 28.1 and the U.S. 12.5": a listed body beside its figure.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'organization') &&
    versionAfter(ctx, chunk.field, words[to - 1]!.index, prevToken, words[from]!.index) &&
    !placeOfSpan(chunk, from, to)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Europe's Ariane 6 rocket", "Starship lifted off", "the comet 3I/ATLAS", "the probe passed Venus", "the
  // Higgs boson": spacecraft, rockets, comets, planets and particles are things, not the people, firms or
  // places their names also are.
  if (!chunk.caseless && !personCue && spaceThing(ctx, chunk, from, to, prevToken, nextToken))
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Chelsea have signed the winger", "while Everton are unbeaten": one person does not take a plural verb;
  // a club named by a given name does in British copy (a country keeps its own rules).
  // "Kerry won their 39th title", "Chelsea beat their rivals": on a sports page a given name opening its clause
  // before a verb of a result and "their" is a side (a player's result would be "his" or "her").
  if (
    to - from === 1 &&
    (PLURAL_VERBS.has(nextToken) ||
      (ctx.sports &&
        TEAM_VERBS.has(nextToken) &&
        lowerTokenText(ctx, chunk.field, words[from]!.index + 2) === 'their')) &&
    (chunk.initial || CLAUSE_OPENERS.has(prevToken)) &&
    !chunk.caseless &&
    !personCue &&
    !words[from]!.possessive &&
    (isGivenNameWord(words[from]!) ||
      // "Villa are top of the table": a surname opening its sentence on a sports page (orgs51, wild50 E21).
      (ctx.sports &&
        chunk.initial &&
        PLURAL_VERBS.has(nextToken) &&
        isKnownSurnameWord(words[from]!) &&
        // ("He'd have won": a pronoun's contraction.)
        !FUNCTION_WORDS.has(words[from]!.lower) &&
        !tokenText(ctx, chunk.field, words[from]!.index).includes("'") &&
        !tokenText(ctx, chunk.field, words[from]!.index).includes('\u2019'))) &&
    gazetteerOfWord(words[from]!)?.kind !== 'country'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  return undefined;
}

/** Where the phrase of a thing ends after its name: "selling the Swift in Europe", "drove a Swift to work". */
const PLACE_PREPOSITIONS_AFTER_THING = new Set(
  'in to at on for from with by into across since until'.split(' '),
);
/**
 * The article before a thing's name, hardly ever before a person's surname alone: "the Swift" ("a Bush in the White
 * House", "a Kennedy": one of a family, read47).
 */
const ARTICLES_BEFORE_THING = new Set(['the']);
/** A product's maker after its name: "Candy Crush maker King". */
const MAKERS_AFTER_PRODUCT = new Set(['maker', 'makers', 'developer', 'developers']);
/** Who makes or plays a product named after "of": "the maker of Candy Crush", "players of Candy Crush". */
const PRODUCT_HOLDERS_OF = new Set(['maker', 'makers', 'developer', 'developers', 'players', 'users']);
/** A tournament group's letter after "Group" or "Pool". */
const GROUP_LETTER = /^[A-L]$/;

/** One word (no line in capitals) read by the words around it. */
function oneWordByNeighbours(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, prevBits } = s;
  if (to - from === 1 && !chunk.caseless) {
    const single = words[from]!;
    // "the Rs 400-crore mission", "Ksh 2 billion": a currency's abbreviation before a figure; "the clade Ib
    // strain", "the Lagrange point L1": a designation after its kind's noun; "the October-December quarter",
    // "January-June": a span of months. None is a name.
    if (
      (CURRENCY_BEFORE_FIGURE.has(single.lower) && startsWithDigit(nextToken)) ||
      // "an increase of Rs1.5 per unit", "RM50 million": the abbreviation glued to the figure.
      currencyGluedToFigure(single.core) ||
      // "Dolar/TL 42,3", "EUR/PLN": the quoted currency of a pair, written after a slash.
      currencyPairEnd(ctx, chunk.field, single.index) ||
      // "NT$452.3 billion", "2,800 CFA francs": a currency's code (a country the lists know keeps its mention).
      (CURRENCY_AFTER.has(nextToken) &&
        currencyCode(single.core, nextToken, gluedAfter(ctx, chunk.field, single.index)) &&
        gazetteerOfWord(single) === undefined) ||
      (DESIGNATION_AFTER.has(prevToken) && single.core.length <= 4) ||
      monthSpan(single.lower) ||
      // "top of Group C", "Pool B": a tournament's group by its letter (a letter is no name word) names no place.
      ((single.lower === 'group' || single.lower === 'pool') &&
        GROUP_LETTER.test(tokenText(ctx, chunk.field, single.index + 1)))
    )
      return [];
    // "A 34-year-old Redmond man was arrested", "a Bend woman": a town before a resident's noun; "Colombia's
    // Necocli, where migrants board boats": a name a relative "where" follows is a place.
    if (
      !personCue &&
      !single.possessive &&
      ((RESIDENT_NOUNS.has(nextToken) && (ARTICLES.has(prevToken) || AGE_BEFORE.test(prevToken))) ||
        (nextToken === ',' && lowerTokenText(ctx, chunk.field, single.index + 2) === 'where')) &&
      // A word no list knows (a listed town or country is typed as such below; "a Dutch-Moroccan man").
      !single.core.includes('-') &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      gazetteerOfWord(single) === undefined &&
      !placeOfWord(single) &&
      !isLowerWordWord(single)
    )
      return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
    // "MPs", "MEPs", "CEOs", "GPUs": the plural of an abbreviated common noun names no one.
    // "A&E", "R&D", "M&A": a department's or a deal's abbreviation, no firm.
    if (shapeIs(single, S_PLURAL_ABBREVIATION) || COMMON_AMPERSANDS.has(single.core)) return [];
    // "Salesforce, Inc.", "Acme, LLC": a legal form set off by a comma belongs to the name before it.
    if (prevToken === ',' && CORPORATE_SUFFIXES.has(single.lower)) return [];
    // "EUR/USD", "USD/JPY at 155.20": a currency pair's codes name no body.
    if (
      CURRENCY_CODES.has(single.core) &&
      (tokenText(ctx, chunk.field, single.index - 1) === '/' ||
        tokenText(ctx, chunk.field, single.index + 1) === '/')
    )
      return [];
    // "S&P/ASX 200", "S&P/TSX composite": an index named by its two makers and a number; the first part
    // names it (other), the second is no name of its own.
    if (indexPairAt(ctx, chunk.field, single.index))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    if (indexPairAt(ctx, chunk.field, single.index - 2)) return [];
    // "10:15 ET —", "9 a.m. PT": a time zone after a clock time.
    if (shapeIs(single, S_TIME_ZONE) && CLOCK_BEFORE.test(prevToken)) return [];
    // "NGX gains N520bn", "R2bn": a sum with its currency's letter and its scale in one word.
    if (shapeIs(single, S_CURRENCY_AMOUNT_SCALED)) return [];
    // "Japan's Nikkei gained 1.2%", "the KOSPI rose": a stock index, named alone as often as with "index"
    // ("the Nikkei newspaper reported" is the publisher).
    if (STOCK_INDICES.has(single.lower) && !PRESS_AFTER_INDEX.has(nextToken))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "Brent falls below $60", "Brent ($/bbl) 63.20": a crude oil benchmark named alone is a market measure,
    // no given name's person ("in Brent", the London borough, stays a place).
    if (CRUDE_BENCHMARKS.has(single.lower) && !single.possessive && !SITE_PREPOSITIONS.has(prevToken))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "Bunds extended losses", "BTP losses", "PIBOR futures", "the September Bund future": government
    // bonds and interbank rates named by their market's abbreviation, and a name before "future(s)", are
    // instruments, no body ("NYMEX futures", an exchange's acronym, stays).
    if (
      BOND_NAMES.has(single.lower) ||
      // ("Fiat's future", "O'Leary's future" are their prospects: not after a possessive; the singular only
      // after a month, "the September Bund future".)
      ((nextToken === 'futures' || (nextToken === 'future' && (prevBits & CALENDAR_WORD) !== 0)) &&
        !single.possessive &&
        !isLowerWordWord(single) &&
        gazetteerOfWord(single) === undefined &&
        !shapeIs(single, S_ACRONYM))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won an Oscar", "two Grammys", "the Nobel": a prize named after a person or a nickname.
    // "Oscar nominations", "an Emmy-winning actor", "Grammy nominee": so before a word of the prize's race.
    // "Three share Nobel chemistry prize", "Nobel peace laureate": so before the prize's own noun, after
    // its field or not (a headline drops the article that makes it a thing one wins).
    if (
      PRIZES.has(single.lower) &&
      (PRIZE_DETERMINERS.has(prevToken) ||
        endsWithText(single.lower, 's') ||
        PRIZE_RACE_AFTER.has(nextToken) ||
        prizeNounAfter(ctx, chunk.field, single.index))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won the Masters", "the Ashes series": a tournament named by a plural, not a team or a person.
    // ("his second Masters title", "the US Masters", "an Ashes Test": so before the noun of what is won or played
    // in it, or after the country that hosts it; wild45 item 21.)
    if (
      TOURNAMENTS.has(single.lower) &&
      (prevToken === 'the' || TOURNAMENT_NOUNS_AFTER.has(nextToken) || HOST_COUNTRY_BEFORE.has(prevToken))
    )
      return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
    // "the Bill", "a similar Bill", "in next week's Budget": legislation and the budget as house styles
    // capitalise them, no person or place ("Bill said" stays a person).
    // "the Safety of Rwanda (Asylum and Immigration) Bill": the last word of a law's name after its bracket.
    if (
      single.lower === 'budget' ||
      (single.lower === 'bill' && (LEGISLATION_BEFORE.has(prevToken) || prevToken === ')'))
    )
      return [];
    // "Sh30 billion", "N1,487 per dollar", "R2.5 billion", "P545 billion": a sum in shillings, naira, rand or
    // pesos written with its currency's letter, no name.
    if (
      shapeIs(single, S_CURRENCY_AMOUNT) &&
      (SUM_AFTER.has(nextToken) || sumAfter(ctx, chunk.field, single.index))
    )
      return [];
    // "Brexit", "Grexit": a country's exit named by a blend, an event.
    if (shapeIs(single, S_EXIT_BLEND)) return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
  }
  return undefined;
}

/**
 * Numbers after names, clubs' given names, the Moon and compass points, illnesses, journeys, market indices,
 * makers' products.
 */
function numbersSkiesAndMarkets(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, nextBits } = s;
  // "the Artemis II crew", "Super Bowl LIX": a number after a word no list gives people, or after "the",
  // is a mission's, a sequel's or an event's; a monarch's or pope's has a given name or a title and no
  // article ("Charles III", "Leo XIV").
  if (
    to - from >= 2 &&
    !personCue &&
    words[to - 1]!.core.length > 1 &&
    shapeIs(words[to - 1]!, S_ROMAN_NUMERAL) &&
    !shapeIs(words[from]!, S_ROMAN_NUMERAL) &&
    !words.slice(from, to - 1).some((w) => wordIs(w, W_TITLE) || shapeIs(w, S_INITIALS)) &&
    (prevToken === 'the' ||
      !words.slice(from, to - 1).some((w) => isGivenNameWord(w) || isKnownSurnameWord(w)) ||
      // "Artemis III, the first crewed Moon landing", "Rocky IV, the sequel": one given name and a number in
      // a sentence about spaceflight or a film is a mission's or a work's (a monarch's has a title there).
      (to - from === 2 && missionOrWorkNear(ctx, chunk.field, words[from]!.index, words[to - 1]!.index)))
  )
    // "England XV", "a World XI": a country's or a world side, named by its number of players.
    return [
      candidate(
        chunk,
        from,
        to,
        to - from === 2 && isCountryName(words, from, from + 1) ? 'organization' : 'other',
        2,
        NO_CONTEXT,
      ),
    ];
  // "Royal Challengers Bengaluru", "Red Bull Salzburg": an ordinary word that is also a given name, a word
  // that is none, then a town, is a club or a firm of that town, not a person.
  if (
    to - from === 3 &&
    !personCue &&
    isGivenNameWord(words[from]!) &&
    isLowerWordWord(words[from]!) &&
    !wordIs(words[from]!, W_PLACE_HEAD) &&
    !wordIs(words[from]!, W_COMPASS) &&
    words[from + 1]!.capitalised &&
    !wordIs(words[from + 1]!, W_FUNCTION) &&
    !isGivenNameWord(words[from + 1]!) &&
    placeOfWord(words[to - 1]!)?.kind === 'city'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "around the Moon next year", "the Earth's orbit": the celestial bodies, no name of a person, place or
  // body (as "on the Moon." ending a sentence already was).
  if (to - from === 1 && prevToken === 'the' && wordIs(words[from]!, W_CELESTIAL) && !chunk.caseless)
    return [];
  // "The West's patience", "the North fired", "the South": a compass point after "the", alone, is a region or a
  // bloc (CoNLL: LOC), never a person or a firm.
  if (
    to - from === 1 &&
    prevToken === 'the' &&
    !chunk.caseless &&
    CARDINAL_POINTS.has(words[from]!.lower) &&
    !(nextBits & CASED)
  )
    return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  // "the first crewed Moon landing", "a Moon base": the Moon before a noun of spaceflight ("Moon said" is
  // Moon Jae-in's).
  if (
    to - from === 1 &&
    wordIs(words[from]!, W_CELESTIAL) &&
    !chunk.caseless &&
    !personCue &&
    MOON_NOUNS.has(nextToken)
  )
    return [];
  // "Alzheimer's disease", "Down's syndrome": a possessive name before an illness word names the illness;
  // so does a name before "virus" or "fever" ("Marburg virus disease", "Lassa fever"), a place's or not.
  // "Parkinson's patients", "Crohn's and Huntington's": so does a doctor's name in the possessive, alone.
  if (
    to - from === 1 &&
    (ILLNESS_WORDS.has(afterPossessive(ctx, chunk, to, nextToken)) ||
      namesEponymIllness(ctx, chunk, from, nextToken) ||
      // ("the Wuhan virus … officials in Wuhan": a place the lists know stays the place, read27 P1.)
      (INFECTION_WORDS.has(nextToken) && !placeOfWord(words[from]!)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "travelling to Iznik", "flew to Ushuaia": where a traveller goes is a place, though no list knows the
  // town (off sports pages: "returned to Wrexham" is a club).
  if (
    to - from === 1 &&
    prevToken === 'to' &&
    !ctx.sports &&
    !chunk.caseless &&
    !personCue &&
    TRAVEL_VERBS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!) &&
    !isLowerWordWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !isBrandWord(words[from]!.core)
  )
    return [candidate(chunk, from, to, 'place', 1, NO_CONTEXT)];
  // "the Dow Jones industrial average", "the Nikkei average", "the Nasdaq composite": a market index.
  // "the Nasdaq Composite", "the Hang Seng Index": so is a name that ends with the word.
  // "Qatar's index", "Abu Dhabi's index": a country's or a city's index leaves the place a place.
  if (
    (((nextBits & INDEX_WORD) !== 0 && !words[to - 1]!.possessive) ||
      (to - from > 1 && INDEX_AFTER.has(words[to - 1]!.lower)) ||
      (nextToken === 'industrial' &&
        lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 2) === 'average')) &&
    // "the American Stock Exchange index": the exchange keeps its name.
    !wordIs(words[to - 1]!, W_ORG_HEAD)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the Wegovy maker", "the iPhone maker": a product named before "maker".
  if (to - from === 1 && nextToken === 'maker' && prevToken === 'the')
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  return undefined;
}

/**
 * Models by their numbers and suffixes, gas hubs and oil grades, the House, abbreviations, offices and
 * abbreviated titles.
 */
function modelsGradesAndTitles(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, nextBits } = s;
  // "sales of Call of Duty": two ordinary words joined by "of" that chunking read as a work's title (chunk.ts
  // `workTitleWord`) name a game or a work, no body (a name ending in an ordinary word reads as a firm's below).
  if (
    to - from === 3 &&
    words[from + 1]!.lower === 'of' &&
    !words[from]!.initial &&
    workTitleWord(words[from]!) &&
    workTitleWord(words[to - 1]!)
  )
    return [candidate(chunk, from, to, 'other', 1, NO_CONTEXT)];
  // "the Mate 60 Pro", "Huawei Mate 60 Pro": a product line's word before a model's number and suffix is read with
  // them (the suffix's rule below); what comes before it in the run is a name of its own.
  if (!chunk.caseless && lineBeforeModel(ctx, chunk.field, words[to - 1]!)) {
    const lineFrom = modelLineStart(ctx, chunk.field, words[to - 1]!) === words[to - 1]! ? to - 1 : to - 2;
    return lineFrom <= from ? [] : typeChunk(chunkWith(chunk, words.slice(from, lineFrom)), ctx);
  }
  // "Boeing 737 MAX", "Airbus A320 Neo": a word after a maker's model number names the model.
  if (
    to - from === 1 &&
    prevToken.length === 3 &&
    MODEL_NUMBER.test(prevToken) &&
    (shapeIs(words[from]!, S_ACRONYM) ||
      startsWithCapital(tokenText(ctx, chunk.field, words[from]!.index - 2))) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [
      MODEL_SUFFIXES.has(words[from]!.lower)
        ? modelWithNumber(ctx, chunk, from, to)
        : candidate(chunk, from, to, 'other', 2, NO_CONTEXT),
    ];
  // "F-16", "AK-47s", "MiG-29": a letter code, a hyphen and a number name a model of aircraft or weapon;
  // after a maker's name too ("Ford F-150"), and so does "Model" and its letter ("Tesla Model Y"); "CR-V"
  // (letters, a hyphen and one letter) names a car model.
  if (
    shapeIs(words[to - 1]!, S_MODEL_CODE) ||
    (to - from > 2 && words[to - 2]!.lower === 'model' && MODEL_DESIGNATION.test(words[to - 1]!.core)) ||
    // ("EC-U.S. talks", "(CPI-U)", "<MRI-A>": a lower-case word after the letters says they name a thing.)
    (to - from === 1 &&
      LETTER_MODEL_CODE.test(words[from]!.core) &&
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Henry Hub": a hub where gas is priced, like a grade below (a given name before "Hub" named no person:
  // wild43 item 15); "U.S. Henry Hub": the words before the hub's two are read on their own.
  if (to - from >= 2 && words[to - 1]!.lower === 'hub') {
    const hub = candidate(chunk, to - 2, to, 'other', 2, NO_CONTEXT);
    return to - 2 > from ? [...typeChunk(chunkWith(chunk, words.slice(from, to - 2)), ctx), hub] : [hub];
  }
  // "Brent crude", "Urals crude": a benchmark grade of oil, no person and no place.
  // "West Texas Intermediate": the US grade, named by its region and its sulphur.
  // "( - 350.29 ) Sept Brent zinc per tonne": after a delivery month's short form, a grade or a contract.
  if (
    // "OPEC crude oil output": a listed body before "crude" is the producers, no grade.
    // "Russian crude", "Iran crude": a country or its people's word before it is the oil's country, no
    // grade (review26 #43).
    (to - from === 1 &&
      nextBits & OIL_GRADE_WORD &&
      !isKnownBodyWord(words[from]!.core) &&
      gazetteerOfWord(words[from]!)?.countryCode === undefined) ||
    (to - from > 1 && words[to - 1]!.lower === 'intermediate') ||
    (to - from === 1 &&
      !personCue &&
      !chunk.caseless &&
      MONTH_SHORT_FORMS.has(prevToken) &&
      // What is priced follows in lower case ("Sept Brent zinc"; "Oct Shr 1.20" is a table's label).
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the iPhone 17 Pro Max", "Galaxy S25 Ultra": a model's suffix after its number is the model's name.
  if (
    to - from <= 2 &&
    MODEL_NUMBER_BEFORE_SUFFIX.test(prevToken) &&
    words.slice(from, to).every((w) => MODEL_SUFFIXES.has(w.lower))
  ) {
    const line = fieldsOf(ctx, chunk.field).words[words[from]!.index - 2];
    return [modelWithNumber(ctx, chunk, from, to, line != null && lineBeforeModel(ctx, chunk.field, line))];
  }
  // "Democrats gain in House races", "in the House": the chamber, no place.
  if (to - from === 1 && words[from]!.lower === 'house' && !personCue && !chunk.caseless && !chunk.initial)
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "a Hong Kong IPO", "Chinese EV": an abbreviation of a common noun ends no name; what precedes it is one.
  // "Lib Dem MPs", "Tory MPs": so does a plural abbreviation ("MPs").
  // ("Royal College of GPs", "Association of MPs": after "of" the abbreviation is the body's own word.)
  if (
    to - from > 1 &&
    (NOT_ORG_ACRONYMS.has(words[to - 1]!.core) || shapeIs(words[to - 1]!, S_PLURAL_ABBREVIATION)) &&
    !(to - from > 2 && words[to - 2]!.lower === 'of') &&
    !aiFirmName(words, from, to, nextToken)
  )
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  // "Chancellor of the Exchequer …", "President of France": an office alone is not a name.
  if (to - from === 1 && nextToken === 'of' && wordIs(words[from]!, W_TITLE)) return [];
  // "Sen. Bernie Sanders", "Texas Gov. Greg Abbott": an abbreviated title whose period the tokenizer
  // split off ends the run; it is no name, and what precedes it is one of its own.
  // "the European Court of Justice. Meloni …": a title word after "of" before a full stop ends an "of"
  // name, not an abbreviation.
  if (
    isWithPeriod(nextToken, words[to - 1]!.lower) &&
    isTitleLower(nextToken) &&
    !(to - from > 2 && words[to - 2]!.lower === 'of') &&
    !(
      to - from > 1 &&
      !isLowerWordWord(words[to - 2]!) &&
      sentenceEndsAfter(ctx, chunk.field, words[to - 1]!)
    )
  ) {
    if (to - from === 1) return [];
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  }
  return undefined;
}

/**
 * After the words that read the name's surroundings: clubs named "City", teams in results lines, journals,
 * firms by the word before them, a firm's product.
 */
function firmsByWordBefore(s: NamedSpan, locative: boolean, companyIn: boolean): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, prevBits } = s;
  // "Manchester City have won", "Leicester City were relegated": a town's name and "City" that no list
  // knows as a place ("Mexico City", "Kansas City" are) is the town's club; "in Iowa City" stays a place.
  if (
    to - from === 2 &&
    !locative &&
    !personCue &&
    words[to - 1]!.lower === 'city' &&
    !chunk.caseless &&
    placeOfWord(words[from]!)?.kind === 'city' &&
    lookup(words, from, to, ctx) === undefined &&
    lookupPlace(`${words[from]!.core} City`) === undefined
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980", "8. Eleuterio Anguita ( Spain ) MX Onda | 9.": in
  // a results line the name after an entrant and his country, before his time or the next rank, is his
  // team or his car's maker ("Dave Barr ( Canada ) , Mike Sullivan , Willie Wood" lists players).
  if (
    (prevToken === ',' || prevToken === ')') &&
    !personCue &&
    resultAfterTeam(ctx, chunk.field, words[to - 1]!.index + 1) &&
    teamAfterEntrant(ctx, chunk.field, words[from]!.index)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "published in Nature", "writing in the Lancet", "the journal Science": a journal, not a place (a place
  // the lists know stays one: "published in London").
  if (
    to - from <= 3 &&
    !personCue &&
    (((prevToken === 'in' ||
      (prevToken === 'the' && lowerTokenText(ctx, chunk.field, words[from]!.index - 2) === 'in')) &&
      PUBLISHED_IN.has(
        lowerTokenText(ctx, chunk.field, words[from]!.index - (prevToken === 'in' ? 2 : 3)),
      )) ||
      JOURNAL_NOUNS.has(prevToken)) &&
    lookup(words, from, to, ctx) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "invested $8 billion in Anthropic": "in" after these words takes a company, whatever its spelling.
  if (companyIn && !personCue && !(gazetteerOfWord(words[from]!) !== undefined) && !placeOfWord(words[from]!))
    return [candidate(chunk, from, to, 'organization', 1, { locative: false, prev: prevToken })];
  // "shares of Amazon", "the parent of Google": these words take a company after "of", even one named
  // like a river or a town; a country stays a country. Longer names have their own head words.
  // "Shares of Novo Nordisk": two or three words with no head word of their own too.
  // (The cheap tests of the word before first: the place look-up of the name is asked after "of" only.)
  if (
    prevToken === 'of' &&
    !personCue &&
    (to - from === 1 ||
      (to - from <= 3 &&
        !wordIs(words[to - 1]!, W_ORG_HEAD) &&
        !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
        lookupPlace(chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start)) ===
          undefined)) &&
    COMPANY_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    // "state Sen. Elena Parent of Atlanta": the word is a name's last word, not the noun.
    !surnameCue(ctx, chunk.field, words[from]!.index - 2) &&
    !isCountryName(words, from, to) &&
    // "shares of Australian miner Lynas": a nationality word describes the company that follows.
    !(to - from === 1 && gazetteerOfWord(words[from]!)?.kind === 'demonym')
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "competition from Huawei", "orders from Boeing": a commercial noun before "from" takes a company, where
  // "from" alone would make an unknown name a place; a known place ("demand from Texas") stays one.
  if (
    to - from === 1 &&
    prevToken === 'from' &&
    !personCue &&
    commercialNounBefore(ctx, chunk.field, words[from]!.index - 2) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "aerospace supplier Rockwell Collins", "planemaker Boeing": the kind of firm before its name.
  if (
    (prevBits & COMPANY_KIND_BEFORE ||
      // ("the public services union Unison Dave Prentis": a name of more words runs on into a person's.)
      (to - from === 1 && BODY_KINDS_BEFORE.has(tokenText(ctx, chunk.field, words[from]!.index - 1))) ||
      sectorGroupBefore(ctx, chunk.field, words[from]!.index) ||
      firmKindBefore(ctx, chunk.field, words[from]!.index, nextToken) ||
      laterFirmOfList(ctx, chunk.field, words[from]!.index) ||
      firmOfExamples(ctx, chunk.field, words[from]!.index)) &&
    !personCue &&
    !(
      tradeBeforePerson(prevToken, words, from, to) &&
      !thingPronounNext(ctx, chunk.field, words[to - 1]!.index)
    ) &&
    !isCountryName(words, from, to) &&
    !(to - from === 1 && placeOfWord(words[from]!)) &&
    // "Software developer Jane Smith said she": a person's pronoun takes up a given name and surname.
    !(
      to - from === 2 &&
      isGivenNameWord(words[from]!) &&
      personPronounNext(ctx, chunk.field, words[to - 1]!.index)
    )
  )
    return [candidate(chunk, from, to, 'organization', 2, { locative: false, prev: prevToken })];
  // "Google's Gemini", "OpenAI's Sora": after a firm's possessive, a word WordNet only knows as a
  // constellation or a region, or a given name, names the firm's product.
  if (to - from === 1 && !personCue && ownedByFirm(prevToken)) {
    const entry = gazetteerOfWord(words[from]!);
    const placeOnly = entry?.kind === 'place' && !placeOfWord(words[from]!);
    if (
      placeOnly ||
      (entry === undefined && isGivenNameWord(words[from]!) && !isKnownSurnameWord(words[from]!))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  }
  return undefined;
}

/** A word in capitals only: "TV", "BBC". */
const CAPITALS_WORD = /^[A-Z]{2,}$/;
/** "Ex-chatshow", "Former-…": a former role's prefix. */
const EX_PREFIX = /^(?:ex|former)-/i;
/** Verbs of a player before "for" and his club: "scored for Santos", "signed for Bayern". */
const SCORED_FOR = new Set(['scored', 'scores', 'netted', 'nets', 'signed', 'signs']);
/**
 * Works named in lists after "starred in", shows before their hosts, artists before their works, software a
 * firm names like a person.
 */
function worksAndArtists(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, words, to, from } = s;
  if (chunk.caseless) return undefined;
  const first = words[from]!;
  const last = words[to - 1]!;
  // "The Thomson Reuters Trust Principles", "the Equator Principles", "the Santiago Guidelines": a code of
  // conduct named by its maker or place, a document, no body (a page's trailer "Our Standards: …" included).
  if (to - from > 1 && (last.lower === 'principles' || last.lower === 'guidelines') && !last.possessive)
    return [candidate(chunk, from, to, 'other', 3, NO_CONTEXT)];
  if (ctx.sports) return undefined;
  // "Redford starred in Butch Cassidy and the Sundance Kid", "the star of Annie Hall and The Godfather films".
  // (A place the lists know stays one: "starred in Hollywood".)
  if (
    workStarredIn(ctx, chunk.field, first.index) &&
    !last.possessive &&
    // ("starred in TV comedy Married With Children", "the stars of British film": a medium's initials or a
    // people's word before the work's noun names no work; "starred in Friends" is one.)
    !(to - from === 1 && CAPITALS_WORD.test(first.core)) &&
    !PEOPLES_KINDS.has(gazetteerOfWord(first)?.kind ?? '') &&
    // ("starred in London's West End": a place's possessive before the name makes it a part of the place.)
    !(
      withoutPossessive(s.prevToken) !== s.prevToken &&
      lookupPlace(withoutPossessive(s.prevToken)) !== undefined
    ) &&
    placeOfSpan(chunk, from, to) === undefined &&
    gazetteerOfWord(last)?.kind !== 'organization'
  )
    return [candidate(chunk, from, to, 'other', 3, NO_CONTEXT)];
  // "Love Island host Laura Whitmore", "Strictly Come Dancing contestant …": the show, no place or body (a
  // body the lists know, a town or a body's head word stays itself: "BBC presenter", "Texas host").
  // ("British TV presenter Ann Lee", "TV presenter …", "Ex-chatshow host …": a people's word, a medium's
  // initials or a former role before the role name no show.)
  if (
    showBeforeRole(ctx, chunk.field, last.index) &&
    !last.possessive &&
    !wordIs(last, W_ORG_HEAD) &&
    !shapeIs(first, S_ACRONYM) &&
    !(to - from === 1 && (CAPITALS_WORD.test(first.core) || isLowerWordWord(first))) &&
    !PEOPLES_KINDS.has(gazetteerOfWord(first)?.kind ?? '') &&
    !EX_PREFIX.test(first.core) &&
    lookup(words, from, to, ctx) === undefined &&
    lookupPlace(chunk.text.slice(first.start - chunk.start, last.end - chunk.start)) === undefined
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  if (to - from !== 1 || first.possessive) return undefined;
  // "A Banksy mural", "a Picasso painting": the artist, a person (not a firm or a place the lists know).
  if (
    artistBeforeArtwork(ctx, chunk.field, first.index) &&
    gazetteerOfWord(first) === undefined &&
    !placeOfWord(first) &&
    !isBrandWord(first.core) &&
    !isLowerWordWord(first) &&
    !shapeIs(first, S_ACRONYM)
  )
    return [candidate(chunk, from, to, 'person', 2, NO_CONTEXT)];
  // "the maker of the Claude chatbot", "the Alexa assistant": software named like a person, a thing.
  // ("the Uber app", "the TikTok app": a firm's or a brand's own app is the firm's.)
  if (
    softwareNamedAt(ctx, chunk.field, first.index) &&
    !shapeIs(first, S_ACRONYM) &&
    (gazetteerOfWord(first)?.kind ?? 'person') === 'person' &&
    !isBrandWord(first.core)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  return undefined;
}

/**
 * On sports pages and in results: clubs, scorecards, events, numbered parts; peoples' words that describe.
 */
function sportsLinesAndEvents(s: NamedSpan, span: SpanContext): Candidate[] | undefined {
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

/** Products, possessive firms, a club before its player, prizes, programmes, "Disney+". */
function productsAndPrizes(s: NamedSpan, span: SpanContext): Candidate[] | undefined {
  const { chunk, ctx, words, to } = s;
  const { from, personCue, prevToken, nextToken, prevBits, nextBits, base } = span;
  // Not "Gorbachev's program" (its owner) nor a headline in capitals ("U.S. SOYBEAN PROGRAM CHANGES").
  const plainSingleWord = to - from === 1 && !words[from]!.possessive && !chunk.caseless;
  // "the weight-loss drug Wegovy", "the maker of Ozempic": a name right after a product's noun, or after
  // "maker of", is the product (a firm the lists know stays the firm: "chips from Nvidia").
  if (
    to - from === 1 &&
    (prevBits & PRODUCT_BEFORE_WORD ||
      (prevToken === 'of' && MAKER_NOUNS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)))) &&
    !listedAsBodyOrPlace(words[from]!) &&
    !isGivenNameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "the maker of Candy Crush", "players of Candy Crush", "the app Candy Crush": a given name before an ordinary word
  // that no name list knows, where a single name would be the product, is the product's name (a person's name
  // ends in a surname: "fans of Taylor Swift").
  if (
    to - from === 2 &&
    !chunk.caseless &&
    !personCue &&
    !words[to - 1]!.possessive &&
    (prevBits & PRODUCT_BEFORE_WORD ||
      // ("Candy Crush maker King".)
      MAKERS_AFTER_PRODUCT.has(nextToken) ||
      (prevToken === 'of' &&
        PRODUCT_HOLDERS_OF.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)))) &&
    isGivenNameWord(words[from]!) &&
    isLowerWordWord(words[to - 1]!) &&
    !isGivenNameWord(words[to - 1]!) &&
    !isKnownSurnameWord(words[to - 1]!) &&
    gazetteerOfWord(words[to - 1]!) === undefined
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "stop selling the Swift in Europe", "drove a Swift to work": an article before a surname alone, the phrase
  // ending with it, names a thing (a model, a ship), no person ("the Swift concert": the name as a modifier).
  if (
    plainSingleWord &&
    !personCue &&
    // (In lower case: "J White, A Hogg" is an initial.)
    ARTICLES_BEFORE_THING.has(tokenText(ctx, chunk.field, words[from]!.index - 1)) &&
    // ("the Taft and Ingalls families", "a Henson, D'Arcy, O'Driscoll combination": a family's or a list's name.)
    (PLACE_PREPOSITIONS_AFTER_THING.has(nextToken) || nextToken === '.') &&
    isKnownSurnameWord(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    (gazetteerOfWord(words[from]!)?.kind ?? 'person') === 'person' &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 1, base)];
  // "Kisunla, Eli Lilly's Alzheimer's treatment,": a name an apposition calls a medicine is the medicine.
  if (
    plainSingleWord &&
    medicineApposedAfter(ctx, chunk.field, words[from]!.index) &&
    !listedAsBodyOrPlace(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Ozempic pills", "Blackwell chips", "sales of Wegovy": a name before a product's noun, or after the
  // sales or doses of something, is the product; a firm or place the lists know stays one ("Nvidia chips",
  // "sales of Toyota cars").
  // "Cambricon chips", "Xiaomi smartphones": before a device's noun an unknown name is more often its maker;
  // the device's own name needs an owner or a determiner before it ("Nvidia's Blackwell chips", "its Pixel
  // handsets", "the Cell processor").
  if (
    plainSingleWord &&
    (nextBits & PRODUCT_AFTER_WORD ||
      (prevToken === 'of' && SOLD_UNITS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
      (nextBits & DEVICE_AFTER_WORD && ownerBefore(prevToken))) &&
    // "Japanese chips", "French tablets": a nationality word or a name the lists know is no product.
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!) &&
    !isBrandWord(words[from]!.core) &&
    !isGivenNameWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  if (
    plainSingleWord &&
    nextBits & DEVICE_AFTER_WORD &&
    !ownerBefore(prevToken) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !personCue &&
    !isGivenNameWord(words[from]!) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!)
  )
    return [candidate(chunk, from, to, 'organization', 1, base)];
  // "McDonald's said", "sales at Moody's": a firm whose name is a possessive ("McDonald" is a surname).
  const possessiveFirm =
    to - from === 1 && words[from]!.possessive ? GAZETTEER.get(`${words[from]!.lower}'s`) : undefined;
  if (possessiveFirm?.kind === 'organization')
    return [
      candidate(chunk, from, to, 'organization', 2, base, { ...NO_INFO, canonical: possessiveFirm.name }),
    ];
  // "Chelsea's Cole Palmer", "Everton's Duncan Ferguson": on a sports page a name in the possessive right
  // before a player's full name is the club (a country or a place stays one: "Britain's Andy Murray";
  // elsewhere it may be a person's: "Trump's Susie Wiles").
  if (
    ctx.sports &&
    to - from === 1 &&
    words[from]!.possessive &&
    !chunk.caseless &&
    nextBits & CASED &&
    isGivenName(nextToken) &&
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !isKnownSurnameWord(words[from]!) &&
    !listedAsBodyOrPlace(words[from]!) &&
    gazetteerOfWord(words[from]!)?.kind !== 'demonym'
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  // "Nobel laureate Muhammad Yunus", "Oscar winner Emma Stone": a name before the one who won it is a prize.
  if (
    plainSingleWord &&
    nextBits & AWARD_AFTER_WORD &&
    // The winner's name follows ("the Arsenal winner in the 89th minute" is a goal).
    tokenBits(ctx, chunk.field, words[from]!.index + 2) & CASED &&
    !ctx.sports &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "its Artemis programme", "the Hubble telescope": a name before a programme or a craft names it; a
  // body's or a place's programme keeps its owner ("the UN programme", "the Ontario program").
  if (
    plainSingleWord &&
    nextBits & PROGRAMME_AFTER_WORD &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !listedAsBodyOrPlace(words[from]!)
  )
    return [candidate(chunk, from, to, 'other', 2, base)];
  // "Disney+", "Canal+": a plus written onto a name makes a brand of a streaming or TV service.
  if (
    to - from === 1 &&
    nextToken === '+' &&
    fieldsOf(ctx, chunk.field).field.tokens[words[from]!.index + 1]?.start === words[from]!.end
  )
    return [candidate(chunk, from, to, 'organization', 2, base)];
  return undefined;
}

/** The name read by the lists and its own words, after the rules on its surroundings (`typeNamedSpan`). */
function typeByReading(chunk: Chunk, ctx: Context, span: SpanContext): Candidate[] {
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
      (nextBits & AUXILIARY && (tokenBits(ctx, chunk.field, words[to - 1]!.index + 2) & SPEAKER_VERB) !== 0));
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
      (prevToken === 'for' && SCORED_FOR.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2))) ||
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
    (!isGivenNameWord(firstWord) || (n > 1 && isLowerWordWord(firstWord)))
  )
    return [candidate(chunk, from, to, 'organization', 3, base)];
  // "the Law and Justice (PiS) party", "Alternative for Germany (AfD) party": a name, its acronym in brackets
  // and a party's noun; the acronym alone too.
  if (partyNounPastBracket(ctx, chunk.field, words[from]!, lastWord, prevToken, nextToken))
    return [candidate(chunk, from, to, 'organization', 3, base)];
  if (n > 1) return typeSeveralWords(reading);
  return typeOneWord(reading);
}

/** A name the lists know (`entry`, found for the whole run): its type, read with its surroundings. */
function typeKnownName(reading: Reading, found: GazetteerEntry | Candidate): Candidate[] {
  let entry = found;
  if ('kind' in entry) {
    // WordNet lists some countries as plain places ("Turkey"); the country gazetteer knows better.
    const asCountry = entry.kind === 'place' ? lookupPlace(entry.name) : undefined;
    if (asCountry?.kind === 'country')
      entry = { kind: 'country', name: asCountry.name, countryCode: asCountry.countryCode };
    // "University of Michigan", "New York Stock Exchange", "Pentagon": WordNet files some
    // institutions under places; their head word says organisation.
    if (
      entry.kind === 'place' &&
      ((reading.n > 1 &&
        wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
        !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
        reading.lastLower !== 'house') ||
        (reading.n === 1 && wordIs(reading.words[reading.from]!, W_INSTITUTION)) ||
        hasOrgLeadOf(reading.words, reading.from, reading.to))
    )
      return readAs(reading, 'organization', 2);
    // "Judge Roman ruled", "Coach Norman said": a people's word that is also a given name, after a title, is
    // the person the title names.
    if (entry.kind === 'group' && reading.n === 1 && reading.personCue && isGivenNameWord(reading.firstWord))
      return readAs(reading, 'person', 2);
    if (entry.kind === 'group' && reading.n === 1) {
      const read = groupWordByNeighbours(
        reading.ctx,
        reading.chunk,
        reading.words[reading.from]!,
        reading.nextToken,
      );
      if (read === 'none') return [];
      if (read) return readAs(reading, read, 2);
    }
    // "European carmakers", "all Africans", "Arab states": the people of a region, as "German" is a
    // country's (other peoples, faiths and groups stay `other`).
    if (entry.kind === 'group' && REGIONAL_PEOPLES.has(entry.name.toLowerCase()))
      return [
        candidate(reading.chunk, reading.from, reading.to, 'nationality', 2, reading.base, {
          ...NO_INFO,
          canonical: entry.name,
        }),
      ];
    const g = fromGazetteer(entry);
    const type = g.type;
    // "Verdi, Germany's second-biggest union,": a name the lists know as a surname alone, which an apposition
    // calls a body, is that body.
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.personCue &&
      reading.nextToken === ',' &&
      bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)
    )
      return readAs(reading, 'organization', 2);
    // "Disney said profits rose … The company said": a famous surname alone that reports a firm's results
    // or that "the company" takes up is the firm (firm-cues.ts).
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.personCue &&
      !reading.chunk.caseless &&
      firmSaysAfter((k) =>
        lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + k),
      )
    )
      return readAs(reading, 'organization', 2);
    // "the SWIFT messaging system": a word in capitals on a mixed-case line is an acronym, not the surname
    // WordNet knows ("Swift").
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.chunk.caseless &&
      reading.first.length >= 3 &&
      shapeIs(reading.firstWord, S_ACRONYM)
    )
      return readAs(reading, 'organization', 1);
    if (type === 'person' && reading.n === 1 && reading.thingAfterThe) return [];
    // "Disney said in a statement that its …": WordNet's person is a firm that "its" takes up.
    if (
      type === 'person' &&
      reading.n === 1 &&
      (reading.pronoun() === 'thing' ||
        firmItAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index))
    )
      return readAs(reading, 'organization', 2);
    if (
      type === 'person' &&
      reading.n === 1 &&
      (reading.nextBits & ORG_CUE_AFTER ||
        (STAFF_AFTER.has(reading.nextToken) && !isLowerWordWord(reading.firstWord))) &&
      // "Putin's spokesman", "Blair 's spokesman said the prime minister …": a person WordNet lists has a spokesman
      // of his own when the lists know him as a newsmaker or the spokesman calls him by a person's title (read51
      // R25; "Heinz's spokesman said prices would rise" stays the firm's).
      !(
        reading.lastWord.possessive &&
        SPOKESPEOPLE_AFTER.has(reading.nextToken) &&
        (newsmakerNamed(reading.first) !== undefined ||
          principalTitledAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1))
      )
    )
      return readAs(reading, 'organization', 1);
    // "analysts at Bernstein": a surname where people work is their firm; so is a surname the place lists
    // know too ("scientists at Copernicus").
    if (
      (type === 'person' ||
        (type === 'place' &&
          !entry.countryCode &&
          isKnownSurnameWord(reading.firstWord) &&
          !reading.personCue)) &&
      reading.n === 1 &&
      staffAt(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index)
    )
      return readAs(reading, 'organization', 2);
    // A one-word place name, no country and not after a locative ("in", "from"): the firm readings below.
    const onePlaceWord = type === 'place' && reading.n === 1 && !entry.countryCode && !reading.locative;
    // "Amazon invested", "Amazon shares": a river or region that acts like a firm is the firm.
    // "Toyota raises its profit forecast": so is a town the lists give a brand's name too (Toyota, Aichi)
    // that acts so, or that "its" takes up as its subject ("Asia with its", "Hampshire said its board" are
    // the places').
    if (
      onePlaceWord &&
      (reading.nextBits & ORG_CUE_AFTER ||
        COMPANY_VERBS.has(reading.nextToken) ||
        firmItAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index) ||
        // (Not "The Amazon burst its banks": a firm is named without "the".)
        (!reading.lastWord.possessive &&
          reading.prevToken !== 'the' &&
          isBrandWord(reading.first) &&
          reading.pronoun() === 'thing')) &&
      (!placeOfWord(reading.firstWord) || isBrandWord(reading.first))
    )
      return readAs(reading, 'organization', 1);
    // "Toyota, the world's top-selling carmaker,", "Toyota sold 10.3 million vehicles": a town's name that an
    // apposition calls a firm, or that sells goods (a town sells bonds), is the firm.
    if (
      onePlaceWord &&
      !reading.lastWord.possessive &&
      // ("General Electric Mortgage Insurance Co of Ohio, a unit of …": the apposition is the firm's.)
      reading.prevToken !== 'of' &&
      lookupPlace(reading.first)?.kind !== 'region' &&
      ((reading.nextToken === ',' &&
        firmAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)) ||
        goodsSoldAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
    )
      return readAs(reading, 'organization', 2);
    // "the EU's Copernicus climate service": a surname the place lists know too (a crater), before a
    // body's noun.
    if (
      onePlaceWord &&
      !reading.lastWord.possessive &&
      isKnownSurnameWord(reading.firstWord) &&
      !placeOfWord(reading.firstWord) &&
      serviceNounAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
    )
      return readAs(reading, 'organization', 2);
    if (type === 'person' && reading.personCue) return readAs(reading, 'person', 2);
    // "played in Bradford", "stops in Lincoln, Preston and Lancaster": a surname only WordNet's person lists
    // give, written after "in" or "near", is the town the place lists know by that name.
    if (
      type === 'person' &&
      reading.n === 1 &&
      reading.locative &&
      STRONG_LOCATIVE.has(reading.prevToken) &&
      !reading.lastWord.possessive
    ) {
      const town = placeOfWord(reading.firstWord);
      if (town !== undefined && town.kind !== 'country')
        return [
          candidate(reading.chunk, reading.from, reading.to, 'place', 1, reading.base, placeFields(town)),
        ];
    }
    // "Leeds beat Hull 2-1": a town that is also a surname plays as the town's club in a result.
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      !reading.personCue &&
      !reading.personVerb &&
      !reading.locative &&
      reading.inResult() &&
      isTeamContext(reading.chunk, reading.prevToken, reading.nextToken)
    )
      return [
        candidate(reading.chunk, reading.from, reading.to, 'organization', g.strength, reading.base, {
          ...NO_INFO,
          canonical: g.canonical,
          teamFromPlace: true,
        }),
      ];
    // "Clinton", "Washington": a town and a surname; the surname when the sentence treats it as one.
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      isKnownSurnameWord(reading.firstWord) &&
      // ("Bankers in London said": the verb after "in X" is the bankers'.)
      (reading.personCue ||
        (reading.personVerb &&
          reading.prevToken !== 'in' &&
          // ("Police in north London said", "The council in south-west London said", ents42.)
          !(
            compassWord(reading.prevToken) &&
            lowerTokenText(reading.ctx, reading.chunk.field, reading.firstWord.index - 2) === 'in'
          ) &&
          !governmentSpeaks(reading.first, reading.pronounPerson) &&
          // ("Berlin said the tanks would come", "London said": a big state's seat speaks as its government.)
          !(seatOfState(reading.first) && !reading.pronounPerson()) &&
          !capitalSpeaksToSeat(reading.ctx, reading.chunk.field, reading.lastWord.index, reading.first)) ||
        (!reading.locative && !placeOfWord(reading.firstWord)) ||
        // "FBI agents searched Bolton's home": in the possessive before what only a person has.
        (reading.lastWord.possessive &&
          !reading.locative &&
          ownedByPerson(reading.ctx, reading.chunk.field, reading.lastWord.index)))
    )
      return readAs(reading, 'person', 1);
    // "Pope Leo", "Queen Victoria": a title before a town's name that is also a given name names a holder
    // by the given name, as royals and popes are named.
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      reading.personCue &&
      isGivenNameWord(reading.firstWord)
    )
      return readAs(reading, 'person', 2);
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type !== 'place' &&
      (wordIs(reading.words[reading.from]!, W_FUNCTION) ||
        (isLowerWordWord(reading.firstWord) &&
          (!nameLike(reading.firstWord, reading.ctx) ||
            ordinarySurnameAlone(reading.ctx, reading.chunk, reading.words[reading.from]!, reading.n))))
    )
      return [];
    // "Man charged with murder": a sentence-initial ordinary word that is also a town (Man, Ivory
    // Coast) is the word unless the story writes it capitalised elsewhere or as a place.
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type === 'place' &&
      !entry.countryCode &&
      !reading.locative &&
      isLowerWordWord(reading.firstWord) &&
      !reading.ctx.seen.capitalisedInside.has(reading.firstLower) &&
      // ("Berlin has refused to send missiles", "Manhattan rents rose": a city of a million people or a big state's
      // seat is named far more often than the word it shares a spelling with.)
      !seatOfState(reading.first) &&
      (placeOfWord(reading.firstWord)?.population ?? 0) < GOVERNMENT_SEAT_POPULATION
    )
      return [];
    // "Far right gains in France": an ordinary word opening a sentence that the lists know only as a body's
    // acronym in capitals ("FAR") is the word, unless the story capitalises it elsewhere.
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type === 'organization' &&
      isLowerWordWord(reading.firstWord) &&
      entry.name.length > 1 &&
      entry.name === entry.name.toUpperCase() &&
      reading.first !== reading.first.toUpperCase() &&
      !reading.ctx.seen.capitalisedInside.has(reading.firstLower)
    )
      return [];
    // "Jordan said he felt much better" on a sports page: a country's name that is a given name or a surname
    // too, alone, which "he" or "she" takes up, is a player (a country is "it"; read33 F11). Elsewhere the
    // pronoun may be the one the country speaks of ("Israel said he would not be allowed in").
    // "Harbaugh said Jordan was improving after a knee injury": on any page a body's injury after the name
    // (a country has no knee) says person, where a short story has too few sports words (leftover of 34).
    if (
      type === 'place' &&
      entry.countryCode &&
      reading.n === 1 &&
      !reading.locative &&
      !reading.lastWord.possessive &&
      (isGivenNameWord(reading.firstWord) || isKnownSurnameWord(reading.firstWord)) &&
      ((reading.ctx.sports && reading.pronounPerson()) ||
        injuryOfPlayerAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
    )
      return readAs(reading, 'person', 1);
    const team = reading.teamPlace(type, entry.countryCode);
    const teamFromPlace = team !== type;
    // "URGENT: CHANCELLOR MERZ SAYS": a title in capitals is no name ("Chancellor" is a WordNet group).
    if (
      reading.chunk.caseless &&
      reading.n === 1 &&
      type !== 'place' &&
      (isLowerWordWord(reading.firstWord) || wordIs(reading.firstWord, W_TITLE))
    )
      return [];
    if (
      reading.chunk.caseless &&
      reading.n === 1 &&
      entry.kind === 'place' &&
      isLowerWordWord(reading.firstWord)
    )
      return [];
    return [
      candidate(reading.chunk, reading.from, reading.to, team, g.strength, reading.base, {
        canonical: g.canonical,
        countryCode: entry.countryCode,
        placeId: type === 'place' ? placeIdOf(reading.chunk, reading.from, reading.to) : undefined,
        teamFromPlace,
        personish: undefined,
      }),
    ];
  }
  const { countryCode, canonical } = entry;
  const type = entry.teamFromPlace ? reading.teamPlace('place') : reading.teamPlace(entry.type, countryCode);
  return [
    candidate(reading.chunk, reading.from, reading.to, type, entry.strength, reading.base, {
      canonical,
      countryCode,
      placeId: entry.placeId,
      teamFromPlace:
        entry.teamFromPlace || entry.type === 'place'
          ? type === 'organization' || entry.teamFromPlace
          : undefined,
      personish: undefined,
    }),
  ];
}

/**
 * An unknown run on a line in capitals only: a name only with a given name, a title or a listed newsmaker.
 */
function typeCaselessRun(reading: Reading): Candidate[] {
  // On a capitals-only line an unknown run is a name only when it starts with a given name, follows
  // a title ("SENATOR SCHUMER", "PRESIDENT LULA") or is a listed newsmaker ("JAPAN PM TAKAICHI:").
  // "JAPAN PM TAKAICHI": "PM" in capitals before a name is the prime minister's title; after a clock
  // time ("CLOSE AT 3 PM TOKYO TIME") it is p.m., and the name after it holds no office.
  if (reading.n > 1 && reading.firstWord.core === 'PM')
    return typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx);
  if (
    (reading.n > 1 && isGivenNameWord(reading.firstWord)) ||
    (CAPITALS_TITLES.has(reading.prevToken) &&
      ((reading.prevToken !== 'pm' && reading.prevToken !== 'cm') ||
        abbreviatedMinisterAt(reading.ctx, reading.chunk.field, reading.firstWord.index - 1)) &&
      holderInCapitals(reading.words, reading.from, reading.to)) ||
    newsmakerOfRun(reading.words, reading.from, reading.to) !== undefined
  )
    return readAs(reading, 'person', 1);
  const place = placeOfSpan(reading.chunk, reading.from, reading.to);
  if (place && !isGivenNameWord(reading.firstWord)) {
    const type = reading.teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    return [candidate(reading.chunk, reading.from, reading.to, type, 2, reading.base, placeFields(place))];
  }
  return [];
}

/**
 * Whether the two words `from`..`to` are a firm's word and "Bio", as biotech start-ups call themselves ("Zenith Bio",
 * "Tourmaline Bio"): the first no given name, no title and no function word. "Bio" is no body's head alone: Sierra
 * Leone's president is Julius Maada Bio (a given name opens his name).
 */
function bioFirmAt(words: readonly Word[], from: number, to: number): boolean {
  if (from < 0 || to - from !== 2 || words[to - 1]!.core !== 'Bio') return false;
  const first = words[from]!;
  return (
    !isGivenNameWord(first) && !wordIs(first, W_TITLE) && !wordIs(first, W_FUNCTION) && !first.possessive
  );
}

/** A capitalised word and a space ending a stretch of text. */
const CAPITALISED_WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}.'-]*) $/u);

/** Whether the text writes `name` after a given name somewhere ("Julius Maada Bio … Maada Bio said"). */
function givenNameBefore(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at > 1; at = text.indexOf(name, at + 1)) {
    const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (before && isGivenName(before[1]!)) return true;
  }
  return false;
}

/** Whether "Cup of" stands inside the words `from`..`to` after a first word ("Africa Cup of Nations"). */
function cupOfAt(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 2; i++)
    if (words[i]!.lower === 'cup' && words[i + 1]!.core === 'of') return true;
  return false;
}

/** The listed newsmaker whose name is the run's words `from`..`to`, if any. */
function newsmakerOfRun(words: readonly Word[], from: number, to: number): ReturnType<typeof newsmakerNamed> {
  return newsmakerNamed(
    words
      .slice(from, to)
      .map((w) => w.core)
      .join(' '),
  );
}

/** An unknown run of two or more words, read by its words and its surroundings. */
// typeSeveralWords is cut into stages, each a named function returning its answer or undefined, run in the
// order they held in the one function (session 45: the one function was 900 lines, and TurboFan compiled it
// late, behind the other large jobs). Each stage reads the run from `reading`.
function typeSeveralWords(reading: Reading): Candidate[] {
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

/**
 * Names the whole run spells: a Fed, a sport's body, a newsmaker, sponsors, a maker's model, a body's branch,
 * a seat and its holder.
 */
function wholeRunNames(reading: Reading): Candidate[] | undefined {
  // "Verfolger Bayer Leverkusen", "Spitzenreiter Borussia Dortmund": German capitalises its nouns, and one no
  // list knows before a listed body's name is no word of that name (session 34 leftover).
  if (
    reading.ctx.foreign &&
    reading.n >= 3 &&
    unlistedNounBeforeBody(reading.words, reading.from, reading.to, reading.ctx)
  )
    return typeChunk(
      chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
      reading.ctx,
    );
  // "New York Fed President John Williams", "the St. Louis Fed": a town's regional Federal Reserve bank (ents41).
  if (
    reading.n >= 2 &&
    reading.lastWord.core === 'Fed' &&
    !reading.chunk.caseless &&
    placeOfSpan(reading.chunk, reading.from, reading.to - 1) !== undefined
  )
    return readAs(reading, 'organization', 2);
  // "South African Rugby said", "Cricket Australia", "USA Swimming": a sport's national body (ents41).
  if (!reading.chunk.caseless && sportBodyName(reading.words, reading.from, reading.to))
    return readAs(reading, 'organization', 2);
  // "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino": Filipino "ng" (of) names a body, no one's name
  // (Ng the Chinese surname is capitalised).
  if (reading.n >= 3 && reading.words.slice(reading.from + 1, reading.to - 1).some((w) => w.core === 'ng'))
    return readAs(reading, 'organization', 2);
  // "Zenith Bio said", "Novartis acquired Tourmaline Bio": a biotech firm named by one word and "Bio".
  if (
    reading.n === 2 &&
    !reading.personCue &&
    bioFirmAt(reading.words, reading.from, reading.to) &&
    !givenNameBefore(reading.ctx.doc.body.text, `${reading.first} Bio`)
  )
    return readAs(reading, 'organization', 2);
  // "the Africa Cup of Nations", "the World Cup of Hockey": a cup named through "of" is the contest, whatever its last
  // word ("Nations" ends bodies' names).
  if (reading.n >= 4 && cupOfAt(reading.words, reading.from, reading.to)) return readAs(reading, 'other', 2);
  // "Alexandria Ocasio-Cortez, the New York Democrat,": a listed newsmaker's full name is that person, though a
  // town opens it and no list knows the rest (it read as a body named after a town, ents41).
  if (!reading.chunk.caseless && newsmakerOfRun(reading.words, reading.from, reading.to) !== undefined)
    return readAs(reading, 'person', 2);
  // "Red Bull-Bora-Hansgrohe", "Team Visma-Lease-Bike": a word of three or more capitalised parts joined by
  // hyphens is a team's or a firm's sponsors' names, not a surname ("Day-Lewis", "Ocasio-Cortez" have two).
  if (!reading.personCue && SPONSOR_CHAIN.test(reading.lastWord.core))
    return readAs(reading, 'organization', 1);
  // "iPad Pro", "iPhone X", "iPad Air": Apple's device and its model are a thing, as the device alone is.
  if (codeUnitAt(reading.first, 0) === 105 && APPLE_THINGS.has(lowerCased(reading.first)))
    return readAs(reading, 'other', 2);
  // "Ford Explorer and Ford Mustang models", "a Toyota Tundra pickup", "sales of the Chevrolet Silverado": a
  // maker the lists know before one more word, where a noun of models ends the name or its list, or where
  // sales are of it, is the maker's product, no person and no body (the bare maker stays the firm).
  // "The Toyota Tacoma is recalled … Toyota said": so it is after "the", which names a firm by its own name
  // alone ("the Ford Foundation", "the Honda Center", "the Sony Pictures" stay the body's, the place's).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.chunk.caseless &&
    makerWord(reading.firstWord) &&
    !wordIs(reading.lastWord, W_ORG_HEAD) &&
    !MODEL_NOUNS.has(reading.lastLower) &&
    (modelNounEndsList(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      salesOfBefore(reading.ctx, reading.chunk.field, reading.firstWord.index) ||
      (reading.prevToken === 'the' &&
        !endsWithText(reading.lastLower, 's') &&
        !wordIs(reading.lastWord, W_PLACE_HEAD) &&
        !isLegalFormWord(reading.lastWord.core) &&
        // ("the Shell Canada unit", "the Sumitomo Metal deal", "the Airbus Industrie consortium": a firm's
        // unit in a country or by its trade.)
        !FIRM_TRADE_WORDS.has(reading.lastLower) &&
        gazetteerOfWord(reading.lastWord)?.kind !== 'country'))
  )
    return readAs(reading, 'other', 2);
  // "NHS England", "BBC Scotland", "Amnesty International Kenya": a body's name and the country it
  // serves name the body's branch there, an organisation.
  if (!reading.personCue && bodyInCountry(reading.words, reading.from, reading.to, reading.ctx))
    return readAs(reading, 'organization', 2);
  // "U.N. Interim Force in Lebanon (UNIFIL)": the acronym spells the name through its "in".
  if (reading.n >= 3 && bodySpelledThroughIn(reading.ctx, reading.chunk, reading.from, reading.to))
    return readAs(reading, 'organization', 2);
  // "Paris Hilton said she": a town's name the given-name lists miss (Paris, Brooklyn, Savannah) before a
  // surname-like word, taken up by "she" or "he", is a person's full name (", who" is no cue: "The Miami
  // Dolphins, who had lost", "Houston Methodist, who run eight hospitals", read29 F-c).
  if (
    reading.n === 2 &&
    !reading.locative &&
    reading.prevToken !== 'the' &&
    townAsGivenName(reading.words[reading.from]!, reading.lastWord) &&
    reading.pronounPerson()
  )
    return readAs(reading, 'person', 1);
  // "Mayor of London Sadiq Khan", "Governor of the Bank of England Andrew Bailey": after a title and "of",
  // the office's seat or body, then its holder's full name.
  if (reading.n >= 3) {
    const holder = holderAfterSeat(reading.ctx, reading.chunk, reading.from, reading.to, reading.prevToken);
    if (holder > 0)
      return [
        ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from, holder)), reading.ctx),
        candidate(reading.chunk, holder, reading.to, 'person', 2, reading.base),
      ];
  }
  return undefined;
}
/**
 * A people's word opening the run: a town or its event ("Indian Wells"), a party, or a nationality before a
 * name.
 */
function nationalWordOpens(
  reading: Reading,
  firstEntry: GazetteerEntry | undefined,
  secondEntry: GazetteerEntry | undefined,
  nationalFirst: boolean,
): Candidate[] | undefined {
  // "the Indian Wells title", "won in Indian Wells", "the Indian Wells Masters": a people's word and a given name
  // that ends the name, after a place's preposition, before an event's word or before an event's head, is a town's
  // name or its event, no nationality and person (mendE44, wild44 star 10).
  if (
    nationalFirst &&
    isGivenNameWord(reading.words[reading.from + 1]!) &&
    !reading.personCue &&
    (reading.to - reading.from === 2 ||
      (reading.to - reading.from === 3 && EVENT_HEADS.has(reading.lastLower)))
  ) {
    if (reading.to - reading.from === 3 || EVENT_AFTER_TOWN.has(reading.nextToken))
      return readAs(reading, 'event', 2);
    // ("in Indian Summer weather": a name that modifies a noun after it is no town; read44.)
    if (reading.locative && !LOWER_CONTENT_WORD.test(reading.nextToken)) return readAs(reading, 'place', 1);
  }
  // "Georgian Dream, the ruling party,": a name a people's word opens that an apposition calls a party.
  if (
    nationalFirst &&
    reading.nextToken === ',' &&
    firmAppositionAfter(
      reading.ctx,
      reading.chunk.field,
      reading.words[reading.to - 1]!.index + 1,
      PARTY_APPOSITION_HEADS,
      3,
    )
  )
    return readAs(reading, 'organization', 2);
  // "Australian Tom Moody", "the Palestinian U.N. observer mission": a nationality word before a given
  // name or a body's acronym is a word of its own; so before a country or a region ("Pakistani Kashmir",
  // "Turkish Cyprus") that is no place of two words ("Iraqi Kurdistan").
  if (
    nationalFirst &&
    // "European Court of Justice": a given name that is a body's lead before "of" opens the body.
    ((isGivenNameWord(reading.words[reading.from + 1]!) &&
      !hasOrgLeadOf(reading.words, reading.from + 1, reading.to) &&
      !givenNameBeforeBodysHead(reading)) ||
      (reading.to - reading.from === 2 &&
        firstEntry!.kind === 'demonym' &&
        (secondEntry?.kind === 'country' || secondEntry?.kind === 'place') &&
        !lookupPlace(
          reading.chunk.text.slice(
            reading.words[reading.from]!.start - reading.chunk.start,
            reading.words[reading.to - 1]!.end - reading.chunk.start,
          ),
        )) ||
      (reading.to - reading.from === 2 &&
        !isGivenNameWord(reading.firstWord) &&
        shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
        !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)))
  ) {
    return [
      firstWordNationality(reading, firstEntry!.countryCode),
      ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx),
    ];
  }
  return undefined;
}
/**
 * "Nigerian Bar Association", "Kenyan Law Society", "American Rose Society": a people's word, a word that is also a
 * given name and a body's head word are one body's name (the nation is part of it), no nationality and a body named
 * after a person. ("Manchester United", "Carson City": "united" and "city" head places' and clubs' names too; "Jewish
 * West Bank settlements": the last two words are a place.)
 */
function givenNameBeforeBodysHead(reading: Reading): boolean {
  return (
    reading.to - reading.from === 3 &&
    wordIs(reading.lastWord, W_ORG_HEAD) &&
    reading.lastLower !== 'city' &&
    reading.lastLower !== 'united' &&
    // ("Jewish West Bank settlements": the two words are a place.)
    !wordIs(reading.words[reading.from + 1]!, W_COMPASS) &&
    lookupPlace(`${reading.words[reading.from + 1]!.core} ${reading.lastWord.core}`) === undefined
  );
}
/** A continent's agency, a place's name that is a given name, a place or a title opening the run. */
function placeOpensRun(reading: Reading, firstEntry: GazetteerEntry | undefined): Candidate[] | undefined {
  // "the Africa CDC": a continent's agency, named by the continent and an acronym.
  if (
    reading.to - reading.from === 2 &&
    CONTINENTS.has(reading.firstLower) &&
    shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
    !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)
  )
    return readAs(reading, 'organization', 2);
  // "Kenya Hunt won the prize … Hunt said", "Jamaica Kincaid said", "India Hicks, a designer,": a place's name that
  // is a person's given name, before a surname, in prose (wild42 ★6; it was split off as the place, or made a body).
  if (
    !reading.chunk.caseless &&
    !reading.locative &&
    placeNamedPerson(
      reading.words,
      reading.from,
      reading.to,
      reading.personVerb || (reading.nextBits & SPEAKER_VERB) !== 0 || playerDeed(reading.nextToken),
      () =>
        reading.pronounPerson() ||
        titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        callingApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        ageAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        surnameSpeaksElsewhere(reading.ctx, reading.lastWord),
    )
  )
    return readAs(reading, 'person', 2);
  // "U.S. Assistant Secretary ...", "Chicago NAPM": a country or city before a title, a given name or
  // an acronym is a place of its own.
  const secondWord = reading.words[reading.from + 1]!.core;
  if (
    !wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    !readsAsFullName(reading.words, reading.from, reading.to, reading.locative) &&
    !hasOrgLeadOf(reading.words, reading.from, reading.to) &&
    // "La Rochelle", "Le Havre": an article of a place's name is no state ("La." is Louisiana).
    !NAME_PARTICLES.has(reading.firstLower) &&
    (firstEntry?.kind === 'country' ||
      (!firstEntry && placeOfWord(reading.firstWord)) ||
      // "Chicago NAPM": a town WordNet knows, before a body's acronym.
      (firstEntry?.kind === 'place' &&
        reading.to - reading.from === 2 &&
        !isGivenNameWord(reading.firstWord) &&
        shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
        !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)) ||
      // "the Apostolic Prefect of Ulaanbaatar Giorgio Marengo", "Mayor of London Sadiq Khan": after "of",
      // a town WordNet knows (no given name or ordinary word) before a given name and a surname is the
      // office's seat, the holder's name follows ("of White Hart Lane", "of Nairobi Serena Hotel" stay).
      (firstEntry?.kind === 'place' &&
        reading.to - reading.from === 3 &&
        reading.prevToken === 'of' &&
        !isGivenNameWord(reading.firstWord) &&
        !isLowerWordWord(reading.firstWord) &&
        isGivenNameWord(reading.words[reading.from + 1]!) &&
        !isLowerWordWord(reading.words[reading.from + 1]!) &&
        gazetteerOfWord(reading.words[reading.from + 1]!)?.kind !== 'demonym' &&
        !wordIs(reading.lastWord, W_ORG_HEAD) &&
        !wordIs(reading.lastWord, W_PLACE_HEAD) &&
        !shapeIs(reading.lastWord, S_ACRONYM)) ||
      // "adviser for Africa Massad Boulos": after an office's "for", a place is its brief.
      (reading.from === 0 && briefPlaceBeforeHolder(reading.ctx, reading.chunk, reading.from, reading.to))) &&
    reading.words[reading.from + 1]!.capitalised &&
    // "President Hassan Sheikh Mohamud": after a person's title the run is the holder's name, a town's
    // name (Hassan, India) the lists know no other way opening it included ("chief U.K. Economist" is
    // the country's); "Hassan Sheikh Mohamud said": "Sheikh" between a name and a name is a word of a
    // Somali or Bengali name ("Sheikh Hasina"), unless a country opens the run.
    !(reading.personCue && firstEntry === undefined && isTitle(secondWord)) &&
    !(
      NAME_HONORIFICS.has(reading.words[reading.from + 1]!.lower) &&
      firstEntry?.kind !== 'country' &&
      reading.to - reading.from > 2
    ) &&
    (isTitle(secondWord) ||
      // "Nottingham Forest", "Exeter Chiefs": a given name that is also an ordinary word, ending the
      // name after a town, is the rest of a club's or a place's name ("Boston Ted" is rare news).
      (isGivenName(secondWord) &&
        !(
          reading.to - reading.from === 2 &&
          isLowerWordWord(reading.words[reading.from + 1]!) &&
          isTownWord(reading.firstWord)
        )) ||
      ACRONYM.test(secondWord))
  ) {
    return [
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from, reading.from + 1)),
        reading.ctx,
      ),
      ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx),
    ];
  }
  return undefined;
}
/** Firms by a brand's spelling: camel case, initials, an ampersand. */
function brandShapes(reading: Reading): Candidate[] | undefined {
  // "JPMorgan Chase", "BlackRock Capital": a brand's camel-case spelling opens a firm's name.
  // ("MaliVai Washington" is a person: a capital inside a given name is no brand's two opening capitals.)
  if (
    INITIALS_BRAND.test(reading.first) &&
    !reading.personCue &&
    !wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD)
  )
    return readAs(reading, 'organization', 2);
  // "Rivals Google DeepMind and Anthropic": a brand's camel-case spelling ending a name of two words too.
  if (
    reading.n === 2 &&
    CAMEL_CASE_BRAND.test(reading.words[reading.to - 1]!.core) &&
    !reading.personCue &&
    !reading.words[reading.to - 1]!.core.startsWith('Fitz')
  )
    return readAs(reading, 'organization', 2);
  // "NovaAndino Litio will be owned by Codelco": opening one too, before a word no list knows as a surname
  // ("MaliVai Washington" is a person; review31 ★1).
  if (
    reading.n === 2 &&
    CAMEL_CASE_BRAND.test(reading.first) &&
    !reading.personCue &&
    !reading.first.startsWith('Fitz') &&
    !isKnownSurnameWord(reading.words[reading.to - 1]!) &&
    !isGivenNameWord(reading.words[reading.from]!) &&
    // ("BellSouth Classic" is a tournament, "MidMississippi River" a river, "PowerMac G4" a computer.)
    !wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD) &&
    !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
    !/\d/.test(reading.words[reading.to - 1]!.core)
  )
    return readAs(reading, 'organization', 2);
  // "Paramount Skydance had made a rival bid": a brand named by an ordinary word before a word no list
  // knows (no ordinary word, name or place) is a firm of two names, as "Warner Bros Discovery" is.
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.words[reading.to - 1]!.possessive &&
    brandBeforeUnknownWord(reading.firstWord, reading.words[reading.to - 1]!) &&
    // ("The Apple Powerbook 100", "Apple Newton sales": a product has a number or a noun after it; the firm
    // says, acts or has.)
    (reading.nextBits & (SPEAKER_VERB | AUXILIARY) || COMPANY_VERBS.has(reading.nextToken))
  )
    return readAs(reading, 'organization', 2);
  // "Douglas & Lomason", "Procter & Gamble": an ampersand between names makes a firm.
  if (reading.chunk.text.includes(' & ')) {
    // "Ben & Jerry's said", "sold Ben & Jerry's to": the possessive before a verb or a preposition, which no
    // owner's "'s" is, belongs to the firm's name ("Procter & Gamble's sales" is the possessive).
    const last = reading.words[reading.to - 1]!;
    if (last.possessive && NAME_POSSESSIVE_BEFORE.has(reading.nextToken)) {
      const text = reading.chunk.text.slice(
        reading.firstWord.start - reading.chunk.start,
        last.end - reading.chunk.start,
      );
      return [
        candidate(reading.chunk, reading.from, reading.to, 'organization', 2, reading.base, {
          ...NO_INFO,
          canonical: `${text}'s`,
        }),
      ];
    }
    return readAs(reading, 'organization', 2);
  }
  return undefined;
}
/**
 * Words that follow a name, never a thing an owner's "'s" owns: speech and auxiliary verbs and prepositions
 * ("Ben & Jerry's said", "Dave & Buster's has", "sold Ben & Jerry's to").
 */
const NAME_POSSESSIVE_BEFORE = new Set(
  'said says has had have is was were will would could can may might should must did does announced reported posted agreed declined told plans planned to from for at'.split(
    ' ',
  ),
);
/**
 * Head words of venues, estates, bodies, bases and clubs ("the National Tennis Centre", "Manchester City").
 */
function venuesAndClubHeads(reading: Reading): Candidate[] | undefined {
  // "at the National Tennis Centre": a centre one is at is a venue; "the National Hurricane Center said"
  // is a body.
  // "Forecasters at the National Hurricane Center": where staff work is a body, not a venue.
  if ((reading.lastLower === 'centre' || reading.lastLower === 'center') && reading.locative) {
    const at = reading.words[reading.from]!.index - 1;
    if (
      !(
        lowerTokenText(reading.ctx, reading.chunk.field, at) === 'the' &&
        staffAt(reading.ctx, reading.chunk.field, at)
      )
    )
      return readAs(reading, 'place', 2);
  }
  // "Wang Fuk Court", "Kwai Chung Court": "Court" after two or more names no list types (no court's kind
  // or place: "High Court", "Delaware Chancery Court", "Singapore High Court") is a housing estate.
  if (
    reading.lastLower === 'court' &&
    reading.n >= 3 &&
    !reading.personCue &&
    unknownWords(reading.words, reading.from, reading.to - 1)
  )
    return readAs(reading, 'place', 2);
  if (
    wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    !(wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) && !reading.ctx.sports)
  )
    return readAs(reading, 'organization', 2);
  // "Pituffik Space Base", "Ramstein Air Base", "Vandenberg Space Force Base": a military base is a place
  // ("the Monetary Base" is none).
  if (
    reading.n >= 3 &&
    reading.lastLower === 'base' &&
    MILITARY_BRANCHES.has(reading.words[reading.to - 2]!.lower) &&
    !reading.personCue
  )
    return readAs(reading, 'place', 2);
  // "King's Cross", "Queen's Park": a royal's possessive names a place.
  if (
    reading.n === 2 &&
    reading.words[reading.from]!.possessive &&
    wordIs(reading.words[reading.from]!, W_TITLE)
  )
    return readAs(reading, 'place', 2);
  // "Manchester City beat Brighton 3-1": a club named "<town> City" in a result.
  if (
    wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
    reading.teamPlace('place') === 'organization'
  )
    return readAs(reading, 'organization', 2);
  // "Islamic State claimed the attack": a creed's adjective before "State" names the group that claims to
  // be one, no place ("Rivers State", "Shan State" are).
  if (reading.n === 2 && reading.lastLower === 'state' && reading.firstWord.lower === 'islamic')
    return readAs(reading, 'organization', 3);
  // "championship leader Damon Hill", "singer Lauryn Hill": after a title, a listed given name and a
  // surname that is also a place's head word are a person ("Albert Park" with no title stays a place).
  if (
    reading.personCue &&
    reading.n === 2 &&
    !reading.chunk.initial &&
    isGivenNameWord(reading.words[reading.from]!) &&
    !isLowerWordWord(reading.words[reading.from]!) &&
    isKnownSurnameWord(reading.words[reading.to - 1]!) &&
    !placeOfWord(reading.words[reading.from]!)
  )
    return readAs(reading, 'person', 2);
  return undefined;
}
/** Place heads and leads, then bodies by their lead or head word in English and other languages. */
function placeAndBodyHeads(reading: Reading): Candidate[] | undefined {
  if (
    (wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
      !(
        reading.n === 2 &&
        !reading.locative &&
        (personalVenue(reading.firstWord, reading.lastLower) ||
          // "chairman John Hall", "Frank Hall said": "Hall" names people far more often than halls do; a
          // hall a given name opens is named with "the" or after a locative ("the Albert Hall", ents41).
          (reading.lastLower === 'hall' &&
            isGivenNameWord(reading.firstWord) &&
            reading.prevToken !== 'the') ||
          ((reading.personVerb ||
            (reading.nextBits & SPEAKER_VERB) !== 0 ||
            playerDeed(reading.nextToken) ||
            titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            reading.pronounPerson()) &&
            ordinaryGivenVenue(reading.firstWord, reading.lastLower)) ||
          // "Arsenio Hall said on Tuesday he", "Arsenio Hall, the comedian,", "Deion Hall was named head coach": a
          // first word no list knows (a given name the lists lack) before a venue's surname, with a deed only a
          // person does after it (ents42). A venue speaks too: "Wigmore Hall said" stays the hall (ents43).
          ((playerDeed(reading.nextToken) ||
            titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            callingApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            reading.pronounPerson() ||
            namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index)) &&
            unlistedGivenVenue(reading.firstWord, reading.lastLower))) &&
        !placeOfSpan(reading.chunk, reading.from, reading.to)
      ) &&
      // ("Mary Ellen Hall said": two given names before a venue's surname, ents41.)
      !(
        reading.n === 3 &&
        !reading.locative &&
        personalVenueOfThree(
          reading.words[reading.from]!,
          reading.words[reading.from + 1]!,
          reading.lastLower,
        )
      )) ||
    // ("the 1991 Gulf War", "the Gulf Cup": a place's lead before an event's head names the event.)
    // ("the Port Authority of Jamaica": a body's lead word and "of" after "Port" name the body.)
    (wordIs(reading.words[reading.from]!, W_PLACE_LEAD) &&
      !(reading.n > 1 && wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD)) &&
      (wordIs(reading.words[reading.from]!, W_COMPASS) ||
        !hasLeadOf(ORG_LEADS, reading.words, reading.from + 1, reading.to)))
  ) {
    // "the St. Louis Cardinals", "St. Louis Blues": a town named by a saint before a nickname's plural is its
    // club on any page, as "Seattle Mariners" is (ents43; no place's head word ends it: "St. Kitts Islands"; other
    // leads name districts: "Fort Worth Stockyards").
    if (
      reading.n >= 3 &&
      SAINT_LEADS.has(reading.firstLower) &&
      !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
      isTeamNickname(reading.words, reading.from, reading.to, reading.prevToken)
    )
      return readAs(reading, 'organization', 2);
    // "St Louis defeated Colorado": a town named by a saint plays as its club in a result.
    // "Nottingham Forest beat Liverpool 1-0": a town and a place's head word, in a result, are its club.
    const type =
      (wordIs(reading.words[reading.from]!, W_PLACE_LEAD) &&
        !wordIs(reading.words[reading.from]!, W_COMPASS) &&
        !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD)) ||
      (reading.n === 2 && isTownWord(reading.words[reading.from]!))
        ? reading.teamPlace('place')
        : 'place';
    return readAs(reading, type, 2);
  }
  // "Metro Manila", "Metro Vancouver", "Greater Sydney": "Metro" or "Greater" before a city the lists know names its
  // metropolitan area ("Metro Bank", "Metro AG" name no city).
  if (
    reading.n === 2 &&
    METRO_LEADS.has(reading.firstLower) &&
    (placeOfWord(reading.lastWord)?.kind === 'city' || gazetteerOfWord(reading.lastWord)?.kind === 'place')
  )
    return readAs(reading, 'place', 2);
  // "the Baseball Hall of Fame", "the Hall of Fame ceremony": an honour's roll, no building (a venue's "Hall"
  // leads a place through "of" otherwise: "the Great Hall of the People").
  if (reading.n >= 3 && reading.lastLower === 'fame' && reading.words[reading.to - 3]!.lower === 'hall')
    return readAs(reading, 'other', 2);
  if (
    hasLeadOf(PLACE_HEADS, reading.words, reading.from, reading.to) &&
    !hasLeadOf(ORG_LEADS, reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'place', 2);
  if (
    hasOrgLeadOf(reading.words, reading.from, reading.to) ||
    hasOrgHeadOf(reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'organization', 2);
  // "Coimisiún na Meán", "Partido Popular", "Süddeutsche Zeitung": the head word of a body in Irish,
  // Romance and German names, first or (German compounds) last.
  // "Radio Red", "Radio Free Europe", "SC Freiburg", "FC Porto": a station or a club by its first word.
  // "PT Freeport Indonesia", "PJSC Gazprom Neft": a firm by the legal form written before its name.
  if (
    wordIs(reading.words[reading.from]!, W_FOREIGN_ORG_LEAD) ||
    FOREIGN_ORG_HEAD.test(reading.lastLower) ||
    wordIs(reading.words[reading.from]!, W_BROADCAST_LEAD) ||
    CLUB_PREFIXES.has(reading.first) ||
    // ("PT Barnum", "PT Usha": initials before a surname the lists know, or a given name, are a person's.)
    (isLegalFormLead(reading.first) &&
      !reading.chunk.caseless &&
      !(reading.n === 2 && (isGivenNameWord(reading.lastWord) || isKnownSurnameWord(reading.lastWord))))
  )
    return readAs(reading, 'organization', 2);
  return undefined;
}
/** A run a people's word opens, when no rule above read it: a party, a family name, a district or a body. */
function nationalRun(
  reading: Reading,
  firstEntry: GazetteerEntry | undefined,
  nationalFirst: boolean,
): Candidate[] | undefined {
  // "Scottish Labour", "Welsh Conservatives", "German Greens": a nation's party, named by the word its
  // members are called by.
  if (nationalFirst && reading.n === 2 && PARTY_NOUNS.has(reading.lastLower))
    return readAs(reading, 'organization', 2);
  if (nationalFirst) {
    // "the European Community": a body the team's list knows (entities/known-bodies.ts).
    const listed = knownBodyNamed(
      reading.chunk.text.slice(
        reading.words[reading.from]!.start - reading.chunk.start,
        reading.words[reading.to - 1]!.end - reading.chunk.start,
      ),
    );
    // "former leader Hun Sen", "Hun Manet said": a people's name ("Hun", WordNet's group) opening two words
    // that a title or a speaker's verb makes a person's is a family name (review25 finding 5).
    if (
      !listed &&
      reading.n === 2 &&
      firstEntry!.kind === 'group' &&
      (reading.personCue || reading.speaker) &&
      !isLowerWordWord(reading.lastWord) &&
      !ORG_HEADS.has(reading.lastLower) &&
      // ("major Latin American debtors": a people's word, no family name.)
      (gazetteerOfWord(reading.lastWord)?.kind ?? 'person') === 'person'
    )
      return readAs(reading, 'person', 2);
    // "in Tai Po", "at Tai Wai": a people's name ("Tai") and a word no list knows, where one is, name a
    // district.
    if (
      !listed &&
      reading.n === 2 &&
      firstEntry!.kind === 'group' &&
      (reading.prevToken === 'in' || reading.prevToken === 'at') &&
      unknownWords(reading.words, reading.from + 1, reading.to)
    )
      return readAs(reading, 'place', 1);
    // "beat Russian Daniil Medvedev", "Russian Daniil Medvedev won": a people's word before a person's full name
    // whose given name the lists lack is a word of its own, as before a listed given name ("Australian Tom
    // Moody"): the rest, read alone, is a person's name (ents46; it was one name of unclear kind).
    if (!listed && firstEntry!.kind === 'demonym' && reading.n >= 3) {
      const rest = typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
        reading.ctx,
      );
      if (rest.length === 1 && rest[0]!.type === 'person' && rest[0]!.words.length === reading.n - 1)
        return [firstWordNationality(reading, firstEntry!.countryCode), ...rest];
    }
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        listed ? 'organization' : 'other',
        listed ? 3 : 1,
        reading.base,
      ),
    ];
  }
  return undefined;
}
/** A known place, then names a foreign article opens ("Der Spiegel", "Te Papa", "El Nino"). */
function placeOrForeignArticle(reading: Reading): Candidate[] | undefined {
  const place = placeOfSpan(reading.chunk, reading.from, reading.to);
  if (place && !reading.personCue) {
    const type = reading.teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    return [candidate(reading.chunk, reading.from, reading.to, type, 2, reading.base, placeFields(place))];
  }
  // "Der Spiegel", "Le Matin", "El Al": a foreign article opening a name that is no known place
  // names a paper or a company; people's names do not start with one ("Jean-Marie Le Pen" does not),
  // so a given name after it is no person's ("El Al": "Al"). "El Niño", "La Niña" are the climate's.
  // "Le Pen said she …": a pronoun of a person takes it up.
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first) && reading.pronounPerson())
    return readAs(reading, 'person', 1);
  // "Te Pāti Māori", "Te Whatu Ora", "Te Papa": the Māori article opens the name of a body (a town's,
  // "Te Anau", is in the lists), never a person's.
  // Only a body's word after it: "Te" also opens Māori given names and surnames (Te Maire Martin, Te Kanawa).
  if (
    !reading.personCue &&
    reading.first === 'Te' &&
    reading.n >= 2 &&
    reading.n <= 4 &&
    !reading.locative &&
    TE_BODY_WORDS.has(withoutMarks(reading.words[reading.from + 1]!.lower.normalize('NFD'))) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx)
  )
    return readAs(reading, 'organization', 1);
  // "the southern Spanish town of El Granado": a place noun before it makes the place.
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first) && reading.placeNounBefore)
    return readAs(reading, 'place', 1);
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first)) {
    const climate = CLIMATE_PATTERNS.has(
      withoutMarks(reading.words[reading.from + 1]!.lower.normalize('NFD')),
    );
    return readAs(reading, climate ? 'event' : 'organization', 1);
  }
  return undefined;
}
/**
 * A body's initials and its work's place, a staff's employer, a side, a part of a place, a firm after a firm.
 */
function secondNamesAndSides(reading: Reading): Candidate[] | undefined {
  // "the OSCE Chechnya mission", "the UN Gaza envoy": a body's initials and the place of its work before
  // a noun of that work are two names ("BBC Scotland reported" is one: no such noun follows).
  if (
    !reading.personCue &&
    reading.n >= 2 &&
    ACRONYM.test(reading.first) &&
    !NOT_ORG_ACRONYMS.has(reading.first) &&
    MISSION_NOUNS.has(reading.nextToken) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx) &&
    placeName(reading.words, reading.from + 1, reading.to)
  )
    return [
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from, reading.from + 1)),
        reading.ctx,
      ),
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
        reading.ctx,
      ),
    ];
  // "Goldman Sachs economist Alec Phillips": the employer of an analyst or an economist.
  if (!reading.personCue && reading.nextBits & STAFF_WORD) return readAs(reading, 'organization', 2);
  // "first division team Deportivo Coruna", "champions Bayern Munich": on a sports page a name after a
  // word for a side is a club (a country stays a place: "world champions Spain").
  if (
    !reading.personCue &&
    reading.ctx.sports &&
    SIDE_BEFORE.has(reading.prevToken) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx) &&
    !isCountryName(reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'organization', 2);
  // "bound for London Gatwick", "across Pacific Palisades": off the sports pages, a place and a word no
  // list knows after a locative name a part of the place (an airport, a district), not a club.
  if (
    reading.locative &&
    !reading.personCue &&
    !reading.ctx.sports &&
    reading.n <= 3 &&
    (isPlaceWordOf(reading.firstWord) || gazetteerOfWord(reading.firstWord)?.kind === 'place') &&
    !isLowerWordWord(reading.lastWord) &&
    gazetteerOfWord(reading.lastWord) === undefined &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !reading.inResult()
  )
    return readAs(reading, 'place', 1);
  // "an Air India Boeing 787": a firm the lists know, after a firm's name, is a second name.
  // ("Pituffik Space Base": a firm named by an ordinary word is no second name.)
  // ("the Yeti Airlines ATR 72": so a maker's acronym before its model's number after an airline's or a firm's head
  // word, wild45 item 16; "Deutsche Bank AG" ends in a legal form.)
  const makerBeforeModel =
    reading.n >= 3 &&
    ACRONYM.test(reading.lastWord.core) &&
    !isLegalFormWord(reading.lastWord.core) &&
    wordIs(reading.words[reading.to - 2]!, W_ORG_HEAD) &&
    ALL_DIGITS.test(reading.nextToken);
  if (
    reading.n >= 3 &&
    !reading.personCue &&
    ((gazetteerOfWord(reading.lastWord)?.kind === 'organization' && !isLowerWordWord(reading.lastWord)) ||
      makerBeforeModel)
  ) {
    const head = lookup(reading.words, reading.from, reading.to - 1, reading.ctx);
    const headIsOrg =
      head !== undefined && ('kind' in head ? head.kind === 'organization' : head.type === 'organization');
    if (
      headIsOrg ||
      wordIs(reading.words[reading.to - 2]!, W_ORG_HEAD) ||
      isCompanyOrTeamName(reading.words, reading.from, reading.to - 1)
    )
      return [
        ...typeChunk(
          chunkWith(reading.chunk, reading.words.slice(reading.from, reading.to - 1)),
          reading.ctx,
        ),
        ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.to - 1), false), reading.ctx),
      ];
  }
  return undefined;
}
/** Place nouns, a body's publication, family-first names, then runs shaped like a firm's or a team's name. */
function companyOrTeamShape(reading: Reading): Candidate[] | undefined {
  // "the province of Ben Tre", "Dong Thap and Vinh Long provinces", "the towns of Hoi An and Tam Ky": a
  // place noun beside the name says place, though a word of it is also a given name (Ben, Dong, Tam) or
  // an ordinary word ("An").
  if (
    !reading.personCue &&
    !reading.personVerb &&
    (reading.placeNounBefore || reading.placeNounAfter) &&
    !wordIs(reading.lastWord, W_ORG_HEAD)
  )
    return readAs(reading, 'place', 1);
  // "the WHO Essential Medicines List", "the IMF World Economic Outlook": a listed body's short name before
  // ordinary words ending in a publication's noun names what the body publishes (read33 leftovers).
  if (
    reading.n > 2 &&
    knownBodyNamed(reading.first) !== undefined &&
    PUBLICATION_HEADS.has(reading.lastLower) &&
    !reading.personCue
  )
    return readAs(reading, 'other', 2);
  // "Ong Ewe Hock", "Lee Chong Wei": a family name that comes first and two given names, though an ordinary word
  // ends them ("Ewe", "Hock"), are a person's; a firm's names end in a body's head word.
  if (
    !reading.personCue &&
    reading.n === 3 &&
    FAMILY_NAMES_FIRST.has(reading.first) &&
    !reading.chunk.caseless &&
    // ("Sun State Savings", "Pan American Games": a weekday's short form, a plural, a people's word.)
    !CALENDAR_WORDS.has(norm(reading.first)) &&
    !endsWithText(reading.lastLower, 's') &&
    !reading.words.slice(reading.from, reading.to).some((w) => {
      const kind = gazetteerOfWord(w)?.kind;
      return wordIs(w, W_ORG_HEAD) || isPlaceWordOf(w) || kind === 'demonym' || kind === 'country';
    })
  )
    return readAs(reading, 'person', 1);
  if (!reading.personCue && isCompanyOrTeamName(reading.words, reading.from, reading.to)) {
    // "Jannik Sinner won his first title": a name ending in an ordinary word that "his" takes up.
    // "Organisers named Jenson Button as an ambassador": appointed to a person's role.
    // "Alexandria Whitcombe-Reyes, the New York Democrat, said": a party's member apposed (ents41).
    if (reading.n === 2 && partyMemberApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
      return readAs(reading, 'person', 1);
    if (
      reading.n === 2 &&
      !isPlaceWordOf(reading.firstWord) &&
      (reading.pronounPerson() ||
        appointedAsPerson(reading.ctx, reading.chunk.field, reading.prevToken, reading.lastWord.index) ||
        // "Yoshihiko Noda, leader of the opposition, said": an office apposed off the sports page.
        (!reading.ctx.sports &&
          officeApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)) ||
        // "Rishabh Pant, who made 99 in the second Test": "who" takes up a person; a club's "who" is a side's
        // in a result ("Bayern Munich, who beat …", a town's club, is no such name).
        // ("the Beastie Boys, who entered the stage": a band is named with "the".)
        (reading.nextToken === ',' &&
          reading.prevToken !== 'the' &&
          lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 2) === 'who' &&
          !isPlaceWordOf(reading.lastWord) &&
          !reading.inResult()))
    )
      return readAs(reading, 'person', 1);
    // "Jordan Love threw two touchdowns": a given name and a word, before a verb of play.
    if (
      reading.n === 2 &&
      playerNamedLikeClub(reading.ctx, reading.chunk.field, reading.firstWord, reading.lastWord)
    )
      return readAs(reading, 'person', 1);
    // "Madison Keys beat Victoria Azarenka": a given name before a nickname's plural, on a player's page.
    if (playerNamedLikeTeam(reading.ctx, reading.chunk, reading.from, reading.to))
      return readAs(reading, 'person', 1);
    // "Zay Flowers caught two touchdowns": a word no list knows before an ordinary word, then a player's feat.
    if (
      reading.n === 2 &&
      gazetteerOfWord(reading.firstWord) === undefined &&
      !isLowerWordWord(reading.firstWord) &&
      !isPlaceWordOf(reading.firstWord) &&
      !shapeIs(reading.firstWord, S_ACRONYM) &&
      playerWithUnlistedGivenName(reading.ctx, reading.chunk.field, reading.firstWord, reading.lastWord)
    )
      return readAs(reading, 'person', 2);
    return readAs(reading, 'organization', 1);
  }
  return undefined;
}
/** A given name, initials or a known surname: firms, events and places they open, else a person. */
function givenNameOrFirm(reading: Reading): Candidate[] | undefined {
  const second = reading.words[reading.from + 1]!.core;
  // "Sun Microsystems", "Sun Grid": a family name that is also a weekday's short form opens a firm's name
  // as often as a person's; the rules read the rest.
  const familyFirst =
    reading.n <= 3 &&
    FAMILY_NAMES_FIRST.has(reading.first) &&
    !isLowerWord(second) &&
    !GAZETTEER.has(norm(second)) &&
    !CALENDAR_WORDS.has(norm(reading.first));
  // "Denzel Washington": an unknown word before a known surname.
  const unknownThenSurname =
    reading.n === 2 &&
    !reading.locative &&
    !isLowerWordWord(reading.firstWord) &&
    gazetteerOfWord(reading.firstWord) === undefined &&
    isKnownSurnameWord(reading.lastWord);
  // ("head of the U.N. Environment Programme": a listed body's initials are no person's, review32 ★E3.)
  const bodyFirst = knownBodyNamed(reading.first) !== undefined;
  const initials =
    INITIALS.test(reading.first) && gazetteerOfWord(reading.firstWord)?.kind !== 'country' && !bodyFirst;
  // "the U.N. Environment Programme", "the EU Fisheries Agency": a listed body's short name before ordinary
  // words names one of its bodies (an event's head names a meeting: "UN Climate Conference").
  if (
    bodyFirst &&
    !wordIs(reading.lastWord, W_EVENT_HEAD) &&
    // (A title among them is an office: "the U.N. High Commissioner for Refugees".)
    reading.words
      .slice(reading.from + 1, reading.to)
      .every((w) => isLowerWordWord(w) && !wordIs(w, W_FUNCTION) && !wordIs(w, W_TITLE))
  )
    return readAs(reading, 'organization', 2);
  // "the Red Cross", "the Red Crescent": a person's name does not follow "the"; an ordinary word that
  // is also a given name opens some other name there.
  const givenFirst =
    isGivenNameWord(reading.firstWord) &&
    !(reading.prevToken === 'the' && isLowerWordWord(reading.firstWord)) &&
    !seasonBeforeThing(reading.firstWord, reading.lastWord);
  // "the Atlanta Games", "the Sydney Olympics": a town before an event's head word names the event.
  if (
    reading.n === 2 &&
    !reading.personCue &&
    wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD) &&
    isPlaceWordOf(reading.firstWord)
  )
    return readAs(reading, 'other', 2);
  // "the Davis Cup", "the Abraham Accords": a given name before the head word of a prize, a contest or a
  // treaty names it (heads that are also surnames, "Jude Law", "Doris Day", are left out).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.personVerb &&
    givenFirst &&
    EPONYM_EVENT_HEADS.has(reading.lastLower)
  )
    return readAs(reading, 'other', 2);
  // "the Roman Catholic church", "an Italian Roman Catholic group": a faith's adjective ends no one's name.
  if (reading.n >= 2 && !reading.personCue && FAITH_ADJECTIVES.has(reading.lastLower))
    return readAs(reading, 'other', 2);
  // "Eli Lilly's Alzheimer's drug", "Eli Lilly shares": a firm named after a person, by a firm's cue
  // ("its" is none: "Suu Kyi said the government had increased its …").
  // ("Henry Ford's plants", "Enzo Ferrari's factories": a given name before a surname that alone is a listed firm
  // is read by the rule on such names below, which a founder's pronoun or a given name's reading keeps a person.)
  if (
    !reading.personCue &&
    (givenFirst || unknownThenSurname) &&
    !(givenFirst && reading.n === 2 && GAZETTEER.get(reading.lastLower)?.kind === 'organization') &&
    (FIRM_NOUNS_AFTER.has(reading.nextToken) ||
      (reading.words[reading.to - 1]!.possessive &&
        productAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index)))
  )
    return readAs(reading, 'organization', 3);
  // "Mario Kart World": three or more words from a given name to an ordinary word that is no surname
  // name a product or a work, not a person.
  if (
    !reading.personCue &&
    // "Jonas Gahr Store said": a speaker whose middle names no list knows is a person ("Mario Kart
    // World" does not speak; "Salomon Brothers International said" is a firm).
    !(
      reading.speaker &&
      !isLowerWordWord(reading.firstWord) &&
      unknownMiddle(reading.words, reading.from + 1, reading.to - 1)
    ) &&
    givenFirst &&
    reading.n >= 3 &&
    isLowerWordWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !NAME_SUFFIXES.has(reading.lastLower)
  )
    return readAs(reading, 'unknown', 0);
  // "Bank Indonesia", "Bank Negara Malaysia", "Banco Pichincha": a bank's word opening the name is the
  // bank's, though "Bank" is also a given name.
  if (!reading.personCue && BANK_WORDS.has(reading.firstWord.lower))
    return readAs(reading, 'organization', 3);
  // "Andreessen Horowitz, the venture capital firm,", "Eli Lilly, the drugmaker,": an apposition that
  // calls the name a body outweighs its person's shape.
  if (
    !reading.personCue &&
    (givenFirst || unknownThenSurname) &&
    reading.nextToken === ',' &&
    bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)
  )
    return readAs(reading, 'organization', 2);
  // "Royal Mail said it would appeal", "Standard Life said its profit rose": a given name that is an
  // ordinary word before an ordinary word no surname list knows, taken up by a firm's "it" or "its".
  // "Royal Mail's owner IDS": or by what only a firm has after its possessive ("Bob Diamond was fined by the
  // regulator. The bank said" names the man and his bank: read44).
  if (
    !reading.personCue &&
    givenFirst &&
    reading.n === 2 &&
    isLowerWordWord(reading.firstWord) &&
    isLowerWordWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    (thingPronounNext(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      (reading.lastWord.possessive &&
        firmsOwnerAfter((k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + k))))
  )
    return readAs(reading, 'organization', 3);
  // "lead manager Merrill Lynch International said", "Chase Manhattan, Morgan Guaranty and Citibank", "The
  // game's maker, Rockstar North,": a firm's words around a name of a person's shape (firm-cues.ts).
  // ("manager" is a title before a person's name, but not in "lead manager".)
  if (
    (givenFirst || unknownThenSurname) &&
    !reading.chunk.caseless &&
    firmAround(reading.ctx, reading.chunk, reading.from, reading.to, reading.personCue)
  )
    return readAs(reading, 'organization', 2);
  // "Rescuers flew to Ban Houayxay": a journey's destination, though a given name opens it, where no list
  // knows its last word for a person's ("flew to Paris Hilton" stays a person; "travelled to Tom
  // Barrack's residence" goes to what the person owns).
  if (
    !reading.personCue &&
    givenFirst &&
    !reading.lastWord.possessive &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    // ("taken to Kwame Mensah, the regional minister": carried to a person, read32 F4.)
    journeyToPlaceOnly(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index, reading.n) &&
    !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
  )
    return readAs(reading, 'place', 1);
  // "at Royal Melbourne", "Royal Antwerp beat": "Royal" (a given name in the lists) before a place's name
  // opens a golf course's or a club's name, where it is (a course) or what plays (a club), no person.
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    placeOfWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord)
  )
    return readAs(reading, reading.locative ? 'place' : 'organization', 1);
  // "drove the Lincoln Aviator", "the Elizabeth Line was": after "the", which comes before no person's name
  // where the phrase ends with it, a given name and an ordinary word or a word no list knows, neither a
  // surname the lists know, name a thing (a model, a line, a plan) ("the Ben Stiller comedy", "the Simon
  // Cowell, Louis Walsh panel" are the persons'; a sports page's "the Santiago Bernabeu" is a ground).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    givenFirst &&
    reading.prevToken === 'the' &&
    // ("at the Santiago Bernabeu … The Santiago Bernabeu was full": a ground, a place.)
    !reading.locative &&
    !reading.ctx.sports &&
    !reading.lastWord.possessive &&
    (isLowerWordWord(reading.lastWord) || gazetteerOfWord(reading.lastWord) === undefined) &&
    (reading.nextToken === ','
      ? !startsWithCapital(tokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 2))
      : !LOWER_WORD_START.test(reading.nextToken) || FUNCTION_WORDS.has(reading.nextToken)) &&
    !endsWithText(reading.lastLower, 's') &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !wordIs(reading.lastWord, W_PLACE_HEAD) &&
    !wordIs(reading.lastWord, W_ORG_HEAD) &&
    !startsWithCapital(tokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 1))
  )
    return readAs(reading, 'other', 1);
  // "Bradford Bulls beat Wigan Warriors", "Lincoln Imps": a town's name, also a given name, before the plural of
  // an ordinary word no surname or given-name list knows is a club's name and nickname (a person's surname is
  // no common noun's plural: "Austin Rivers said he" keeps the player by his pronoun).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    givenFirst &&
    !reading.personVerb &&
    // ("said Elizabeth Reiners, economist at Dean Witter": off the sports pages a person's.)
    // "The Dallas Mavericks won their fifth straight game": anywhere after "the", which comes before no
    // person's name, and there a plural the lexicon misses too.
    lookupPlace(reading.first)?.kind === 'city' &&
    endsWithText(reading.lastLower, 's') &&
    (((reading.ctx.sports || reading.inResult()) &&
      isLowerWordWord(reading.lastWord) &&
      isLowerWord(reading.lastLower.slice(0, -1))) ||
      (reading.prevToken === 'the' &&
        !PLURAL_LOOKALIKE.test(reading.lastLower) &&
        (isLowerWord(reading.lastLower.slice(0, -1)) || gazetteerOfWord(reading.lastWord) === undefined))) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !reading.pronounPerson()
  )
    return readAs(reading, 'organization', 1);
  // "Royal Mail was fined", "Royal Ballet dancers", "Royal Caribbean", "Noble Energy": a given name that news writes
  // mostly as the adjective opening a body's name, before an ordinary word or a place's or people's name that no
  // surname or given-name list knows, names the body ("Royal Ivey", "Sterling Brown" stay people; ents46).
  // ("received Royal Assent", "a Royal Pardon", "Royal Wedding crowds": what the Crown grants or holds, no entity.)
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    ROYAL_ACTS.has(reading.lastLower)
  )
    return [];
  if (
    !reading.personCue &&
    reading.n === 2 &&
    BODY_ADJECTIVE_GIVEN_NAMES.has(reading.firstLower) &&
    // ("the Royal Family", "the Royal Household": the royals themselves, no body.)
    !ROYALS_THEMSELVES.has(reading.lastLower) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    (isLowerWordWord(reading.lastWord) ||
      PLACE_OR_PEOPLE.has(gazetteerOfWord(reading.lastWord)?.kind ?? '')) &&
    !reading.pronounPerson()
  )
    return readAs(reading, 'organization', 1);
  // "attended Royal Ascot", "at Royal Troon", "Royal Doulton said": "Royal" before a word no list knows (no surname,
  // given name, ordinary word or name) opens an event's, a course's or a body's name far more often than it is a
  // person's given name ("Royal Ivey said he" keeps the person by its pronoun or a title).
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    !reading.chunk.caseless &&
    !reading.lastWord.core.includes('-') &&
    // ("The club's captain, Royal Tshabalala, said he": a name set off by commas is apposed to a role, read47.)
    !(reading.prevToken === ',' && reading.nextToken === ',') &&
    !personPronounLaterInSentence(reading.ctx, reading.chunk.field, reading.lastWord.index, true) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !isLowerWordWord(reading.lastWord) &&
    gazetteerOfWord(reading.lastWord) === undefined &&
    !shapeIs(reading.lastWord, S_ACRONYM) &&
    !reading.pronounPerson()
  )
    return readAs(reading, reading.locative ? 'place' : reading.speaker ? 'organization' : 'other', 1);
  // "Walt Disney said its parks would reopen", "Walt Disney's parks unit": a given name before a surname that alone
  // names a listed firm (Disney) is the firm where "its" takes the name up after its verb or its possessive owns
  // what a firm has; "Walt Disney founded the studio … he" stays the person (ents46), and so does a profile's
  // "Walt Disney's studios in Burbank" where "he" or "his" takes the name up elsewhere in the story (fixE46).
  if (
    !reading.personCue &&
    reading.n === 2 &&
    givenFirst &&
    GAZETTEER.get(reading.lastLower)?.kind === 'organization' &&
    // ("Michael Dell said its sales rose", "Henry Ford's factories": a surname the lists also know as a given
    // name reads two words of a person's name, which "its" or a firm's part alone does not outweigh; fixE46.)
    !isGivenNameWord(reading.lastWord) &&
    newsmakerNamed(reading.lastWord.core) === undefined &&
    !reading.pronounPerson() &&
    !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) &&
    ((!reading.lastWord.possessive && reading.pronoun() === 'thing') ||
      (reading.lastWord.possessive &&
        firmsPartAfter((k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + k)) &&
        // ("Enzo Ferrari's factories at Maranello built racing cars before he turned to road cars": the founder's.)
        !personPronounLaterInSentence(reading.ctx, reading.chunk.field, reading.lastWord.index))) &&
    !personPronounTakesUpElsewhere(reading.ctx, reading.chunk.field, reading.firstWord.index, [
      reading.firstWord.core,
      reading.lastWord.core,
    ])
  )
    return readAs(reading, 'organization', 1);
  // "Wynn Macau", "LIV Golf", "A.P. Moller-Maersk said profits fell": a firm with a person's shape (wild45 item 17).
  if (
    !reading.personCue &&
    (givenFirst || initials) &&
    firmShapedLikePerson(
      reading.ctx,
      reading.chunk.field,
      reading.words,
      reading.from,
      reading.to,
      reading.chunk.caseless,
      // ("Wynn Macau said on Tuesday its profit rose": a verb of speech that "its" takes up is a firm's; ents46.)
      () =>
        (reading.personVerb && reading.pronoun() !== 'thing') ||
        reading.pronounPerson() ||
        personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index),
      () => reading.pronoun() === 'thing',
    )
  )
    return readAs(reading, 'organization', 1);
  if (reading.personCue || givenFirst || initials || familyFirst || unknownThenSurname)
    return readAs(reading, 'person', 2);
  return undefined;
}
/** A body apposed, or two capitals before a surname ("MS Dhoni"). */
function initialsBeforeSurname(reading: Reading): Candidate[] | undefined {
  // "IG Metall, Germany's biggest union,", "IG Metall, the engineering union,": an apposition that calls
  // the name a body outweighs initials before a surname's shape.
  if (
    reading.nextToken === ',' &&
    bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)
  )
    return readAs(reading, 'organization', 2);
  // "MS Dhoni", "KL Rahul", "PV Sindhu": two capitals before a surname are a person's initials, as
  // Indian and Malaysian news write them, unless they are a listed body or place ("UK Biobank") or open a
  // firm's name ("the SK Hynix plant", "MG Motor").
  if (
    reading.n === 2 &&
    TWO_CAPITALS.test(reading.first) &&
    reading.prevToken !== 'the' &&
    // "EL Nino", "SS Liberte": an article of another language, a ship's prefix.
    !NAME_PARTICLES.has(reading.firstLower) &&
    reading.first !== 'SS' &&
    reading.first !== 'MV' &&
    !NOT_ORG_ACRONYMS.has(reading.first) &&
    gazetteerOfWord(reading.firstWord) === undefined &&
    !placeOfWord(reading.firstWord) &&
    !isBrandWord(reading.first) &&
    !isLowerWordWord(reading.lastWord) &&
    !reading.lastWord.core.includes('-') &&
    !placeOfWord(reading.lastWord) &&
    !(reading.nextBits & ORG_CUE_AFTER) &&
    (isKnownSurnameWord(reading.lastWord) || gazetteerOfWord(reading.lastWord) === undefined)
  )
    // "CK Hutchison said it would sell its ports business": initials that "it" takes up open a firm's name.
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        reading.pronoun() === 'thing' ? 'organization' : 'person',
        1,
        reading.base,
      ),
    ];
  return undefined;
}
/** The run by its ordinary and listed words: places, bodies, sides, models, firms, persons. */
function unknownWordsRead(reading: Reading): Candidate[] {
  let ordinary = 0;
  for (let i = reading.from; i < reading.to; i++) {
    const w = reading.words[i]!.core;
    if (
      // ("Soudal Quick-Step": two ordinary words hyphened are one, no surname; wild45 item 17.)
      (isLowerWord(w) || hyphenedOrdinaryWords(w)) &&
      !NAME_PARTICLES.has(w) &&
      !(i === reading.to - 1 && i > reading.from && NAME_SUFFIXES.has(reading.lastLower))
    )
      ordinary++;
  }
  let named = 0;
  // Words that rule out a person: an acronym, a country, a nationality ("UEFA Cup", "German Villa").
  let notPerson = 0;
  for (let i = reading.from; i < reading.to && ordinary === 0; i++) {
    const w = reading.words[i]!.core;
    if (NAME_PARTICLES.has(w)) continue;
    const kind = gazetteerOfWord(reading.words[i]!)?.kind;
    if (ACRONYM.test(w) || kind !== undefined || lookupPlace(w)) named++;
    if (ACRONYM.test(w) || kind === 'country' || kind === 'demonym') notPerson++;
    else if (i === reading.from && !isGivenName(w) && isPlaceWord(w)) notPerson++;
  }
  // "the resort of Sharm el-Sheikh", "the Jebel al-Akhdar region": a place noun beside an unknown name.
  if (reading.placeNounBefore || reading.placeNounAfter) return readAs(reading, 'place', 1);
  // "Zycie Warszawy daily said": a name no list knows before a firm's word is a paper or a firm ("its"
  // is no cue here: "Suu Kyi said the government had increased its …").
  // "Shiv Sena leader Uddhav Thackeray", "Plaid Cymru MPs": a party's leader and members are named after
  // the party; a person's name is never followed so.
  // ("Unai Emery's side", "Xabi Alonso's squad": a manager's.)
  if (
    ordinary === 0 &&
    (ORG_CUES_AFTER.has(reading.nextToken) || MEMBERS_AFTER.has(reading.nextToken)) &&
    !(reading.lastWord.possessive && (reading.nextToken === 'side' || reading.nextToken === 'squad'))
  )
    return readAs(reading, 'organization', 2);
  // "in Flin Flon", "near Ras Tanura": words no list knows, none a given name, where one is are a town
  // more often than a person whose given name the lists miss.
  // "diverted to Sharm El Sheikh": a journey's destination is as sure a place.
  if (
    ordinary === 0 &&
    named === 0 &&
    reading.locative &&
    (STRONG_LOCATIVE.has(reading.prevToken) ||
      (journeyTo(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index) &&
        !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))) &&
    !reading.ctx.sports
  )
    return readAs(reading, 'place', 1);
  // Names no list knows that their context says are no person's (a person's name takes no article):
  // "won a fourth Copa Libertadores", "depend on the Syr Darya" (read by the article's other mentions, else
  // `other`); "Provincias Unidas, a group of centrist governors," and "Fosen Vind, owned by Statkraft," (an
  // apposition that calls it a body). (A side in a result is not: tennis results name players so.)
  if (ordinary === 0 && notPerson === 0) {
    // "attacks by Boko Haram": a body the team's list knows (entities/known-bodies.ts).
    if (
      knownBodyNamed(
        reading.chunk.text.slice(
          reading.words[reading.from]!.start - reading.chunk.start,
          reading.words[reading.to - 1]!.end - reading.chunk.start,
        ),
      )
    )
      return readAs(reading, 'organization', 3);
    // "Salgado Filho international airport".
    if (
      (reading.nextToken === 'international' || reading.nextToken === 'regional') &&
      lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 2) === 'airport'
    )
      return readAs(reading, 'place', 1);
    // ("a Ronan O'Gara penalty", "a Pontiac G6 owner": before a noun the name is a modifier, maybe a person's.)
    if (
      !reading.personCue &&
      (ARTICLES.has(reading.prevToken) || ORDINALS.has(reading.prevToken)) &&
      !nounAfter(tokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1))
    )
      return readAs(reading, 'unknown', 0);
    if (
      reading.nextToken === ',' &&
      bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)
    )
      return readAs(reading, 'organization', 2);
  }
  // "Bafana Bafana", "Duran Duran": a word said twice names a side, a band or a town more often than a
  // person ("Sirhan Sirhan said" has its cue): a club on a sports page, else the article's other mentions
  // or `other` say.
  if (
    ordinary === 0 &&
    named === 0 &&
    reading.n === 2 &&
    reading.firstWord.lower === reading.lastWord.lower &&
    !reading.personVerb
  ) {
    // "Bafana Bafana beat Nigeria 2-1", "Bafana Bafana coach Hugo Broos".
    const side =
      reading.ctx.sports ||
      SQUAD_NOUNS.has(reading.nextToken) ||
      inResultSentence(reading.ctx, reading.chunk.field, reading.lastWord.index);
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        side ? 'organization' : 'unknown',
        side ? 1 : 0,
        reading.base,
      ),
    ];
  }
  // "75 Airbus A321neo jets", "the Boeing 777X": a word with a digit is a model's designation, no name's word
  // of a person's; the maker and the model name a thing.
  if (
    !reading.personCue &&
    reading.words.slice(reading.from, reading.to).some((w) => DIGIT_IN_WORD.test(w.core))
  )
    return readAs(reading, 'other', 1);
  // "Hindustan Unilever reported a 5% rise in quarterly profit", "Hyundai Rotem, which makes the K2 tank,":
  // words no list knows that report a firm's results or that "which" takes up as a maker are a firm.
  if (
    ordinary === 0 &&
    !reading.personCue &&
    (firmResultsAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      // ("The refinery built by Aliko Dangote, which produces": after "by" or "of" the "which" is the noun's.)
      (reading.prevToken !== 'by' &&
        reading.prevToken !== 'of' &&
        makerClauseAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)))
  )
    return readAs(reading, 'organization', 1);
  if (ordinary === 0 && named === 0) return readAs(reading, 'person', 0);
  // "Cosmin Contra", "Gunhild Halle": no ordinary word, nothing foreign to a person's name, and a
  // last word that is no place of its own: a person whose given name the lists miss.
  if (
    ordinary === 0 &&
    notPerson === 0 &&
    reading.n <= 4 &&
    !isPlaceWordOf(reading.lastWord) &&
    !reading.locative
  )
    return readAs(reading, 'person', 0);
  // "at Old Trafford", "at the Brown Deer Park Golf Course", "in Tunbridge Wells": a name of no known
  // kind where one is, that names no event, is a place.
  if (
    ordinary > 0 &&
    VENUE_PREPOSITIONS.has(
      reading.prevToken === 'the'
        ? lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index - 2)
        : reading.prevToken,
    ) &&
    !wordIs(reading.words[reading.to - 1]!, W_NAMED_DAY) &&
    !reading.words
      .slice(reading.from, reading.to)
      .some((w) => wordIs(w, W_EVENT_HEAD) || EVENT_WORDS.has(w.lower)) &&
    // "in the Formula One championship", "in the Premier League season": the name of a competition.
    !EVENT_HEADS.has(reading.nextToken) &&
    !EVENT_WORDS.has(reading.nextToken) &&
    !COMPETITION_AFTER.has(reading.nextToken)
  )
    return readAs(reading, 'place', 1);
  // "Union Pacific agrees deal", "National Grid said": a body's adjective before one more word names a
  // firm or a body (an event's, a day's or a place's head word has been read above).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    BODY_ADJECTIVES.has(reading.firstWord.lower) &&
    !NOT_BODY_AFTER.has(reading.lastWord.lower) &&
    !wordIs(reading.lastWord, W_EVENT_HEAD) &&
    !wordIs(reading.lastWord, W_NAMED_DAY) &&
    !wordIs(reading.lastWord, W_PLACE_HEAD)
  )
    return readAs(reading, 'organization', 1);
  // "Tiger Woods said he", "20-year-old Tiger Woods shot 67": two ordinary words no list knows for a name's,
  // that a person's pronoun, age or apposition takes up, are a person's given name and surname.
  if (
    reading.n === 2 &&
    ordinary > 0 &&
    !reading.chunk.caseless &&
    !reading.locative &&
    // ("Brando's Academy Award triumph revived his career", "the BBC's Politics Show": an event's words.)
    !reading.words.some((w) => wordIs(w, W_EVENT_HEAD) || EVENT_WORDS.has(w.lower)) &&
    ordinaryWordsNamePerson(
      reading.ctx,
      reading.chunk.field,
      reading.firstWord.index,
      reading.lastWord.index,
      // ("Standard Life said he would stay": after a verb of speech the pronoun may be the one spoken of.)
      () => !reading.personVerb && (reading.nextBits & SPEAKER_VERB) === 0 && reading.pronounPerson(),
    )
  )
    return readAs(reading, 'person', 1);
  return readAs(reading, 'unknown', 0);
}

/** Words of an electorate before "of" and its name: "the seat of Dickson", "the riding of Carleton". */
const SEATS_OF = new Set(['seat', 'electorate', 'riding', 'ward']);
/** Words after a sentence's first word that make it the subject of a clause ("Rheinmetall will build"). */
/** Trades that end a firm's or its unit's name after the maker's word ("Sumitomo Metal", "Ford Credit"). */
const FIRM_TRADE_WORDS = new Set(
  'industrie industry metal steel credit finance financial capital motor energy power electric chemical oil gas insurance life trust securities bank media pharma telecom'.split(
    ' ',
  ),
);
/** Words of a road before its number ("Interstate 95", "Route 66", "Highway 401"). */
const ROAD_WORDS = new Set(['interstate', 'route', 'highway']);
const ROAD_NUMBER = /^\d{1,3}$/;
/** Royal titles a ship's name opens with ("Queen Mary 2", "Queen Elizabeth 2"). */
const ROYAL_SHIP_TITLES = new Set(['queen', 'king', 'prince', 'princess']);
/** After a number, what makes it a count or a score, not a ship's number: "Queen Mary 2 - 1", "2%", "2 years". */
const NUMBER_UNIT_AFTER = /^(?:-|\u2013|%|per|percent|years?|months?|days?|points?|goals?)$/;
const ILLNESS_WORDS = new Set(['disease', 'diseases', 'syndrome', 'disorder']);
/** Verbs of a journey before "to" and where it goes: "travelling to Iznik". */
const TRAVEL_VERBS = new Set(
  'travel travels travelled traveled travelling traveling flew fly flies flying sailed sailing drove driving journeyed'.split(
    ' ',
  ),
);
/**
 * Words after a name (a place's, often) that make it a virus's or a fever's: "Marburg virus", "Lassa fever".
 */
const INFECTION_WORDS = new Set(['virus', 'fever']);

/** Gazetteer kinds of one word that names a people or a country's group ("Greek", "Houthi"), no ship. */
const PEOPLE_OR_GROUP = new Set(['demonym', 'metonym']);
/** Adjectives of a faith or a church that end a name of its own ("Roman Catholic", "Greek Orthodox"). */
const FAITH_ADJECTIVES = new Set(
  'catholic orthodox protestant anglican evangelical lutheran methodist presbyterian sunni shia shiite'.split(
    ' ',
  ),
);
/** Verbs a side takes in British copy and a town never does ("Liverpool have", "Everton are"). */
const PLURAL_VERBS = new Set(['have', 'are', 'were', "'ve"]);

/**
 * The run's first word alone as the nationality of the country its gazetteer entry names ("Russian" of "Russian
 * Daniil Medvedev").
 */
function firstWordNationality(reading: Reading, countryCode: GazetteerEntry['countryCode']): Candidate {
  return candidate(reading.chunk, reading.from, reading.from + 1, 'nationality', 3, reading.base, {
    canonical: undefined,
    countryCode,
    placeId: undefined,
    teamFromPlace: undefined,
    personish: undefined,
  });
}
