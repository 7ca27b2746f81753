import lexiconData from '../data/packed/topics-lexicon.js';
import { namesSportBody } from '../entities/typing/sport-bodies.js';
import type { Country, Entity, Topic } from '../schema.js';
import { compareText } from '../text/compare.js';
import { type FieldText, storyLeadIndex, type TagDocument } from '../text/document.js';
import { exchangeTickers } from '../text/exchange-tickers.js';
import { sortInPlace } from '../text/sort.js';
import { adviserBanks } from './adviser-banks.js';
import { turkeyPardonInTitle } from './animal-pardon.js';
import { armedGroupDeaths } from './armed-group-deaths.js';
import { armedOverthrow } from './armed-overthrow.js';
import { attackArrested } from './attack-arrests.js';
import { applyArmedAttack } from './attack-event.js';
import { attackInWords } from './attack-in-words.js';
import { battlesOfArms } from './battles-of-arms.js';
import { nameSenseIn } from './capitals-title.js';
import { casinoGaming } from './casino-gaming.js';
import { climateTalksInTitle } from './climate-talks.js';
import { clubNamer, clubOwnershipTold } from './club-ownership.js';
import { clubShortNames, shortNameSpans } from './club-short-names.js';
import { companyBidTold } from './company-bid.js';
import { competitionCaseInTitle, competitionLawInTitleOrLead } from './competition-case.js';
import { type LexiconEntry, type TopicNode, wordKey } from './compile.js';
import { concertTold } from './concert-told.js';
import { confidenceVoteHeld } from './confidence-vote.js';
import { contractWonInTitle } from './contract-award.js';
import { courtTrialTold } from './court-trial.js';
import { crashesNotAccidents } from './crashes-not-accidents.js';
import { cyberattackInTitleAndLead } from './cyberattack-event.js';
import { deadlyCollapseInLead } from './deadly-collapse.js';
import { dealBeforeResults, dealInTitle } from './deal-in-title.js';
import { diplomaticProtestWords, protestInTitle } from './diplomatic-protest.js';
import { disasterInTitle } from './disaster-in-title.js';
import { dronesAsTechnology, dronesLaunched, dronesOfWar } from './drones.js';
import { campaignOfElection, electionTold, protestRally } from './election-told.js';
import { electorsNotVoters } from './electors-not-voters.js';
import { festivalTraded } from './festival-trade.js';
import { figurativeWords } from './figurative-words.js';
import { filmTakings } from './film-takings.js';
import { firmBoughtInTitleOrLead } from './firm-bought.js';
import { fiscalPeriodNamed } from './fiscal-period.js';
import { germanQuotes } from './foreign-quotes.js';
import { ACTOR_BITS, type ActorMasks, applyFrames, compileFrames } from './frames.js';
import { golfTold } from './golf-told.js';
import { hackingGroupNames } from './hacking-groups.js';
import { hazardNamed } from './hazard-named.js';
import { headOfStateInLead, headOfStateInTitle } from './head-of-state-in-title.js';
import { heatKillsPeople } from './heat-deaths.js';
import { jobCutsTold } from './job-cuts.js';
import { joinedPortfolios } from './joined-portfolios.js';
import { countLaborAsWork, writesLaborAsWork } from './labor-as-work.js';
import { landslideOfEarth, landslideOfVotes } from './landslide-senses.js';
import { lenderChiefsOnly } from './lender-chiefs.js';
import { lentWithoutMoney } from './lent-without-money.js';
import { loadLexiconColumns } from './lexicon-columns.js';
import {
  type Caseless,
  matchField,
  NAME_BODY,
  NAME_COUNTRY,
  NAME_OTHER_SENSE,
  NAME_PERSON,
  NAME_PLACE,
  NAME_SURNAME,
  NAME_TITLE,
  NAME_WORK,
  type NameKind,
  type NameSpans,
  type PhraseHits,
} from './match.js';
import { mediaSourceMentions } from './media-source.js';
import { mergedBodies } from './merged-bodies.js';
import { namedShips, namedWorks } from './named-works.js';
import { deathsFromDisaster, naturalDeathsInTitle } from './natural-deaths.js';
import { naturalStrikeInTitle } from './natural-strike.js';
import { natureAtStake } from './nature-at-stake.js';
import { negatedEvents } from './negated-events.js';
import { nobelEpithets } from './nobel-epithet.js';
import { nobelScienceInTitle } from './nobel-field.js';
import { isObituary, listObituary } from './obituary.js';
import { officialTrip } from './official-trips.js';
import { orderTopics } from './order.js';
import { otherFootballCode } from './other-football-codes.js';
import { otherLanguageTopics } from './other-languages.js';
import { otherSenseWords } from './other-sense-words.js';
import { applyOutbreak } from './outbreak-event.js';
import { partSoldInTitleOrLead } from './part-sold.js';
import { peakSummits } from './peak-summits.js';
import { peopleStageRally } from './people-stage-rally.js';
import { performerInTitleOrLead } from './performer-in-court.js';
import { piracyAtSea, piracyOffSea } from './piracy-at-sea.js';
import { policyActInTitleOrLead } from './policy-story.js';
import { politicalChairmenOnly } from './political-chairmen.js';
import { pressCurbInTitle } from './press-curbs.js';
import { quotedTitles } from './quoted-titles.js';
import { climbRaced } from './race-climbs.js';
import { reviewInTitle } from './review-label.js';
import { riskedAccidents } from './risked-accidents.js';
import { riverBanks } from './river-banks.js';
import { roadTollTold } from './road-tolls.js';
import { sanctionsInTitle } from './sanctions-in-title.js';
import { compileSenses, leansToRival, type Sense, type SenseCue, senseUnder } from './senses.js';
import { shareMoveTold, sharesTraded } from './shares-traded.js';
import {
  applyDeadlyDisaster,
  applyDocumentSignals,
  applyEarningsReport,
  applyMilitaryStrike,
  applyViolentCrime,
  armedSeizureInTitle,
  boost,
  craftNamed,
  crimeBeforeArrests,
  leadersMeetInTitle,
  leadersMeeting,
  membershipInTitle,
  raiseAboveSetting,
  stateVisitInTitle,
  strongestTopLevel,
  vehicleCrashInLead,
} from './signals.js';
import { stakesNotOwned } from './stakes-not-owned.js';
import { statesAgreeInTitle } from './states-agree.js';
import { streetsOfStory } from './street-names.js';
import { attackOnTarget } from './target-attack.js';
import { TOP_LEVEL } from './taxonomy.js';
import { type TeamResult, teamResults } from './team-results.js';
import { territoryLeaderTitles } from './territory-leaders.js';
import { applyTheftEvent } from './theft-event.js';
import { topLevelsOf } from './top-levels.js';
import { rulersByName, toppledNonRulers } from './toppled-rulers.js';
import { tourismTold } from './tourism-told.js';
import { opinionLabel, transcriptHeader } from './transcript-header.js';
import { troopsOutOfBattle } from './troops-in-battle.js';
import { utilityTariffs } from './utility-tariffs.js';
import { videoGameInTitleOrLead } from './video-game-told.js';
import { generalStrikeInTitleAndLead, walkoutInTitleAndLead } from './walkout-event.js';
import { walkoutsFromMeetings, walkoutWordsNamed, workersWalkOut } from './walkout-words.js';
import { warWordsTold } from './war-words-told.js';
import { weatherNamed } from './weather-named.js';
import { weatherNamedTeams } from './weather-named-teams.js';
import { weatherStorms } from './weather-storms.js';
import { wildTigerNamed } from './wild-tigers.js';
import { type PendingGain, vouchedInDoubt } from './words-in-doubt.js';
import { unquotedWorkTitles } from './work-titles.js';

/**
 * Loaded once at import: the lexicon index (compiled from lexicon/*.ts by scripts/topics-build.ts, so a
 * cold start reads shipped columns, lexicon-columns.ts, instead of compiling ~7,000 terms), the topic
 * tree and the actor frames.
 */
const LEXICON = loadLexiconColumns(lexiconData);
const { nodes } = LEXICON;
const FRAMES = compileFrames(LEXICON);
/**
 * Per-node weights, reused by every call (tagging is synchronous, so one article at a time): allocating
 * two typed arrays per article cost more than clearing them.
 */
const RAW = new Float64Array(nodes.length);
const STRONGEST = new Float64Array(nodes.length);

