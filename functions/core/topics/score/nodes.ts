// The topic tree's nodes that the scoring steps raise or compare, by index into the lexicon's nodes (-1 where the
// tree lacks one), and the lists of desks a step puts a topic above or leaves alone. One name per node.
import { TOP_LEVEL } from '../taxonomy.js';
import { LEXICON } from './lexicon.js';

const nodeOf = (id: string): number => LEXICON.nodeIndex.get(id) ?? -1;

// Top levels.
export const ARTS_TOP = nodeOf(TOP_LEVEL.arts);
export const CONFLICT_TOP = nodeOf(TOP_LEVEL.conflict);
export const CRIME_TOP = nodeOf(TOP_LEVEL.crime);
export const DISASTER_TOP = nodeOf(TOP_LEVEL.disaster);
export const ECONOMY_TOP = nodeOf(TOP_LEVEL.economy);
export const EDUCATION_TOP = nodeOf(TOP_LEVEL.education);
export const HEALTH_TOP = nodeOf(TOP_LEVEL.health);
export const HUMAN_INTEREST = nodeOf(TOP_LEVEL.humanInterest);
export const POLITICS_TOP = nodeOf(TOP_LEVEL.politics);
export const SCIENCE_TOP = nodeOf(TOP_LEVEL.science);
export const SPORT_TOP = nodeOf(TOP_LEVEL.sport);

// War and crime.
export const ARMED_CONFLICT = nodeOf('medtop:20000056');
export const UNREST = nodeOf('medtop:20000065');
export const CRIME = nodeOf('medtop:20000082');
export const CYBER_CRIME = nodeOf('medtop:20000086');
export const THEFT = nodeOf('medtop:20000104');
export const LAW_ENFORCEMENT = nodeOf('medtop:20000129');
/** Homicide and assault: words of an attack on people (signals.ts `applyViolentCrime`). */
export const VIOLENT = [nodeOf('medtop:20000099'), nodeOf('medtop:20000084')];
export const ACCIDENT = nodeOf('medtop:20000139');
export const INDUSTRIAL_ACCIDENT = nodeOf('medtop:20000141');
/** Fire, under disaster (a deadly fire in the lead is one clear word of it: deadly-fire.ts). */
export const FIRE = nodeOf('medtop:20000150');

// Politics and diplomacy.
export const GOVERNMENT = nodeOf('medtop:20000593');
export const HEADS_OF_STATE = nodeOf('medtop:20000610');
export const GOVERNMENT_POLICY = nodeOf('medtop:20000621');
export const FREEDOM_OF_PRESS = nodeOf('medtop:20000591');
export const RELATIONS = nodeOf('medtop:20000638');
export const DIPLOMACY = nodeOf('medtop:20000639');
export const SANCTION = nodeOf('medtop:20000642');
export const INTERNATIONAL_BODY = nodeOf('medtop:20000644');

// Business, markets and labour.
export const BUSINESS_INFORMATION = nodeOf('medtop:20000170');
export const EARNINGS = nodeOf('medtop:20000178');
/** Layoffs and downsizing: jobs cut with their number (job-cuts.ts). */
export const LAYOFFS = nodeOf('medtop:20000189');
export const DEAL = nodeOf('medtop:20000204');
/** The financial and business services node (banking and insurance under it). */
export const FINANCIAL_SERVICE = nodeOf('medtop:20000271');
export const TRADE = nodeOf('medtop:20000373');
export const TRADE_DISPUTE = nodeOf('medtop:20000376');
export const TARIFF = nodeOf('medtop:20000384');
export const STOCKS = nodeOf('medtop:20000396');
export const LABOUR_STRIKE = nodeOf('medtop:20000530');

// Health, science, the arts and the rest.
export const COMMUNICABLE_DISEASE = nodeOf('medtop:20000448');
export const EPIDEMIC = nodeOf('medtop:20000449');
export const CLIMATE_CHANGE = nodeOf('medtop:20000418');
export const ANIMAL = nodeOf('medtop:20000500');
export const NATURAL_SCIENCE = nodeOf('medtop:20000717');
export const MEDICAL_RESEARCH = nodeOf('medtop:20000737');
export const INFORMATION_TECHNOLOGY = nodeOf('medtop:20000763');
export const VIDEO_GAME = nodeOf('medtop:20000548');
/** Arts and entertainment (20000002), the performers' frame's target. */
export const ARTS_ENTERTAINMENT = nodeOf('medtop:20000002');
/** Music: a concert told by its nights, shows or tour (concert-told.ts) is one clear word of it. */
export const MUSIC = nodeOf('medtop:20000018');
/** Badminton, which its games' scores name (rally-games.ts). */
export const BADMINTON = nodeOf('medtop:20000847');

/**
 * War is no setting: it reads shootings and killings its own way, and leaders who talk during a war are
 * not put above it either.
 */
export const NOT_A_SETTING = [CONFLICT_TOP];
/** Top levels that read deaths their own way: a deadly disaster is not put above them (signals.ts). */
export const DEATH_RIVALS = [CONFLICT_TOP, CRIME_TOP];
/** A natural disaster's deaths in the headline (natural-deaths.ts): war and crime are its setting, no rivals. */
export const NO_RIVALS: readonly number[] = [];
/** Crime reads gunmen and pirates its own way: an attack is not put above it. */
export const ATTACK_RIVALS = [CRIME_TOP];
export const NATURAL_ATTACK_RIVALS = [...ATTACK_RIVALS, DISASTER_TOP];
/** Top levels that read a results report's words their own way (an accounts fraud, a militia's profits). */
export const EARNINGS_RIVALS = [CRIME_TOP, CONFLICT_TOP];
/** Desks that read a contract their own way: a player's, a contract fraud, an arms deal in a war. */
export const CONTRACT_RIVALS = [SPORT_TOP, CRIME_TOP, CONFLICT_TOP];
/** A club changing hands is put above sport, not above crime or war (a club sold by a fraudster keeps its crime). */
export const CLUB_SALE_RIVALS = [CRIME_TOP, CONFLICT_TOP];
/** Desks that read a ship's seizure their own way: a diplomatic row, a drug bust. */
export const SEIZURE_RIVALS = [POLITICS_TOP, CRIME_TOP];
/** The desks of the products an antitrust case is about: apps and chips, films and television. */
export const PRODUCT_DESKS = [SCIENCE_TOP, ARTS_TOP];
/** The desks a government policy is told through (frames.ts, the 'government policy' frame's subjects). */
export const POLICY_DOMAINS = [
  TOP_LEVEL.crime,
  TOP_LEVEL.education,
  TOP_LEVEL.environment,
  TOP_LEVEL.health,
  TOP_LEVEL.labour,
  TOP_LEVEL.society,
].map(nodeOf);
/** Desks whose words name what a body does: a firm's line of business ("Software", "Robotics"), a sport ("Cycling"). */
export const LINES_OF_WORK = [ECONOMY_TOP, SCIENCE_TOP, SPORT_TOP];