const sensesOf = compileSenses(LEXICON);
const DISASTER = LEXICON.nodeIndex.get(TOP_LEVEL.disaster) ?? -1;
const ACCIDENT = LEXICON.nodeIndex.get('medtop:20000139') ?? -1;
/** What a lead that tells of a deadly collapse adds to accident: one clear word (deadly-collapse.ts). */
const COLLAPSE_WEIGHT = 3;
/** An attack on energy or on a city in the headline or the lead weighs as one clear word of war (target-attack.ts). */
const TARGET_ATTACK_WEIGHT = 3;
/** Drones launched by the wave (drones.ts `dronesLaunched`): one clear word of war. */
const DRONES_LAUNCHED_WEIGHT = 3;
const HEADS_OF_STATE = LEXICON.nodeIndex.get('medtop:20000610') ?? -1;
/** A country's president in the headline weighs as "head of state" there would (3, a word that names the topic). */
const HEAD_OF_STATE_WEIGHT = 3;
const GOVERNMENT = LEXICON.nodeIndex.get('medtop:20000593') ?? -1;
/** Hong Kong's or Macau's Chief Executive weighs as "cabinet" or "minister" would (2, a clear word of government). */
const TERRITORY_LEADER_WEIGHT = 2;
/** Top levels that read deaths their own way: a deadly disaster is not put above them (signals.ts). */
const DEATH_RIVALS = [TOP_LEVEL.conflict, TOP_LEVEL.crime].map((id) => LEXICON.nodeIndex.get(id) ?? -1);
/** A natural disaster's deaths in the headline (natural-deaths.ts): war and crime are its setting, no rivals. */
const NO_RIVALS: readonly number[] = [];
const COMMUNICABLE_DISEASE = LEXICON.nodeIndex.get('medtop:20000448') ?? -1;
const EPIDEMIC = LEXICON.nodeIndex.get('medtop:20000449') ?? -1;
const ARMED_CONFLICT = LEXICON.nodeIndex.get('medtop:20000056') ?? -1;
const CRIME_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.crime) ?? -1;
const CRIME = LEXICON.nodeIndex.get('medtop:20000082') ?? -1;
const THEFT = LEXICON.nodeIndex.get('medtop:20000104') ?? -1;
const LAW_ENFORCEMENT = LEXICON.nodeIndex.get('medtop:20000129') ?? -1;
const ECONOMY_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.economy) ?? -1;
const EARNINGS = LEXICON.nodeIndex.get('medtop:20000178') ?? -1;
const STOCKS = LEXICON.nodeIndex.get('medtop:20000396') ?? -1;
const CLIMATE_CHANGE = LEXICON.nodeIndex.get('medtop:20000418') ?? -1;
const BUSINESS_INFORMATION = LEXICON.nodeIndex.get('medtop:20000170') ?? -1;
/** Desks that read a contract their own way: a player's, a contract fraud, an arms deal in a war. */
const CONTRACT_RIVALS = [TOP_LEVEL.sport, TOP_LEVEL.crime, TOP_LEVEL.conflict].map(
  (id) => LEXICON.nodeIndex.get(id) ?? -1,
);
const DEAL = LEXICON.nodeIndex.get('medtop:20000204') ?? -1;
/** A club changing hands is put above sport, not above crime or war (a club sold by a fraudster keeps its crime). */
const CLUB_SALE_RIVALS = [TOP_LEVEL.crime, TOP_LEVEL.conflict].map((id) => LEXICON.nodeIndex.get(id) ?? -1);
/** Layoffs and downsizing: jobs cut with their number (job-cuts.ts). */
const LAYOFFS = LEXICON.nodeIndex.get('medtop:20000189') ?? -1;
/** What jobs cut with their number weigh, as the lexicon's "job cuts". */
const JOB_CUTS_WEIGHT = 3;
/** Music: a concert told by its nights, shows or tour (concert-told.ts), one clear word. */
const MUSIC = LEXICON.nodeIndex.get('medtop:20000018') ?? -1;
const CONCERT_WEIGHT = 3;
/** The desks of the products an antitrust case is about: apps and chips, films and television. */
const NATURAL_SCIENCE = LEXICON.nodeIndex.get('medtop:20000717') ?? -1;
const ANIMAL = LEXICON.nodeIndex.get('medtop:20000500') ?? -1;
const MEDICAL_RESEARCH = LEXICON.nodeIndex.get('medtop:20000737') ?? -1;
const PRODUCT_DESKS = [TOP_LEVEL.science, TOP_LEVEL.arts].map((id) => LEXICON.nodeIndex.get(id) ?? -1);
/** No lead sentence: `firmInTitleOrLead` then asks the title only. */
const NO_LEAD = -1;
const HUMAN_INTEREST = LEXICON.nodeIndex.get(TOP_LEVEL.humanInterest) ?? -1;
const ARTS_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.arts) ?? -1;
const SPORT_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.sport) ?? -1;
/** What a match result told with its sides weighs for sport ("won 4-1", team-results.ts): a word almost only of sport. */
const RESULT_WEIGHT = 3;
/** Arts and entertainment (20000002), the performers' frame's target. */
const ARTS_ENTERTAINMENT = LEXICON.nodeIndex.get('medtop:20000002') ?? -1;
const SCIENCE_AND_TECHNOLOGY = LEXICON.nodeIndex.get('medtop:13000000') ?? -1;
const INFORMATION_TECHNOLOGY = LEXICON.nodeIndex.get('medtop:20000763') ?? -1;
const VIDEO_GAME = LEXICON.nodeIndex.get('medtop:20000548') ?? -1;
/** What a review labelled in the headline weighs for the art reviewed: one clear word. */
const REVIEW_WEIGHT = 3;
/** A performer's court case leads with the arts where they weigh at least this share of the crime. */
const PERFORMER_CASE_SHARE = 0.5;
/** Top levels that read a results report's words their own way (an accounts fraud, a militia's profits). */
const EARNINGS_RIVALS = [CRIME_TOP, LEXICON.nodeIndex.get(TOP_LEVEL.conflict) ?? -1];
/**
 * Words of an organisation's name that make it a public body, not a firm that reports results: "Kenya
 * Revenue Authority", "UN", "International Monetary Fund" (read20 F1).
 */
const PUBLIC_BODY_WORDS = new Set([
  'authority',
  'commission',
  'ministry',
  'agency',
  'department',
  'council',
  'nations',
  'parliament',
  'government',
  'court',
  'office',
  'bureau',
  'police',
  'party',
  'committee',
  'fund',
  'army',
  'assembly',
  'congress',
  'senate',
  'treasury',
  'opec',
]);

/** A head of state's or government's title right before a person's name. */
const HEAD_TITLE = /\b(?:President|Prime Minister|Premier|Chancellor)\s+$/;
/** An accusation made in court, in the sentence that says "accused". */
const ACCUSED_IN_COURT =
  /\baccused\b[^.]*\b(?:indictment|indicted|charged|charges|trial|court)\b|\b(?:indictment|indicted|charged|charges|trial|court)\b[^.]*\baccused\b/;
/** A news agency as the headline's subject, not as its source ("…, Petra news agency says"). */
const AGENCY_SUBJECT =
  /^(?:(?! - )[^,:;])*?\bnews agenc(?:y|ies)\b(?!\s+(?:says|said|reports?|reported|quoted)\b)/i;

/**
 * A person the story names with a head of state's or government's title: a country's voice (countries.ts
 * reads "President Joe Biden" as the United States) or the title of a country ("Argentine President
 * Javier Milei"). A company's, a central bank's "President Lon Makanoff" is neither.
 */
function headOfGovernmentNamed(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): boolean {
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) {
      const text = m.field === 'title' ? doc.title.text : doc.body.text;
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const title = HEAD_TITLE.exec(before);
      if (!title) continue;
      if (countries.some((c) => c.mentions.some((o) => o.field === m.field && o.start === m.start)))
        return true;
      let end = m.start - before.length + title.index;
      while (end > 0 && text[end - 1] === ' ') end--;
      const ofCountry = entities.some(
        (e) =>
          (e.type === 'nationality' || e.id.startsWith('place:iso:')) &&
          e.mentions.some((o) => o.field === m.field && o.end === end),
      );
      if (ofCountry) return true;
    }
  }
  return false;
}

/** What splits an entity's id ("org:international-monetary-fund") into its prefix and the words of its name. */
const ID_PARTS = /[:-]/;

/** A firm (an organisation that is no public body) is named in the title or in the lead sentence. */
function firmInTitleOrLead(doc: TagDocument, entities: readonly Entity[], lead: number): boolean {
  const sentence = doc.body.sentences[lead];
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    if (entity.id.split(ID_PARTS).some((w) => PUBLIC_BODY_WORDS.has(w))) continue;
    for (const m of entity.mentions)
      if (m.field === 'title' || (sentence && m.start >= sentence.start && m.start < sentence.end))
        return true;
  }
  return false;
}
/** Homicide and assault: words of an attack on people (signals.ts `applyViolentCrime`). */
const VIOLENT = ['medtop:20000099', 'medtop:20000084'].map((id) => LEXICON.nodeIndex.get(id) ?? -1);
/**
 * War is no setting: it reads shootings and killings its own way, and leaders who talk during a war are
 * not put above it either.
 */
const NOT_A_SETTING = [LEXICON.nodeIndex.get(TOP_LEVEL.conflict) ?? -1];
const CONFLICT_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.conflict) ?? -1;
const UNREST = LEXICON.nodeIndex.get('medtop:20000065') ?? -1;
/** Crime reads gunmen and pirates its own way: an attack is not put above it. */
const ATTACK_RIVALS = [LEXICON.nodeIndex.get(TOP_LEVEL.crime) ?? -1];
const NATURAL_ATTACK_RIVALS = [...ATTACK_RIVALS, DISASTER];
const RELATIONS = LEXICON.nodeIndex.get('medtop:20000638') ?? -1;
const INTERNATIONAL_BODY = LEXICON.nodeIndex.get('medtop:20000644') ?? -1;
const DIPLOMACY = LEXICON.nodeIndex.get('medtop:20000639') ?? -1;
/** What a state's protest to another in the headline weighs for diplomacy: one clear word. */
const PROTEST_WEIGHT = 3;
const FREEDOM_OF_PRESS = LEXICON.nodeIndex.get('medtop:20000591') ?? -1;
/** What an outlet silenced in the headline weighs for freedom of the press: one clear word. */
const PRESS_CURB_WEIGHT = 3;
const TRADE = LEXICON.nodeIndex.get('medtop:20000373') ?? -1;
const POLITICS = LEXICON.nodeIndex.get(TOP_LEVEL.politics) ?? -1;
const HEALTH_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.health) ?? -1;
const EDUCATION_TOP = LEXICON.nodeIndex.get(TOP_LEVEL.education) ?? -1;
const LABOUR_STRIKE = LEXICON.nodeIndex.get('medtop:20000530') ?? -1;
const CYBER_CRIME = LEXICON.nodeIndex.get('medtop:20000086') ?? -1;
const GOVERNMENT_POLICY = LEXICON.nodeIndex.get('medtop:20000621') ?? -1;
const SANCTION = LEXICON.nodeIndex.get('medtop:20000642') ?? -1;
const TARIFF = LEXICON.nodeIndex.get('medtop:20000384') ?? -1;
const TRADE_DISPUTE = LEXICON.nodeIndex.get('medtop:20000376') ?? -1;
/** The desks a government policy is told through (frames.ts, the 'government policy' frame's subjects). */
const POLICY_DOMAINS = [
  TOP_LEVEL.crime,
  TOP_LEVEL.education,
  TOP_LEVEL.environment,
  TOP_LEVEL.health,
  TOP_LEVEL.labour,
  TOP_LEVEL.society,
].map((id) => LEXICON.nodeIndex.get(id) ?? -1);
/** Politics weighing at least this share of the leading domain: ministers, a party or a bill are in the story. */
const POLICY_SHARE = 0.4;
/** Desks that read a ship's seizure their own way: a diplomatic row, a drug bust. */
const SEIZURE_RIVALS = [TOP_LEVEL.politics, TOP_LEVEL.crime].map((id) => LEXICON.nodeIndex.get(id) ?? -1);

/** What `nameSpans` reads beside the entities: the story's named works, ships, streets and rulers, its other senses. */
interface NameSpanOptions {
  readonly works?: ReadonlySet<Entity>;
  /** A headline written in capitals (its surnames are in capitals too). */
  readonly capitalsTitle?: boolean;
  /** Works' titles written without quotation marks (work-titles.ts). */
  readonly titles?: readonly string[];
  readonly dateline?: { readonly start?: number; readonly end?: number };
  readonly ships?: ReadonlySet<Entity>;
  readonly streetSpans?: readonly (readonly [number, number])[];
  readonly rulers?: ReadonlySet<Entity>;
  /** The body's text, read for a headline's protest (diplomatic-protest.ts). */
  readonly body?: string;
  /** Words the whole story gives another sense ("gaming" of casinos, casino-gaming.ts). */
  readonly storySenses?: readonly (readonly [number, number])[];
  /** The short names of the story's clubs and brands named in full (club-short-names.ts). */
  readonly clubs?: ReadonlySet<string>;
}

/** The financial and business services node (banking and insurance under it). */
const FINANCIAL_SERVICE = LEXICON.nodeIndex.get('medtop:20000271') ?? -1;

/** A name the lexicon writes as a financial firm's ("Goldman Sachs", "JPMorgan", "UBS"): adviser-banks.ts. */
function namesAFinancier(mention: string): boolean {
  const first = mention.split(' ', 1)[0] ?? '';
  for (const entry of LEXICON.index.get(wordKey(first)) ?? []) {
    if (entry.phrase !== mention) continue;
    for (let k = 0; k < entry.gains.length; k += 2) if (entry.gains[k] === FINANCIAL_SERVICE) return true;
  }
  return false;
}

const NO_CLUBS: ReadonlySet<string> = new Set();
/** Desks whose words name what a body does: a firm's line of business ("Software", "Robotics"), a sport ("Cycling"). */
const LINES_OF_WORK = [TOP_LEVEL.economy, TOP_LEVEL.science, TOP_LEVEL.sport].map(
  (id) => LEXICON.nodeIndex.get(id) ?? -1,
);

const SPORT_DESK = LEXICON.nodeIndex.get(TOP_LEVEL.sport) ?? -1;

/** A word for people who do something, in the plural: "Strikers", "Bowlers", "Chargers". */
const PLAYERS = /ers$/;

/** The top levels a word alone feeds in the lexicon. */
function desksOfWord(word: string): Set<number> {
  const levels = new Set<number>();
  for (const entry of LEXICON.index.get(wordKey(word)) ?? []) {
    if (entry.rest.length > 0) continue;
    for (let k = 0; k < entry.gains.length; k += 2) {
      const node = entry.gains[k] ?? -1;
      if (LEXICON.nodes[node]?.level === 1) levels.add(node);
    }
  }
  return levels;
}

/**
 * A body's name says what it does: its last word names a line of work ("Kelvane Software", "British Cycling"), or
 * shares a desk with another word of the name ("Catholic Church", "Anglican Church"; read56). A sport's players
 * named as a team ("Adelaide Strikers", a cricket club) say what the club is called, not what it plays.
 */
function namesWhatItDoes(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const desks = desksOfWord(last);
  if (desks.size === 0) return false;
  if (LINES_OF_WORK.some((desk) => desks.has(desk)) && !(desks.has(SPORT_DESK) && PLAYERS.test(last)))
    return true;
  return words.slice(0, -1).some((word) => [...desksOfWord(word)].some((desk) => desks.has(desk)));
}

/** A name the lexicon writes as a team sport's club's (club-ownership.ts). */
const namesAClub = clubNamer(LEXICON);

/**
 * Where the field names people, places, organisations and other named things: a lexicon word inside such
 * a name is not the word (see match.ts for which words count all the same).
 */
function nameSpans(
  entities: readonly Entity[],
  field: 'title' | 'body',
  fieldText: FieldText,
  {
    works,
    capitalsTitle = false,
    titles,
    dateline,
    ships,
    streetSpans = [],
    rulers,
    body = '',
    storySenses = [],
    clubs = NO_CLUBS,
  }: NameSpanOptions,
): NameSpans {
  const { text } = fieldText;
  const spans: [number, number, NameKind][] = [];
  // A dateline ("PANAMA CITY —") is no word of the story: "CITY" is no City of London. Only a dateline that
  // names a place the recogniser found: a heading read as one ("HORSE RACING - … STAKES RESULT") says what
  // the story is.
  const { start, end } = dateline ?? {};
  if (
    start !== undefined &&
    end !== undefined &&
    entities.some(
      (e) =>
        e.type === 'place' && e.mentions.some((m) => m.field === field && m.start >= start && m.end <= end),
    )
  )
    spans.push([start, end, NAME_TITLE]);
  let sources: Set<number> | undefined;
  for (const entity of entities) {
    // A sport's national body ("New Zealand Cricket") is named by its sport: the word counts.
    if (entity.type === 'organization' && namesSportBody(entity.name)) continue;
    const kind = entity.id.startsWith('place:iso:') ? NAME_COUNTRY : NAME_KINDS[entity.type];
    if (ships?.has(entity)) {
      // A ship named after its kind ("the aircraft carrier Gerald R. Ford"): no word of it is the story's.
      for (const m of entity.mentions) if (m.field === field) spans.push([m.start, m.end, NAME_TITLE]);
    } else if (works?.has(entity)) {
      // A work named after its kind ("the game Manhunt"): its ordinary words are the title's (named-works.ts).
      for (const m of entity.mentions) if (m.field === field) spans.push([m.start, m.end, NAME_WORK]);
    } else if (kind === NAME_PERSON) {
      // "Cook" after "Tim Cook", "Mr King", "Lord King": the surname names the person, it is no cook or
      // king (a one-word mention that is not the last word of a full one, "Ombudsman", stays a word).
      let surnames: Set<string> | undefined;
      for (const m of entity.mentions) {
        const space = m.text.lastIndexOf(' ');
        if (space < 0) continue;
        surnames ??= new Set();
        surnames.add(m.text.slice(space + 1));
      }
      for (const m of entity.mentions) {
        if (m.field !== field) continue;
        // A headline in capitals writes the surname in capitals: "DOLE , PEROT ATTACK CLINTON" (no dole money).
        const surname =
          !m.text.includes(' ') &&
          (surnames?.has(m.text) ||
            (capitalsTitle &&
              surnames !== undefined &&
              [...surnames].some((n) => n.toUpperCase() === m.text)) ||
            STYLE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)));
        spans.push([m.start, m.end, surname ? NAME_SURNAME : NAME_PERSON]);
      }
    } else if (kind !== undefined) {
      // A news outlet that is the story's source ("…, Radio Free Europe/Radio Liberty reported"): no word of its
      // name counts (media-source.ts).
      sources ??= new Set(mediaSourceMentions(text, field, entities).map(([start]) => start));
      for (const m of entity.mentions) {
        if (m.field !== field) continue;
        // A ministry's portfolios joined after its first name no desk of the story (joined-portfolios.ts).
        const joined = sources.has(m.start) ? undefined : joinedPortfolios(m.text);
        if (joined === undefined) {
          spans.push([m.start, m.end, sources.has(m.start) ? NAME_TITLE : kind]);
          continue;
        }
        const [from, to] = [m.start + joined[0], m.start + joined[1]];
        spans.push([m.start, from, kind], [from, to, NAME_TITLE]);
        if (to < m.end) spans.push([to, m.end, kind]);
      }
    } else if (entity.type === 'work' || entity.type === 'other') {
      // A title in quotation marks ("It Was Just an Accident", "One Battle After Another") names a work:
      // its words are the title's, not the story's, as a person's or place's are.
      for (const m of entity.mentions)
        if (m.field === field && isQuoted(text, m.start, m.end)) spans.push([m.start, m.end, NAME_PLACE]);
    }
  }
  for (const [start, end] of quotedTitles(text)) spans.push([start, end, NAME_TITLE]);
  for (const [start, end] of figurativeWords(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of otherSenseWords(fieldText, LEXICON.hyphenated))
    spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of germanQuotes(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of mergedBodies(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of riverBanks(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of peakSummits(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of riskedAccidents(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of negatedEvents(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of crashesNotAccidents(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of lentWithoutMoney(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of stakesNotOwned(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  // A team named for the weather (weather-named-teams.ts) and a word the whole story gives another sense ("gaming" of
  // casinos, casino-gaming.ts): the recogniser's organisation "Hurricanes" or "Gaming Council" holds the word, and
  // the name of a body counts its ordinary words, so the word's span replaces the body's.
  // So do the banks that advise a deal (adviser-banks.ts): their names are bodies' names.
  const replacing = [
    ...weatherNamedTeams(fieldText, field === 'title'),
    ...storySenses,
    ...adviserBanks(fieldText, field, entities, namesAFinancier),
  ];
  if (replacing.length > 0) {
    const replaced = replacedBy(replacing);
    let kept = 0;
    for (const span of spans) if (!replaced(span[0], span[1], span[2] === NAME_BODY)) spans[kept++] = span;
    spans.length = kept;
    for (const [start, end] of replacing) spans.push([start, end, NAME_OTHER_SENSE]);
  }
  // A Nobel prize that only describes someone, outside the headline (nobel-epithet.ts).
  if (field === 'body')
    for (const [start, end] of nobelEpithets(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of exchangeTickers(text)) spans.push([start, end, NAME_TITLE]);
  for (const [start, end] of diplomaticProtestWords(text, field, entities, body))
    spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of territoryLeaderTitles(text, entities))
    spans.push([start, end, NAME_OTHER_SENSE]);
  const rulerSpans: [number, number][] = [];
  for (const ruler of rulers ?? [])
    for (const m of ruler.mentions) if (m.field === field) rulerSpans.push([m.start, m.end]);
  for (const [start, end] of toppledNonRulers(text, rulerSpans)) spans.push([start, end, NAME_OTHER_SENSE]);
  // A work's title written without quotation marks (work-titles.ts), wherever the field repeats it.
  for (const title of titles ?? [])
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length))
      spans.push([at, at + title.length, NAME_WORK]);
  // A link's address ("https://en.wikipedia.org/wiki/Atacama_Region") is no word of the story: no "wiki".
  if (text.includes('://') || text.includes('www.')) {
    WEB_ADDRESS.lastIndex = 0;
    for (let m = WEB_ADDRESS.exec(text); m !== null; m = WEB_ADDRESS.exec(text))
      spans.push([m.index, m.index + m[0].length, NAME_TITLE]);
  }
  // A headline that only labels a broadcast's transcript names the programme, not the story.
  if (field === 'title')
    for (const [start, end] of [...transcriptHeader(text), ...opinionLabel(text)])
      spans.push([start, end, NAME_TITLE]);
  // A street's name before its kind is no word of a desk, whatever name the recogniser made of the street.
  if (streetSpans.length > 0) {
    const overlapsStreet = ([start, end]: readonly [number, number, NameKind]) =>
      streetSpans.some(([s, e]) => start < e && end > s);
    for (let k = spans.length - 1; k >= 0; k--) if (overlapsStreet(spans[k]!)) spans.splice(k, 1);
    for (const [start, end] of streetSpans) spans.push([start, end, NAME_OTHER_SENSE]);
  }
  // A club's short name standing alone ("Flames" after "Calgary Flames", club-short-names.ts), as a mention of the
  // club or where no other name holds it: its ordinary word is the club's, as in a work's name.
  const shortNames = clubs.size > 0 ? shortNameSpans(text, clubs, capitalsTitle) : [];
  if (shortNames.length > 0) {
    // The first span holding each character, read once: a page naming a club thousands of times asked every span
    // for every mention (quadratic on the bench's 'countries in one sentence' page).
    const heldBy = new Int32Array(text.length);
    for (let k = spans.length - 1; k >= 0; k--) {
      const [s, e] = spans[k]!;
      heldBy.fill(k + 1, s, e);
    }
    for (const [start, end] of shortNames) {
      let held = 0;
      for (let at = start; at < end && held === 0; at++) held = heldBy[at] ?? 0;
      const span = held > 0 ? spans[held - 1] : undefined;
      if (span === undefined) spans.push([start, end, NAME_WORK]);
      else if (span[0] === start && span[1] === end && span[2] === NAME_BODY) span[2] = NAME_WORK;
    }
  }
  // At one start the longer span: a quoted title holds the name it opens with ("Marvin's Room").
  sortInPlace(spans, (a, b) => a[0] - b[0] || b[1] - a[1]);
  // Mentions of recognised entities do not overlap; keep the first of any that would.
  const kept: [number, number, NameKind][] = [];
  for (const span of spans) if (span[0] >= (kept[kept.length - 1]?.[1] ?? 0)) kept.push(span);
  return kept;
}

/** A web address, up to the space, bracket or quotation mark that ends it. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s()<>[\]"'\u201c\u201d]+/g;

/** A style before a surname: "Mr King", "Lord King", "Dr. Fauci". */
const STYLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Baroness|Baron)\.? $/;

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** The span stands between quotation marks (a comma or full stop may sit inside the closing one). */
function isQuoted(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text[start - 1] ?? '')) return false;
  const after = text[end] ?? '';
  return (
    CLOSING_QUOTES.has(after) || ((after === ',' || after === '.') && CLOSING_QUOTES.has(text[end + 1] ?? ''))
  );
}

const NAME_KINDS: Readonly<Record<string, NameKind | undefined>> = {
  person: NAME_PERSON,
  place: NAME_PLACE,
  organization: NAME_BODY,
};

/** A title word says more about the story than a body word. */
const TITLE_WEIGHT = 2.5;
/**
 * The lead (the body's first sentence) says what the story is about: its words count 1.5 times. On
 * bbc-dev, 1.5 for one sentence gained on both halves; 2, or two or three sentences, lost.
 */
const LEAD_EXTRA = 0.5;
/** Below this raw weight a topic is not reported (about one clear word, or two weak ones). */
const MIN_RAW_TOP = 2;
const MIN_RAW_SUB = 3;
const MIN_STRONGEST_SUB = 2;
/**
 * A tariff or trade-dispute word this clear ("tariffs", "trade sanctions", "trade war") makes headline sanctions
 * a trade war's.
 */
const SANCTIONS_TARIFF_WORD = 3;
/** A second top level must have this share of the first one's weight. */
const MIN_SHARE_TOP = 0.15;
/** A subtopic needs this much evidence for the article's length (see `saturation`). */
const MIN_SATURATION_SUB = 0.3;
/** What a firm's part sold in the headline or lead weighs for the deal: one clear merger word. */
const PART_SOLD_WEIGHT = 3;
const MAX_TOP_LEVELS = 4;
const MAX_SUBTOPICS = 24;
const MAX_EVIDENCE = 6;

/** Repeats of one phrase count with diminishing returns, so one word repeated cannot carry a story. */
function damp(count: number): number {
  return count <= 1 ? count : 1 + Math.log(count);
}

/** A matched phrase's weight in the article. */
function weightOfHits(h: PhraseHits): number {
  return damp(h.body + LEAD_EXTRA * h.lead + TITLE_WEIGHT * h.title);
}

/** Whether a fact of the story that settles a word's sense (senses.ts `SenseCue`) holds. */
function senseCueHolds(
  cue: SenseCue,
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
  naturalDeaths: boolean,
): boolean {
  switch (cue) {
    case 'headOfGovernment':
      return headOfGovernmentNamed(doc, entities, countries);
    case 'indictment':
      return ACCUSED_IN_COURT.test(doc.title.text) || ACCUSED_IN_COURT.test(doc.body.text);
    case 'agencySubject':
      return AGENCY_SUBJECT.test(doc.title.text);
    case 'troopsOutOfBattle':
      return troopsOutOfBattle(doc);
    case 'wildTiger':
      return wildTigerNamed(doc);
    case 'walkoutWords':
      return walkoutWordsNamed(doc);
    case 'piracyAtSea':
      return piracyAtSea(doc);
    case 'piracyOffSea':
      return piracyOffSea(doc);
    case 'craftNamed':
      return craftNamed(doc);
    case 'notObituary':
      return !isObituary(doc);
    case 'workersWalkOut':
      return workersWalkOut(doc);
    case 'walkoutFromWork':
      return !walkoutsFromMeetings(doc);
    case 'companyBid':
      return companyBidTold(doc);
    case 'armedOverthrow':
      return armedOverthrow(doc);
    case 'electionTold':
      return electionTold(doc);
    case 'campaignOfElection':
      return campaignOfElection(doc, entities);
    case 'soccerOnly':
      return !otherFootballCode(doc);
    case 'peopleStageRally':
      return peopleStageRally(doc);
    case 'tradeTariffs':
      return !utilityTariffs(doc);
    case 'companyChairman':
      return !politicalChairmenOnly(doc);
    case 'weatherNamed':
      return weatherNamed(doc);
    case 'attackOfForce':
      return !attackInWords(doc);
    case 'companyDirector':
      return !lenderChiefsOnly(doc);
    case 'noFiscalPeriod':
      // A firm's fiscal year: a firm named in the headline or the lead (a state's "fiscal 2025 budget" keeps it).
      return !(fiscalPeriodNamed(doc) && firmInTitleOrLead(doc, entities, storyLeadIndex(doc)));
    case 'naturalDeaths':
      return naturalDeaths;
    case 'landslideOfEarth':
      return naturalDeaths || landslideOfEarth(doc);
    case 'landslideOfVotes':
      return !naturalDeaths && landslideOfVotes(doc);
    case 'roadToll':
      return roadTollTold(doc);
    case 'armedGroupDeaths':
      return armedGroupDeaths(doc);
    case 'natureAtStake':
      return natureAtStake(doc);
    case 'noDisasterInTitle':
      return !disasterInTitle(doc.title.text);
    case 'votersElect':
      return !electorsNotVoters(doc);
    case 'droneTechnology':
      return dronesAsTechnology(doc);
    case 'dronesOfWar':
      return dronesOfWar(doc);
    case 'protestRally':
      return protestRally(doc);
    case 'battlesOfArms':
      return battlesOfArms(doc);
    case 'courtTrial':
      return courtTrialTold(doc);
    case 'sharesTraded':
      return sharesTraded(doc);
    case 'heatKillsPeople':
      return heatKillsPeople(doc);
    case 'tourismTold':
      return tourismTold(doc);
    case 'festivalUntraded':
      return !festivalTraded(doc);
    case 'golfTold':
      return golfTold(doc);
    case 'golfUntold':
      return !golfTold(doc);
    case 'noConcertTold':
      return concertTold(doc) === undefined;
    case 'noOfficialTrip':
      return !officialTrip(doc, entities);
    case 'warWordsTold':
      return warWordsTold(doc);
    case 'hazardNamed':
      return hazardNamed(doc);
    case 'confidenceVoteHeld':
      return confidenceVoteHeld(doc);
    case 'climbRaced':
      return climbRaced(doc);
    case 'attackArrested':
      return attackArrested(doc);
    case 'weatherStorms':
      return weatherStorms(doc);
  }
}

/** An English article's language tag: "en", "en-GB". */
const ENGLISH = /^en(-|$)/i;

/**
 * IPTC Media Topics of an English article, highest score first. Each lexicon match adds its weight to
 * the topics it names and to their ancestors, so a top level aggregates its subtopics and its own words.
 * A score is saturation (how much evidence, against the article's length) times dominance (how the
 * topic compares with the strongest top level), so the main topic of a long story scores near 1.
 * See docs/topics.md.
 *
 * The steps below share one `Scoring` and one `StoryEvidence`, each made with every property set: as one function
 * of ~550 lines the scoring was compiled by V8 two or three times in each process that tags new articles (speed58).
 */
export function scoreTopics(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): Topic[] {
  if (!ENGLISH.test(doc.language)) return otherLanguageTopics(doc, entities);
  const story = storyToMatch(doc, entities, countries);
  const hits = new Map<LexiconEntry, PhraseHits>();
  const [titleWords, bodyWords] = matchStory(story, hits, FRAMES.actorMask);
  const meeting = leadersMeeting(doc, entities);
  // Countries that agree in the headline: diplomacy, whatever the words of their agreement.
  const accord = statesAgreeInTitle(doc, countries);
  const resultCount = TITLE_WEIGHT * story.titleResults.length + story.bodyResults.length;
  // No lexicon word at all: nothing to score, unless the headline or the lead tells a firm bought with a verb of
  // buying ("Anta Sports agreed to buy Germany's Puma."), which tells business itself (firm-bought.ts, below).
  if (
    hits.size === 0 &&
    meeting.length === 0 &&
    accord.length === 0 &&
    resultCount === 0 &&
    firmBoughtInTitleOrLead(doc, entities, story.lead) === undefined
  )
    return [];

  const s = scoringOf(doc, entities, countries, story.lead, hits);
  const evidence = noStoryEvidence(meeting);
  const pending = weighWords(s);
  raiseEventsBeforeSenses(s, pending, evidence);
  settleSenses(s, pending);
  if (s.offSense)
    reframeWithoutOffSenseActors(hits, s.offSense, FRAMES.actorMask, (into, masks) =>
      matchStory(story, into, masks),
    );
  evidence.result = raiseMatchResult(s, story, resultCount);
  const framedWeight = applyFrames(FRAMES, hits, nodes, s.raw, s.strongest, damp, s.offSense);
  evidence.signals = applyDocumentSignals(
    s.raw,
    nodes,
    LEXICON.nodeIndex,
    s.strongest,
    meeting,
    countries,
    accord,
  );
  raiseDisasters(s, evidence);
  raiseCrimeAndConflict(s, evidence);
  raiseLabourAndMarkets(s, evidence);
  raiseSecurityAndDiplomacy(s, evidence);
  raiseSubjectsInTitle(s, evidence);
  raiseDeals(s, evidence);
  raisePolicyAndPeople(s, evidence);
  return topicsOf(s, evidence, titleWords + bodyWords, framedWeight);
}

/** What the lexicon is matched against: the story's fields, its lead and the spans of names and results it skips. */
interface StoryToMatch {
  readonly doc: TagDocument;
  readonly lead: number;
  readonly titleCase: Caseless;
  readonly titleNames: NameSpans;
  readonly bodyNames: NameSpans;
  readonly titleResults: readonly TeamResult[];
  readonly bodyResults: readonly TeamResult[];
  /** The story writes "Labor" for labor, not the party (labor-as-work.ts). */
  readonly laborIsWork: boolean;
}

/** Reads the story's names, works, ships, streets, rulers and results: the spans the matcher reads otherwise. */
function storyToMatch(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): StoryToMatch {
  const textOf = (field: 'title' | 'body') => (field === 'title' ? doc.title.text : doc.body.text);
  const works = namedWorks(entities, textOf);
  const titles = unquotedWorkTitles(doc.body.text);
  const ships = namedShips(entities, textOf);
  // A street the story names in full ("South Congress Avenue") is the street wherever its name stands alone.
  const streets = streetsOfStory(doc.title.text, doc.body.text);
  // The people a story may topple as rulers: one toppled by name is a ruler toppled.
  const rulers = rulersByName(entities, textOf);
  const story = `${doc.title.text}\n${doc.body.text}`;
  // Match results told with their sides (team-results.ts): the score is sport's, the sides' names the teams'.
  const titleResults = teamResults(doc.title);
  const bodyResults = teamResults(doc.body);
  const clubs = clubShortNames(entities, namesWhatItDoes);
  const titleNames = nameSpans(entities, 'title', doc.title, {
    works,
    clubs,
    capitalsTitle: doc.titleIsAllCaps,
    titles,
    ships,
    streetSpans: streets.title,
    rulers,
    body: doc.body.text,
    storySenses: storySensesIn(doc.title.text, story, titleResults),
  });
  const bodyNames = nameSpans(entities, 'body', doc.body, {
    works,
    clubs,
    titles,
    dateline: doc.dateline,
    ships,
    streetSpans: streets.body,
    rulers,
    storySenses: storySensesIn(doc.body.text, story, bodyResults),
  });
  // The lead is the first sentence of the story proper, after any byline or dateline.
  const lead = storyLeadIndex(doc);
  // A capitals headline's capitalised lexicon words take the sense the story writes them in.
  const titleCase: Caseless = doc.titleIsAllCaps && ((word) => nameSenseIn(doc.body.text, word));
  const laborIsWork = writesLaborAsWork(entities, countries);
  return { doc, lead, titleCase, titleNames, bodyNames, titleResults, bodyResults, laborIsWork };
}

/** Words a field gives another sense in this story: casino gaming, hacking groups' names, results' sides. */
function storySensesIn(text: string, story: string, results: readonly TeamResult[]): [number, number][] {
  return [...casinoGaming(text, story), ...hackingGroupNames(text, story), ...otherSenseSides(results, text)];
}

/** Matches the headline and the body into `into` with the frames' actor masks; each field's count of words. */
function matchStory(
  story: StoryToMatch,
  into: Map<LexiconEntry, PhraseHits>,
  masks: ActorMasks,
): [number, number] {
  const { doc } = story;
  const words: [number, number] = [
    matchField(
      doc.title,
      LEXICON,
      story.titleCase,
      into,
      masks,
      FRAMES.targets.length,
      story.titleNames,
      -1,
      FRAMES.blockersNeeding,
    ),
    matchField(
      doc.body,
      LEXICON,
      false,
      into,
      masks,
      FRAMES.targets.length,
      story.bodyNames,
      story.lead,
      FRAMES.blockersNeeding,
    ),
  ];
  if (story.laborIsWork) countLaborAsWork(LEXICON, into);
  return words;
}

/** One English article's scoring: the story, its matches and the weights the steps of `scoreTopics` raise. */
interface Scoring {
  readonly doc: TagDocument;
  readonly entities: readonly Entity[];
  readonly countries: readonly Country[];
  /** The lead sentence's index (text/document.ts `storyLeadIndex`). */
  readonly lead: number;
  readonly hits: Map<LexiconEntry, PhraseHits>;
  /** Per node, its weight from the words and facts of the story (the node's and its subtopics'). */
  readonly raw: Float64Array;
  /** The largest lexicon weight behind each node: a subtopic needs one clear word, not only weak ones. */
  readonly strongest: Float64Array;
  /** A natural disaster's deaths in the headline's subject: war and crime are its setting (natural-deaths.ts). */
  readonly naturalDeaths: boolean;
  /** Story facts that keep a word's sense (senses.ts `SenseCue`), read once and only when a word asks. */
  readonly cues: Map<SenseCue, boolean>;
  /** Nodes a word's sense took its weight away from, with the phrases: no evidence there either. */
  offSense: Map<number, Set<string>> | undefined;
}

function scoringOf(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
  lead: number,
  hits: Map<LexiconEntry, PhraseHits>,
): Scoring {
  return {
    doc,
    entities,
    countries,
    lead,
    hits,
    raw: RAW.fill(0),
    strongest: STRONGEST.fill(0),
    naturalDeaths: naturalDeathsInTitle(doc.title.text),
    cues: new Map(),
    offSense: undefined,
  };
}

/** The facts beyond the lexicon's words that raised a topic: each is listed in the evidence of the topics it raised. */
interface StoryEvidence {
  /** Leaders who meet or call (signals.ts `leadersMeeting`). */
  readonly meeting: readonly string[];
  strike: string[] | undefined;
  target: string[] | undefined;
  concert: string | undefined;
  launch: string | undefined;
  result: string | undefined;
  signals: readonly string[];
  collapse: string[] | undefined;
  leader: [string, number] | undefined;
  seizure: string[] | undefined;
  protest: string | undefined;
  pressCurb: string | undefined;
  review: [number, string] | undefined;
  partSold: string | undefined;
  jobCuts: [string, number] | undefined;
  clubSold: string | undefined;
}

const NO_WORDS: readonly string[] = [];

function noStoryEvidence(meeting: readonly string[]): StoryEvidence {
  return {
    meeting,
    strike: undefined,
    target: undefined,
    concert: undefined,
    launch: undefined,
    result: undefined,
    signals: NO_WORDS,
    collapse: undefined,
    leader: undefined,
    seizure: undefined,
    protest: undefined,
    pressCurb: undefined,
    review: undefined,
    partSold: undefined,
    jobCuts: undefined,
    clubSold: undefined,
  };
}

/**
 * Adds each matched word's weight to the nodes it names; returns the gains of words whose sense is not settled yet:
 * [entry, sense, node, weighted gain, gain].
 */
function weighWords(s: Scoring): PendingGain[] | undefined {
  const { raw, strongest } = s;
  let pending: PendingGain[] | undefined;
  for (const [entry, h] of s.hits) {
    const weight = weightOfHits(h);
    const { gains } = entry;
    const senses = sensesOf(entry);
    for (let k = 0; k < gains.length; k += 2) {
      const node = gains[k] ?? 0;
      const gain = gains[k + 1] ?? 0;
      const sense = senses && senseUnder(senses, node);
      if (sense) {
        pending ??= [];
        pending.push([entry, sense, node, weight * gain, gain]);
        continue;
      }
      raw[node] = (raw[node] ?? 0) + weight * gain;
      if (gain > (strongest[node] ?? 0)) strongest[node] = gain;
    }
  }
  return pending;
}

/** Raises `node` by `weight` as one clear word of it. */
function raiseAsClearWord(s: Scoring, node: number, weight: number): void {
  boost(s.raw, nodes, node, weight);
  s.strongest[node] = Math.max(s.strongest[node] ?? 0, weight);
}

/** The events told before the words' senses are settled, so the words they hold take their sense. */
function raiseEventsBeforeSenses(
  s: Scoring,
  pending: PendingGain[] | undefined,
  evidence: StoryEvidence,
): void {
  const { doc, entities, lead } = s;
  // Before the senses are settled: an attack's "strikes" then leave labour.
  evidence.strike = applyMilitaryStrike(doc, pending, s.raw, nodes, s.strongest, ARMED_CONFLICT, entities);
  // An attack on energy or on a city told in the headline or the lead (target-attack.ts): a clear word of war, before
  // the senses, so its "strikes" and drones leave labour and technology; raised above its setting below.
  evidence.target = lead >= 0 || doc.title.text !== '' ? attackOnTarget(doc, entities, lead) : undefined;
  if (evidence.target && !evidence.strike) raiseAsClearWord(s, ARMED_CONFLICT, TARGET_ATTACK_WEIGHT);
  // A concert told by its nights, shows or tour (concert-told.ts): a clear word of music before the senses, so the
  // grounds and stadiums it was played at yield to it.
  evidence.concert = MUSIC >= 0 ? concertTold(doc) : undefined;
  if (evidence.concert) raiseAsClearWord(s, MUSIC, CONCERT_WEIGHT);
  // Drones launched by the wave (drones.ts): "Russia launched 600 drones overnight" is war, one clear word of it.
  evidence.launch = !evidence.strike && !evidence.target ? dronesLaunched(doc) : undefined;
  if (evidence.launch) raiseAsClearWord(s, ARMED_CONFLICT, DRONES_LAUNCHED_WEIGHT);
}

/** Whether a story fact that settles a word's sense holds, read once per story. */
function cueHolds(s: Scoring, cue: SenseCue): boolean {
  let holds = s.cues.get(cue);
  if (holds === undefined) {
    holds = senseCueHolds(cue, s.doc, s.entities, s.countries, s.naturalDeaths);
    s.cues.set(cue, holds);
  }
  return holds;
}

function usableSense(s: Scoring, sense: Sense): boolean {
  return sense.onlyWhen === undefined || cueHolds(s, sense.onlyWhen);
}

/**
 * Gives the words in doubt their weight where the story keeps their sense; the others' nodes and phrases go to
 * `s.offSense`.
 */
function settleSenses(s: Scoring, pending: PendingGain[] | undefined): void {
  const { raw, strongest } = s;
  const usable = (sense: Sense) => usableSense(s, sense);
  // A desk told only through words in doubt: they vouch for one another.
  const vouched = pending && vouchedInDoubt(pending, raw, usable);
  // Words a sport's disciplines share (senses.ts `undecided`) are weighed last, once the story's other words in doubt
  // ("aces", "served") have settled on their desks: "Top seed Sinner served 12 aces" keeps tennis for its seed.
  const settled = pending && [
    ...pending.filter((p) => !p[1].undecided),
    ...pending.filter((p) => p[1].undecided),
  ];
  for (const [entry, sense, node, weighted, gain] of settled ?? []) {
    if (
      !usable(sense) ||
      (!vouched?.get(sense)?.has(entry) &&
        leansToRival(raw, sense, 0, false, strongest) &&
        // A fact of the story keeps the sense against every rival, or those the row names (`keptAgainst`).
        !(sense.keptBy && cueHolds(s, sense.keptBy) && !leansToRival(raw, sense, 0, true, strongest)))
    ) {
      // By node, then phrase: a key string made per pair was hashed again at every look-up.
      s.offSense ??= new Map();
      let phrases = s.offSense.get(node);
      if (!phrases) {
        phrases = new Set();
        s.offSense.set(node, phrases);
      }
      phrases.add(entry.phrase);
      continue;
    }
    raw[node] = (raw[node] ?? 0) + weighted;
    if (gain > (strongest[node] ?? 0)) strongest[node] = gain;
  }
}

/**
 * A match result told with its sides (team-results.ts): a word of sport where the story's own words do not already
 * lead with sport by at least as much. Where they do, its weight would only raise sport's top level above its
 * discipline and thin the discipline's score (read46 on bd2a3b24: soccer .676 -> .653 in "Celtic beat Rangers 3-0").
 * Returns the result raised, its evidence.
 */
function raiseMatchResult(s: Scoring, story: StoryToMatch, resultCount: number): string | undefined {
  const { raw } = s;
  const result =
    resultCount > 0 &&
    SPORT_TOP >= 0 &&
    !((raw[SPORT_TOP] ?? 0) >= RESULT_WEIGHT && leadsTopLevels(raw, SPORT_TOP))
      ? (story.titleResults[0] ?? story.bodyResults[0])?.result
      : undefined;
  if (result !== undefined) {
    boost(raw, nodes, SPORT_TOP, RESULT_WEIGHT * damp(resultCount));
    s.strongest[SPORT_TOP] = Math.max(s.strongest[SPORT_TOP] ?? 0, RESULT_WEIGHT);
  }
  return result;
}

/** Deaths of a disaster and of a collapse: the disaster or the accident before its setting. */
function raiseDisasters(s: Scoring, evidence: StoryEvidence): void {
  const { doc, lead, raw, naturalDeaths } = s;
  applyDeadlyDisaster(
    raw,
    nodes,
    DISASTER,
    naturalDeaths ? NO_RIVALS : DEATH_RIVALS,
    s.hits,
    s.offSense,
    () => vehicleCrashInLead(doc, lead) || naturalStrikeInTitle(doc.title.text),
    naturalDeaths && deathsFromDisaster(doc.title.text),
  );
  // A structure or a vehicle that gave way and killed, told in the lead: an accident before its setting.
  evidence.collapse = deadlyCollapseInLead(doc, lead);
  if (evidence.collapse) {
    raiseAsClearWord(s, ACCIDENT, COLLAPSE_WEIGHT);
    raiseAboveSetting(raw, nodes, ACCIDENT, DEATH_RIVALS);
  }
}

/** Rulers, crimes, attacks, outbreaks and cyberattacks the headline or the lead tells. */
function raiseCrimeAndConflict(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest, hits, offSense } = s;
  if (HEADS_OF_STATE >= 0 && headOfStateInTitle(doc.title.text, entities)) {
    boost(raw, nodes, HEADS_OF_STATE, HEAD_OF_STATE_WEIGHT * damp(TITLE_WEIGHT));
    strongest[HEADS_OF_STATE] = Math.max(strongest[HEADS_OF_STATE] ?? 0, HEAD_OF_STATE_WEIGHT);
  } else if (HEADS_OF_STATE >= 0 && headOfStateInLead(doc, lead, entities)) {
    // The office "of" the country in the lead (an obituary's, a profile's): once, as a body word.
    raiseAsClearWord(s, HEADS_OF_STATE, HEAD_OF_STATE_WEIGHT);
  }
  // Hong Kong's or Macau's Chief Executive or Executive Council (territory-leaders.ts): no firm's chief, the matcher
  // skipped the words; the territory's head of government and cabinet, words of government (topics43).
  evidence.leader = territoryLeaderEvidence(doc, entities);
  if (GOVERNMENT >= 0 && evidence.leader) {
    boost(raw, nodes, GOVERNMENT, TERRITORY_LEADER_WEIGHT * damp(evidence.leader[1]));
    strongest[GOVERNMENT] = Math.max(strongest[GOVERNMENT] ?? 0, TERRITORY_LEADER_WEIGHT);
  }
  applyViolentCrime(raw, nodes, CRIME_TOP, CRIME, VIOLENT, NOT_A_SETTING, hits, offSense);
  // An armed attack in the lead (and the headline): war before the port, the pipeline or the oil field.
  // Under a natural disaster's deaths in the headline, the rebels' attacks beside it are its setting.
  const attackRivals = s.naturalDeaths ? NATURAL_ATTACK_RIVALS : ATTACK_RIVALS;
  applyArmedAttack(doc, lead, raw, nodes, CONFLICT_TOP, UNREST, attackRivals, hits, offSense);
  if (evidence.target) raiseAboveSetting(raw, nodes, ARMED_CONFLICT, attackRivals);
  // A disease outbreak in the headline: health before the ministers, the war and the emergency's disaster.
  applyOutbreak(doc.title.text, raw, nodes, COMMUNICABLE_DISEASE, EPIDEMIC, hits, offSense);
  applyTheftEvent(raw, nodes, CRIME_TOP, THEFT, NOT_A_SETTING, hits, offSense);
  // A cyberattack in the headline that the lead tells of: crime before the victim's business or IT.
  if (
    (strongest[CYBER_CRIME] ?? 0) >= MIN_STRONGEST_SUB &&
    !leadsTopLevels(raw, CRIME_TOP) &&
    cyberattackInTitleAndLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, CYBER_CRIME, NOT_A_SETTING);
}

/**
 * A walkout in the headline that the lead tells of, a labour strike's clear word in the story.
 * Warplanes' strikes are no walkout, whoever walked out beside them.
 */
function walkoutTold(s: Scoring, evidence: StoryEvidence): boolean {
  return (
    (s.strongest[LABOUR_STRIKE] ?? 0) >= MIN_STRONGEST_SUB &&
    !evidence.strike &&
    walkoutInTitleAndLead(s.doc, s.lead)
  );
}

/** Walkouts and strikes, a company's results and share moves told as the story's news. */
function raiseLabourAndMarkets(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A walkout in the headline that the lead tells of, where politics leads: labour before the ministers.
  // topics55: so too where the public service it stops leads (a doctors', nurses' or teachers' walkout: health or
  // education is the strike's setting, labour its news).
  if (
    (leadsTopLevels(raw, POLITICS) ||
      leadsTopLevels(raw, HEALTH_TOP) ||
      leadsTopLevels(raw, EDUCATION_TOP)) &&
    walkoutTold(s, evidence)
  )
    raiseAboveSetting(raw, nodes, LABOUR_STRIKE, NOT_A_SETTING);
  // A general strike in the headline that the lead tells with its unions: labour before the business it stops.
  else if (
    (strongest[LABOUR_STRIKE] ?? 0) >= MIN_STRONGEST_SUB &&
    !evidence.strike &&
    generalStrikeInTitleAndLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, LABOUR_STRIKE, NOT_A_SETTING);
  // A company's results in the headline and the lead: business before the products' own desk.
  // (A studio's takings from a film are the film's news.)
  applyEarningsReport(
    raw,
    nodes,
    EARNINGS,
    ECONOMY_TOP,
    EARNINGS_RIVALS,
    s.hits,
    s.offSense,
    () => firmInTitleOrLead(doc, entities, lead) && !filmTakings(doc, lead),
  );
  // A share move told as the story's news (shares-traded.ts): the market before the war, the budget or the trial that
  // moved it. Crime keeps its own weight (shares that fell on a fraud charge).
  if (
    STOCKS >= 0 &&
    (raw[STOCKS] ?? 0) > 0 &&
    strongestTopLevel(raw, nodes, (i) => i === ECONOMY_TOP) >= (raw[ECONOMY_TOP] ?? 0) &&
    shareMoveTold(doc, lead)
  )
    raiseAboveSetting(raw, nodes, STOCKS, [CRIME_TOP]);
}

/** A ship seized, leaders meeting, a state joining a bloc or protesting, a news outlet curbed, in the headline. */
function raiseSecurityAndDiplomacy(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, raw, strongest } = s;
  // An armed force taking a ship in the headline: a security story before the cargo's business.
  evidence.seizure = armedSeizureInTitle(doc);
  if (evidence.seizure) {
    raiseAboveSetting(raw, nodes, ARMED_CONFLICT, SEIZURE_RIVALS);
    strongest[ARMED_CONFLICT] = Math.max(strongest[ARMED_CONFLICT] ?? 0, MIN_STRONGEST_SUB);
  }
  // Leaders who meet or call in the headline: diplomacy before the trade or the crime they discussed.
  // A state visit in the headline likewise (topics26).
  if (
    (evidence.meeting.length && leadersMeetInTitle(doc, entities)) ||
    ((strongest[RELATIONS] ?? 0) >= MIN_STRONGEST_SUB && stateVisitInTitle(doc.title.text))
  )
    raiseAboveSetting(raw, nodes, RELATIONS, NOT_A_SETTING);
  // A state that joins a bloc in the headline: the international body first (review33 T4).
  if (
    (strongest[INTERNATIONAL_BODY] ?? 0) >= MIN_STRONGEST_SUB &&
    membershipInTitle(doc.title.text, entities)
  )
    raiseAboveSetting(raw, nodes, INTERNATIONAL_BODY, NOT_A_SETTING);
  // A state's protest to another in the headline (its word skipped as a street protest): diplomacy first.
  const protest = protestInTitle(doc.title.text, entities, false, doc.body.text);
  evidence.protest = protest && doc.title.text.slice(protest[0], protest[1]);
  if (evidence.protest) {
    raiseAsClearWord(s, DIPLOMACY, PROTEST_WEIGHT);
    // A protest against another state's tariffs or duties is a trade dispute too: not put above the economy.
    raiseAboveSetting(
      raw,
      nodes,
      DIPLOMACY,
      (strongest[TRADE] ?? 0) >= MIN_STRONGEST_SUB ? [...NOT_A_SETTING, ECONOMY_TOP] : NOT_A_SETTING,
    );
  }

  // A news outlet suspended, banned or shut in the headline: freedom of the press before the junta's or the
  // war's words (press-curbs.ts).
  evidence.pressCurb = FREEDOM_OF_PRESS >= 0 ? pressCurbInTitle(doc.title.text) : undefined;
  if (evidence.pressCurb) {
    raiseAsClearWord(s, FREEDOM_OF_PRESS, PRESS_CURB_WEIGHT);
    raiseAboveSetting(raw, nodes, FREEDOM_OF_PRESS, []);
  }
}

/**
 * What the headline (or the lead) names before the desk of its setting: a review, a video game, a crime, climate
 * talks, sanctions, a contract, a competition case, a turkey's pardon, a Nobel prize.
 */
function raiseSubjectsInTitle(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A critic's review labelled in the headline: the art reviewed before its subject (review-label.ts), where the
  // story has words of that desk.
  evidence.review = reviewLabelled(doc.title.text, raw, strongest);
  // A video game the headline's or the lead's subject, told with a word of video games, in a story its sport's words
  // lead ("Sales of computer games rose …, helped by demand for football titles"): technology before the sport the
  // game plays, as a game review is (video-game-told.ts, wild51 W21).
  if (
    INFORMATION_TECHNOLOGY >= 0 &&
    (strongest[VIDEO_GAME] ?? 0) >= MIN_STRONGEST_SUB &&
    leadsTopLevels(raw, SPORT_TOP) &&
    videoGameInTitleOrLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, INFORMATION_TECHNOLOGY, NOT_A_SETTING);

  // Arrests after a crime the headline names: filed under the crime before the police.
  crimeBeforeArrests(raw, nodes, CRIME_TOP, CRIME, LAW_ENFORCEMENT, s.hits, s.offSense, doc.title.text);
  // The climate talks in the headline: climate change before the diplomacy and the fuels they discuss.
  if ((strongest[CLIMATE_CHANGE] ?? 0) >= MIN_STRONGEST_SUB && climateTalksInTitle(doc.title.text))
    raiseAboveSetting(raw, nodes, CLIMATE_CHANGE, NOT_A_SETTING);
  // Sanctions in the headline of a story business leads (the oil, banks and gas they hit): international
  // relations first, as a desk files them; a trade war's punitive tariffs stay trade (topics26).
  if (
    (strongest[SANCTION] ?? 0) >= MIN_STRONGEST_SUB &&
    (strongest[TARIFF] ?? 0) < SANCTIONS_TARIFF_WORD &&
    (strongest[TRADE_DISPUTE] ?? 0) < SANCTIONS_TARIFF_WORD &&
    leadsTopLevels(raw, ECONOMY_TOP) &&
    sanctionsInTitle(doc.title.text)
  )
    raiseAboveSetting(raw, nodes, SANCTION, NOT_A_SETTING);
  // A firm's contract won in the headline: business before its customer's defence or ministry.
  if (contractWonInTitle(doc.title.text) && firmInTitleOrLead(doc, entities, lead))
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, CONTRACT_RIVALS);
  // A competition regulator's fine or an antitrust case in the headline: business before the desk of the
  // firm's products (apps, films), as a results report is.
  if (PRODUCT_DESKS.some((desk) => leadsTopLevels(raw, desk)) && competitionCaseInTitle(doc, lead)) {
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, NOT_A_SETTING);
    strongest[BUSINESS_INFORMATION] = Math.max(strongest[BUSINESS_INFORMATION] ?? 0, MIN_STRONGEST_SUB);
  } else if (
    leadsTopLevels(raw, POLITICS) &&
    competitionLawInTitleOrLead(doc, lead) &&
    firmInTitleOrLead(doc, entities, lead)
  ) {
    // Competition law in the headline or the lead of a firm's case where politics leads through the regulator
    // (the EU, its "sanctions"): business first, as a business desk files an antitrust case (wild50 T15).
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, NOT_A_SETTING);
    strongest[BUSINESS_INFORMATION] = Math.max(strongest[BUSINESS_INFORMATION] ?? 0, MIN_STRONGEST_SUB);
  }
  // A president's turkey pardon in the headline: human interest (an animal) before the White House's politics.
  if (ANIMAL >= 0 && turkeyPardonInTitle(doc)) {
    raiseAboveSetting(raw, nodes, ANIMAL, NOT_A_SETTING);
    strongest[ANIMAL] = Math.max(strongest[ANIMAL] ?? 0, MIN_STRONGEST_SUB);
  }
  // A Nobel prize in a science in the headline: the science before the uses of the discovery (fuel, water).
  const nobel = nobelScienceInTitle(doc.title.text);
  if (nobel) {
    const field = nobel === 'natural' ? NATURAL_SCIENCE : MEDICAL_RESEARCH;
    raiseAboveSetting(raw, nodes, field, NOT_A_SETTING);
    strongest[field] = Math.max(strongest[field] ?? 0, MIN_STRONGEST_SUB);
  }
}

/** A firm's part sold, a firm or a club bought, jobs cut: the deal or the layoffs. */
function raiseDeals(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A firm's unit, stake or plant sold or bought in the headline or lead, told without a merger word.
  // Or a firm bought with a verb of buying, the firm named and a deal told (firm-bought.ts): that tells business itself.
  evidence.partSold =
    (strongest[DEAL] ?? 0) < PART_SOLD_WEIGHT
      ? (((raw[ECONOMY_TOP] ?? 0) >= MIN_RAW_TOP ? partSoldInTitleOrLead(doc, lead) : undefined) ??
        firmBoughtInTitleOrLead(doc, entities, lead))
      : undefined;
  if (evidence.partSold) {
    for (let n = DEAL; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + PART_SOLD_WEIGHT;
    strongest[DEAL] = PART_SOLD_WEIGHT;
  }
  // Jobs cut with their number ("cut 16,000 jobs", "axe 4,000 administrative roles"): the lexicon's "job cuts".
  // Told where no clear word of the lexicon tells them ("lay off 24,000 workers" is its "lay off" already).
  evidence.jobCuts =
    LAYOFFS >= 0 && (strongest[LAYOFFS] ?? 0) < JOB_CUTS_WEIGHT ? jobCutsTold(doc) : undefined;
  if (evidence.jobCuts) {
    boost(raw, nodes, LAYOFFS, JOB_CUTS_WEIGHT * damp(evidence.jobCuts[1]));
    strongest[LAYOFFS] = Math.max(strongest[LAYOFFS] ?? 0, JOB_CUTS_WEIGHT);
  }
  // A firm's takeover or stake bought in the headline, the firm named there: business before the desk of its
  // products (games, films, chips), as a results report is; a club's, a crime's or a war's deal keeps its
  // desk, and a gamer who buys virtual land in a game is no deal.
  if (
    (strongest[DEAL] ?? 0) >= PART_SOLD_WEIGHT &&
    !leadsTopLevels(raw, ECONOMY_TOP) &&
    dealInTitle(doc.title.text) &&
    firmInTitleOrLead(doc, entities, NO_LEAD)
  )
    raiseAboveSetting(raw, nodes, DEAL, CONTRACT_RIVALS);
  // A sports club changing hands in the headline or the lead (club-ownership.ts): who owns the club is business news,
  // filed under the deal before the club's sport (its name is a clear word of sport).
  evidence.clubSold =
    DEAL >= 0 && SPORT_TOP >= 0 && leadsTopLevels(raw, SPORT_TOP)
      ? clubOwnershipTold(doc, lead, namesAClub)
      : undefined;
  if (evidence.clubSold) {
    if ((strongest[DEAL] ?? 0) < PART_SOLD_WEIGHT) {
      for (let n = DEAL; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + PART_SOLD_WEIGHT;
      strongest[DEAL] = PART_SOLD_WEIGHT;
    }
    raiseAboveSetting(raw, nodes, DEAL, CLUB_SALE_RIVALS);
  }
  // A company bought in the headline: the deal before the target's profit or the shares it moved.
  dealBeforeResults(raw, nodes, strongest, DEAL, doc.title.text);
}

/** A policy told through its domain, a performer in court, an obituary. */
function raisePolicyAndPeople(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A policy told through its domain (the headline or lead names plans, a bill, guidelines): politics first;
  // but a walkout against it told in the headline and lead is the news ("Teachers strike against pension plan /
  // … walked off the job in protest against the president's pension plan": review33 ★T1).
  if (policyTold(raw, nodes) && policyActInTitleOrLead(doc, lead, entities) && !walkoutTold(s, evidence)) {
    raiseAboveSetting(raw, nodes, GOVERNMENT_POLICY, []);
    strongest[GOVERNMENT_POLICY] = Math.max(strongest[GOVERNMENT_POLICY] ?? 0, MIN_STRONGEST_SUB);
  }
  // A performer's arrest, trial or sentence told in the headline or the lead: arts and entertainment before
  // the crime, where the arts weigh at least half as much (the performers' frame moved weight there).
  if (
    leadsTopLevels(raw, CRIME_TOP) &&
    (raw[ARTS_TOP] ?? 0) >= PERFORMER_CASE_SHARE * (raw[CRIME_TOP] ?? 0) &&
    performerInTitleOrLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, ARTS_ENTERTAINMENT, NOT_A_SETTING);
  // An obituary lists human interest, below the desk of the life it tells.
  if (isObituary(doc)) listObituary(raw, nodes, HUMAN_INTEREST, MAX_TOP_LEVELS, MIN_RAW_TOP, MIN_SHARE_TOP);
}

/** How much evidence a node has for the article's length (its words against `scale`), from 0 towards 1. */
function saturationOf(raw: Float64Array, i: number, scale: number): number {
  return 1 - Math.exp(-(raw[i] ?? 0) / scale);
}

/** The topics the weights choose, with their scores and evidence, in the order of `orderTopics`. */
function topicsOf(
  s: Scoring,
  evidence: StoryEvidence,
  words: number,
  framedWeight: readonly [number, string, number][],
): Topic[] {
  const { raw } = s;
  const maxTop = strongestTopLevel(raw, nodes);
  if (maxTop < MIN_RAW_TOP) return [];
  const scale = 3 + words / 250;
  const chosen = chosenNodes(s, maxTop, scale);
  const wordsOf = evidenceFor(chosen, s.hits, framedWeight, s.offSense);
  const roots: string[] = [];
  const topics: Topic[] = [];
  for (const i of chosen) {
    let root = i;
    while ((nodes[root]?.parent ?? -1) >= 0) root = nodes[root]?.parent ?? -1;
    roots.push(nodes[root]?.id ?? '');
    const node = nodes[i] as (typeof nodes)[number];
    const reasons = wordsOf.get(i) ?? [];
    addFactsToEvidence(reasons, i, node, chosen, evidence);
    const score = saturationOf(raw, i, scale) * (0.5 + 0.5 * Math.min(1, (raw[i] ?? 0) / maxTop));
    const topic: Topic = {
      id: node.id,
      label: node.label,
      level: node.level,
      score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    };
    // Set after, not spread into the literal: a spread after other properties is a slow generic copy.
    if (reasons.length) topic.evidence = reasons;
    topics.push(topic);
  }
  return orderTopics(topics, roots);
}

/**
 * The nodes reported, strongest first: up to `MAX_TOP_LEVELS` top levels with a share of the strongest, and up to
 * `MAX_SUBTOPICS` subtopics with one clear word and enough evidence, each with its ancestors.
 */
function chosenNodes(s: Scoring, maxTop: number, scale: number): Set<number> {
  const { raw, strongest } = s;
  const chosen = new Set<number>();
  const ranked: number[] = [];
  for (let i = 0; i < raw.length; i++) if ((raw[i] ?? 0) >= MIN_RAW_TOP) ranked.push(i);
  sortInPlace(ranked, (a, b) => (raw[b] ?? 0) - (raw[a] ?? 0));
  let tops = 0;
  let subs = 0;
  for (let k = 0; k < ranked.length; k++) {
    const i = ranked[k] ?? -1;
    const node = nodes[i];
    if (!node) continue;
    const r = raw[i] ?? 0;
    if (node.level === 1) {
      if (tops < MAX_TOP_LEVELS && r >= MIN_RAW_TOP && r >= MIN_SHARE_TOP * maxTop) {
        chosen.add(i);
        tops++;
      }
    } else if (
      subs < MAX_SUBTOPICS &&
      r >= MIN_RAW_SUB &&
      (strongest[i] ?? 0) >= MIN_STRONGEST_SUB &&
      saturationOf(raw, i, scale) >= MIN_SATURATION_SUB
    ) {
      // Every ancestor comes along, so a subtopic is never listed without its top level.
      for (let n = i; n >= 0; n = nodes[n]?.parent ?? -1) chosen.add(n);
      subs++;
    }
  }
  return chosen;
}

/** Adds each word of `more` not yet in `words`, in order. */
function addNew(words: string[], more: readonly string[] | undefined): void {
  if (more) for (const word of more) if (!words.includes(word)) words.push(word);
}

/** Adds to a topic's words the story facts that raised it or a subtopic under it (a reason beyond words). */
function addFactsToEvidence(
  words: string[],
  i: number,
  node: TopicNode,
  chosen: ReadonlySet<number>,
  evidence: StoryEvidence,
): void {
  const {
    partSold,
    clubSold,
    jobCuts,
    concert,
    meeting,
    collapse,
    leader,
    protest,
    pressCurb,
    review,
    result,
  } = evidence;
  // A reason beyond words given to a subtopic raised its ancestors too: they name it as well.
  if (partSold && isAncestorOrSelf(i, DEAL)) words.push(partSold);
  if (clubSold && isAncestorOrSelf(i, DEAL) && !words.includes(clubSold)) words.push(clubSold);
  if (jobCuts && isAncestorOrSelf(i, LAYOFFS) && !words.includes(jobCuts[0])) words.push(jobCuts[0]);
  if (concert && isAncestorOrSelf(i, MUSIC) && !words.includes(concert)) words.push(concert);
  if (evidence.signals.length) addNew(words, signalWordsFor(i, chosen, evidence.signals));
  // Politics told only through its leaders meeting: the leaders are its evidence.
  if (!words.length && node.id === TOP_LEVEL.politics && meeting.length)
    words.push(`leaders: ${meeting.join(', ')}`);
  else if (i === ARMED_CONFLICT || i === nodes[ARMED_CONFLICT]?.parent) {
    addNew(words, evidence.strike);
    addNew(words, evidence.target);
    addNew(words, evidence.seizure);
    if (evidence.launch && !words.includes(evidence.launch)) words.push(evidence.launch);
  }
  // The collapse raised the accident and its ancestors: its words are theirs (never an empty evidence).
  if (collapse && isAncestorOrSelf(i, ACCIDENT)) addNew(words, collapse);
  if (leader && isAncestorOrSelf(i, GOVERNMENT) && !words.includes(leader[0])) words.push(leader[0]);
  if (protest && isAncestorOrSelf(i, DIPLOMACY) && !words.includes(protest)) words.push(protest);
  if (pressCurb && isAncestorOrSelf(i, FREEDOM_OF_PRESS) && !words.includes(pressCurb)) words.push(pressCurb);
  if (review && isAncestorOrSelf(i, review[0]) && !words.includes(review[1])) words.push(review[1]);
  if (result && i === SPORT_TOP && !words.includes(result)) words.push(result);
}

/**
 * The first title of Hong Kong's or Macau's leader or cabinet the story gives, and how often it gives them (a
 * headline's counting as the lexicon's do), or undefined.
 */
function territoryLeaderEvidence(
  doc: TagDocument,
  entities: readonly Entity[],
): [string, number] | undefined {
  let first: string | undefined;
  let count = 0;
  for (const [field, weight] of [
    [doc.title, TITLE_WEIGHT],
    [doc.body, 1],
  ] as const) {
    for (const [start, end] of territoryLeaderTitles(field.text, entities)) {
      first ??= field.text.slice(start, end);
      count += weight;
    }
  }
  return first === undefined ? undefined : [first, count];
}

/**
 * A review labelled in the headline (review-label.ts) whose desk the story's words name: the subtopic reviewed gets
 * one clear word and is put above every other top level. Returns the node and the label (its evidence).
 */
function reviewLabelled(
  title: string,
  raw: Float64Array,
  strongest: Float64Array,
): [number, string] | undefined {
  const review = reviewInTitle(title);
  const reviewed = review && LEXICON.nodeIndex.get(review.id);
  if (!review || reviewed === undefined) return undefined;
  let top = reviewed;
  while ((nodes[top]?.parent ?? -1) >= 0) top = nodes[top]?.parent ?? -1;
  if ((raw[top] ?? 0) < MIN_RAW_TOP) return undefined;
  // A label that names no art needs one clear word of the arts ("Pixel 10 review" is a phone's).
  if (reviewed === ARTS_ENTERTAINMENT && (strongest[ARTS_ENTERTAINMENT] ?? 0) < MIN_STRONGEST_SUB)
    return undefined;
  // read39: "Review: iPhone 17 Pro's camera is the best yet", "Galaxy S26 review:" — a label that names no art and
  // quotes no work, on a story technology leads, reviews a product (its camera, screen and games are no arts).
  if (
    reviewed === ARTS_ENTERTAINMENT &&
    !review.quoted &&
    (raw[SCIENCE_AND_TECHNOLOGY] ?? 0) >= (raw[top] ?? 0)
  )
    return undefined;
  boost(raw, nodes, reviewed, REVIEW_WEIGHT);
  strongest[reviewed] = Math.max(strongest[reviewed] ?? 0, REVIEW_WEIGHT);
  raiseAboveSetting(raw, nodes, reviewed, []);
  return [reviewed, review.label];
}

/**
 * Whether a name's span gives way to one of the `replacing` spans: a body's name to any it overlaps, another name to
 * one that holds it. The spans are sorted once and each name asks only those starting before its end whose running
 * maximum end passes its start: a page of a thousand results in one line asked every side for every name.
 */
function replacedBy(
  replacing: readonly (readonly [number, number])[],
): (start: number, end: number, body: boolean) => boolean {
  const sorted = [...replacing].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  let furthest = -1;
  for (const [, end] of sorted) {
    furthest = Math.max(furthest, end);
    reach.push(furthest);
  }
  return (start, end, body) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && reach[j]! > start; j--) {
      const [rs, re] = sorted[j]!;
      if (start < re && end > rs && (body || (start >= rs && end <= re))) return true;
    }
    return false;
  };
}

/**
 * The sides of match results whose names the lexicon gives no word of sport: the matcher skips them (a team's
 * "Senators", "Jazz" or "Avalanche" is no senate, music or snow), while "Rangers" or "Manchester United" keep their
 * word of sport.
 */
function otherSenseSides(results: readonly TeamResult[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const { sides } of results)
    for (const [start, end] of sides) if (!namesSport(text.slice(start, end))) spans.push([start, end]);
  return spans;
}

/** What ends a name's first word. */
const SPACE = /\s/;

/** Whether a lexicon phrase that opens with the name's first word counts for sport. */
function namesSport(name: string): boolean {
  const first = name.split(SPACE, 1)[0] ?? '';
  for (const entry of LEXICON.index.get(wordKey(first)) ?? [])
    for (let k = 0; k < entry.gains.length; k += 2) if (entry.gains[k] === SPORT_TOP) return true;
  return false;
}

/** The top level `top` weighs at least as much as every other top level. */
function leadsTopLevels(raw: Float64Array, top: number): boolean {
  return strongestTopLevel(raw, nodes) <= (raw[top] ?? 0);
}

/** Whether `node` is `of` or one of its ancestors (a node's chain is short: a top level is at most four up). */
function isAncestorOrSelf(node: number, of: number): boolean {
  for (let n = of; n >= 0; n = nodes[n]?.parent ?? -1) if (n === node) return true;
  return false;
}

/**
 * The lines of the country and leaders signals a node shows: international relations and trade all of them,
 * as before; their ancestors (politics, economy) the lines that raised the listed subtopic under them — the
 * leaders and countries under politics, the countries under economy.
 */
function signalWordsFor(i: number, chosen: ReadonlySet<number>, lines: readonly string[]): readonly string[] {
  if (i === RELATIONS || i === TRADE) return lines;
  if (chosen.has(RELATIONS) && isAncestorOrSelf(i, RELATIONS)) return lines;
  if (chosen.has(TRADE) && isAncestorOrSelf(i, TRADE))
    return lines.filter((l) => l.startsWith('countries: '));
  return [];
}

/**
 * One of the desks a policy is told through (crime, schools, health…) leads, and politics weighs at least
 * `POLICY_SHARE` of it: the story has its ministers, party or parliament, not a passing official.
 */
function policyTold(raw: Float64Array, nodes: readonly TopicNode[]): boolean {
  let leader = -1;
  for (const i of topLevelsOf(nodes)) if (leader < 0 || (raw[i] ?? 0) > (raw[leader] ?? 0)) leader = i;
  return POLICY_DOMAINS.includes(leader) && (raw[POLITICS] ?? 0) >= POLICY_SHARE * (raw[leader] ?? 0);
}

/**
 * An actor whose sense the story did not take ("defense" in a murder trial is the defence counsel, "Nvidia"
 * in a fund's results a share) frames nothing: where the article has such an actor, it is matched again
 * with those actors masked out, and the framed counts of that pass replace the first pass's. Only such
 * articles pay the second pass. An actor is masked only for the frames whose target lies under a top level
 * it lost its sense in: drones that are no technology in a war story still frame the refinery they struck as
 * war news (topics41).
 */
function reframeWithoutOffSenseActors(
  hits: Map<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>>,
  actorMask: ActorMasks,
  matchAll: (into: Map<LexiconEntry, PhraseHits>, masks: ActorMasks) => unknown,
): void {
  // Per off-sense actor, the actor bits of the frames it no longer frames.
  let offActors: Map<LexiconEntry, number> | undefined;
  for (const entry of hits.keys()) {
    const bits = (actorMask.get(entry) ?? 0) & ACTOR_BITS;
    if (!bits) continue;
    let off = 0;
    for (const [node, phrases] of offSense)
      if (phrases.has(entry.phrase)) off |= framesUnder(topLevelOf(node)) & bits;
    if (off) {
      offActors ??= new Map();
      offActors.set(entry, off);
    }
  }
  if (!offActors) return;
  const skip = offActors;
  const again = new Map<LexiconEntry, PhraseHits>();
  matchAll(again, {
    get: (entry) => {
      const mask = actorMask.get(entry);
      // An off-sense actor keeps its blocker bits and the frames of the senses it kept.
      const off = skip.get(entry);
      return mask !== undefined && off ? mask & ~off || undefined : mask;
    },
  });
  for (const [entry, h] of hits) {
    const framed = again.get(entry)?.framed;
    if (framed) h.framed = framed;
    else delete h.framed;
  }
}

/** A node's top level. */
function topLevelOf(node: number): number {
  let top = node;
  while ((nodes[top]?.parent ?? -1) >= 0) top = nodes[top]?.parent ?? -1;
  return top;
}

/** Actor bits of the frames whose target lies under `top`. */
function framesUnder(top: number): number {
  let bits = 0;
  FRAMES.targetTops.forEach((t, f) => {
    if (t === top) bits |= 1 << f;
  });
  return bits;
}

/** One phrase's strongest contribution to a node, and the order in which that contribution came. */
interface Contribution {
  readonly surface: string;
  weight: number;
  order: number;
}

/**
 * Per node, the contributions found so far (a node's phrases are few: a list searched in order beats a
 * Map per node), reused by every call and emptied for the nodes the last call touched.
 */
const CONTRIBUTIONS: (Contribution[] | undefined)[] = new Array(nodes.length).fill(undefined);

const byStrength = (a: Contribution, b: Contribution): number =>
  b.weight - a.weight || compareText(a.surface, b.surface) || a.order - b.order;

/** Whether `node` is among the first `count` nodes given evidence (those of the topics' own words). */
function hasOwnWords(node: number, touched: readonly number[], count: number): boolean {
  for (let i = 0; i < count; i++) if (touched[i] === node) return true;
  return false;
}

/**
 * For each chosen node, the phrases that added most to it, strongest first (equal weights in collation
 * order, then in the order they came). Each phrase is listed once, at its strongest contribution.
 */
function evidenceFor(
  chosen: ReadonlySet<number>,
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  framedWeight: readonly [number, string, number][],
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): Map<number, string[]> {
  // Per node, each surface once: sorting every contribution and dropping repeats afterwards gave the same
  // list for several times the work.
  const found = CONTRIBUTIONS;
  const touched: number[] = [];
  let order = 0;
  const add = (node: number, surface: string, weight: number) => {
    let list = found[node];
    if (list === undefined) {
      list = [];
      found[node] = list;
      touched.push(node);
    }
    let known: Contribution | undefined;
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Contribution;
      if (c.surface === surface) {
        known = c;
        break;
      }
    }
    if (!known) list.push({ surface, weight, order: order++ });
    else if (weight > known.weight) {
      known.weight = weight;
      known.order = order++;
    } else order++;
  };
  for (const [entry, h] of hits) {
    const { gains } = entry;
    let weight: number | undefined;
    for (let k = 0; k < gains.length; k += 2) {
      const node = gains[k] ?? -1;
      const gain = gains[k + 1] ?? 0;
      // A phrase of weight 0 ("his family said") only keeps its words from being read alone.
      if (gain === 0 || !chosen.has(node) || offSense?.get(node)?.has(entry.phrase)) continue;
      weight ??= weightOfHits(h);
      add(node, h.surface, weight * gain);
    }
  }
  // wild39a ★6: the evidence is read as the topic's reason, so a frame's moved words are listed only where the
  // topic has no word of its own: "tariffs", "analysts" and "cost" said of Apple moved weight to information
  // technology, but its reasons are "iPhone" and "Apple". A topic a frame alone raised (government policy
  // told through a minister's crime words) shows the moved words. Its ancestors were raised by the same
  // words, and show them on the same terms.
  const ownWords = touched.length;
  for (const [target, surface, weight] of framedWeight)
    for (let n = target; n >= 0; n = nodes[n]?.parent ?? -1)
      if (chosen.has(n) && !hasOwnWords(n, touched, ownWords)) add(n, surface, weight);
  const evidence = new Map<number, string[]>();
  for (const node of touched) {
    const list = found[node] as Contribution[];
    found[node] = undefined;
    if (list.length > 1) sortInPlace(list, byStrength);
    const words: string[] = [];
    for (let i = 0; i < list.length && i < MAX_EVIDENCE; i++) words.push((list[i] as Contribution).surface);
    evidence.set(node, words);
  }
  return evidence;
}
