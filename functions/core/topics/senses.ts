import { GOVERNING_MOVEMENTS } from './armed-words.js';
import { type CompiledLexicon, type LexiconEntry, wordKey } from './compile.js';
import { RACE_CLIMBS } from './race-climbs.js';
import { TOP_LEVEL } from './taxonomy.js';

/**
 * Words whose sense follows the story. Each row: lexicon phrases (as written there), the topic whose
 * gains they give only in their sense, and the rival topics: when the rest of the article leans to a
 * rival more than to `topic`, the phrase gives nothing under `topic` (and is no evidence there).
 */
interface SenseRow {
  readonly words: readonly string[];
  readonly topic: string;
  readonly rivals: readonly string[];
  /** How many times `topic`'s weight a rival needs to take the words. @default 1 */
  readonly margin?: number;
  /** Per rival, in the order of `rivals`, its own margin (overrides `margin`). */
  readonly rivalMargins?: readonly number[];
  /** A fact of the story under which the words keep their sense whatever the rivals weigh (score.ts). */
  readonly keptBy?: SenseCue;
  /**
   * The rivals `keptBy` outweighs (topics43, read42 smell 5); the others still take the words where they lead.
   * @default every rival
   */
  readonly keptAgainst?: readonly string[];
  /** A fact of the story without which the words give `topic` nothing, whatever the rivals weigh. */
  readonly onlyWhen?: SenseCue;
  /**
   * Top-level rivals that take the words only where they also lead the story, outweighing every top level (topics47b):
   * where the words are the own desk's only ones, a stray word of the rival outweighed nothing ("Hongkong and Shanghai
   * Hotels" soaring on takeover talk lost its hotels to a sport word where business led).
   */
  readonly leading?: readonly string[];
  /**
   * The least lexicon weight one of a rival's own words must have for the rival to take the words (topics47, read47
   * on 09beddb2): a deal "signed" (sport 0.5) by China and Japan is no player's, however often a page repeats it.
   * @default 0
   */
  readonly rivalWordAtLeast?: number;
  /**
   * The words are shared by several disciplines and name none alone (topics48): they keep `topic` only where the
   * rest of the story (or another word in doubt of the same discipline) holds some word of it. A rugby brief's "Grand
   * Slam" with no word of rugby is no tennis either; the sport's top level keeps the words.
   */
  readonly undecided?: boolean;
}

/**
 * Facts of a story that settle a word's sense before the weights do: a head of state or government named
 * by title ("President Javier Milei"), an accusation in court ("accused ... in an indictment"), a news
 * agency that is the headline's subject ("Associated Press news agency cuts 8 percent of staff"), troops
 * that fight in no sentence of the story (a deployment that mentions a war, troops-in-battle.ts), a tiger
 * in a sentence with a wildlife word (poached tiger skins, wild-tigers.ts), a strike in a sentence with
 * workers, a union or pay (walkout-words.ts), an aircraft or a ship named (signals.ts `craftNamed`), a
 * story that is no obituary (obituary.ts), workers who walk out (walkout-words.ts `workersWalkOut`), a walking
 * out that is not out of a meeting (walkout-words.ts `walkoutsFromMeetings`), a bid for a company (company-bid.ts),
 * soldiers who topple a leader (armed-overthrow.ts), a natural disaster's deaths in the headline's subject
 * (natural-deaths.ts), a landslide told beside fallen earth or beside votes (landslide-senses.ts), a toll paid for
 * passage (road-tolls.ts), an election's ballots, candidates or voters (election-told.ts), or a campaign for office (a candidate's
 * campaign, one to lead a party: election-told.ts `campaignOfElection`), no football code but soccer named
 * (other-football-codes.ts) or none, people who stage a rally (people-stage-rally.ts), tariffs that are no utility's
 * prices (utility-tariffs.ts), a chairman who chairs no party or committee (political-chairmen.ts), rain,
 * drought or a storm named (weather-named.ts), an attack of force, not of words (attack-in-words.ts), a managing
 * director who is no public lender's (lender-chiefs.ts), no firm's fiscal year or quarter named as a period
 * (fiscal-period.ts), an armed movement told with deaths (armed-group-deaths.ts), minerals told with what nature
 * stands to lose (nature-at-stake.ts), no disaster or accident in the headline (disaster-in-title.ts), an "elect" told of voters, not of a
 * conclave's or a sports body's electors (electors-not-voters.ts), drones told as machines: their makers, software or
 * batteries, or in a story of no war, and drones told in a story of war or a drone's attack (drones.ts), a rally held in no election story or one with
 * a protest (election-told.ts), a battle whose sentence names armed sides or arms (battles-of-arms.ts), someone on
 * trial or a fraud or murder trial (court-trial.ts), shares that rise or fall (shares-traded.ts), heat that kills
 * people or a number of them (heat-deaths.ts), tourists, travellers or their bookings (tourism-told.ts), a natural
 * hazard or an outbreak named (hazard-named.ts), a vote of confidence held by a legislature or a government
 * (confidence-vote.ts), a climb of the stage races beside a word of the race (race-climbs.ts), an attack beside an
 * arrest, a charge or an assault (attack-arrests.ts), no office-holder's travel or tour (official-trips.ts), no concert told by
 * its nights, shows or tour (concert-told.ts), storms told as weather (weather-storms.ts), a pact ratified, not a
 * union's contract (pacts-ratified.ts), a strike word that is no deal struck (strikes-of-work.ts), a book told by its author, publisher or prize (book-told.ts).
 */
export type SenseCue =
  | 'headOfGovernment'
  | 'indictment'
  | 'agencySubject'
  | 'troopsOutOfBattle'
  | 'wildTiger'
  | 'walkoutWords'
  | 'piracyAtSea'
  | 'piracyOffSea'
  | 'craftNamed'
  | 'notObituary'
  | 'workersWalkOut'
  | 'walkoutFromWork'
  | 'companyBid'
  | 'armedOverthrow'
  | 'electionTold'
  | 'campaignOfElection'
  | 'soccerOnly'
  | 'peopleStageRally'
  | 'tradeTariffs'
  | 'companyChairman'
  | 'weatherNamed'
  | 'attackOfForce'
  | 'companyDirector'
  | 'noFiscalPeriod'
  | 'naturalDeaths'
  | 'landslideOfEarth'
  | 'landslideOfVotes'
  | 'roadToll'
  | 'pactRatified'
  | 'armedGroupDeaths'
  | 'natureAtStake'
  | 'noDisasterInTitle'
  | 'votersElect'
  | 'droneTechnology'
  | 'dronesOfWar'
  | 'protestRally'
  | 'battlesOfArms'
  | 'courtTrial'
  | 'sharesTraded'
  | 'heatKillsPeople'
  | 'tourismTold'
  | 'festivalUntraded'
  | 'golfTold'
  | 'golfUntold'
  | 'warWordsTold'
  | 'hazardNamed'
  | 'confidenceVoteHeld'
  | 'climbRaced'
  | 'attackArrested'
  | 'noOfficialTrip'
  | 'noConcertTold'
  | 'weatherStorms'
  | 'strikesOfWork'
  | 'bookTold';

const {
  arts,
  conflict,
  crime,
  disaster,
  economy,
  education,
  environment,
  health,
  humanInterest,
  labour,
  lifestyle,
  politics,
  religion,
  science,
  society,
  sport,
  weather,
} = TOP_LEVEL;
const OTHER_THAN_SPORT = Object.values(TOP_LEVEL).filter((id) => id !== sport);
const OTHER_THAN_ECONOMY = Object.values(TOP_LEVEL).filter((id) => id !== economy);
const OTHER_THAN_CONFLICT = Object.values(TOP_LEVEL).filter((id) => id !== conflict);
const OTHER_THAN_ARTS = Object.values(TOP_LEVEL).filter((id) => id !== arts);
const OTHER_THAN_LIFESTYLE = Object.values(TOP_LEVEL).filter((id) => id !== lifestyle);
const OTHER_THAN_SCIENCE = Object.values(TOP_LEVEL).filter((id) => id !== science);
/** Desks other than technology, business and the media, which tell their stories through emails and apps. */
const MEDIUM_RIVALS = Object.values(TOP_LEVEL).filter(
  (id) => id !== science && id !== economy && id !== arts,
);
// Sport disciplines (subtopics) that share a word.
const SOCCER = 'medtop:20001065';
const CRICKET = 'medtop:20000888';
const BASEBALL = 'medtop:20000849';
const RUGBY = 'medtop:20001176';
const GOLF = 'medtop:20000940';
const TENNIS = 'medtop:20001085';
const SKIING = 'medtop:20001056';
const ICE_HOCKEY = 'medtop:20000965';
const AMERICAN_FOOTBALL = 'medtop:20000823';
const ELECTION = 'medtop:20000574';
const LEGISLATURE = 'medtop:20000615';
const INTERNATIONAL_BODY = 'medtop:20000644';
const GOVERNMENT_POLICY = 'medtop:20000621';
const MOTOR_RACING = 'medtop:20000991';
const TELEVISION = 'medtop:20000051';
const RADIO = 'medtop:20000050';
const ATHLETICS = 'medtop:20000827';
const HORSE_RACING = 'medtop:20000960';
const CYCLING = 'medtop:20000892';
const BASKETBALL = 'medtop:20000851';
const BOXING = 'medtop:20000856';
const MARTIAL_ARTS = 'medtop:20001157';
const BUSINESS_INFORMATION = 'medtop:20000170';
const MARKETS = 'medtop:20000385';
const ARMED_CONFLICT = 'medtop:20000056';
const COMPUTING = 'medtop:20000763';
const NATURAL_SCIENCE = 'medtop:20000717';
const ACCIDENT = 'medtop:20000139';
/** Disaster (20000148) under the top level, with fire, famine and natural disasters beneath it. */
const DISASTER_EVENT = 'medtop:20000148';
const NATURAL_DISASTER = 'medtop:20000151';
const COUP = 'medtop:20000070';
const ECONOMIC_SANCTION = 'medtop:20000642';
/** Economy (20000344) under the top level, with tariff (20000384) beneath it. */
const ECONOMY_SUBTOPIC = 'medtop:20000344';
const CIVIL_UNREST = 'medtop:20000065';
const DEPORTATION = ['deportation', 'deported', 'deport', 'deporting'];

const ROWS: readonly SenseRow[] = [
  // wild37 ★11: Gaelic football's, Australian rules' and rugby league's "football" and "goals" are no soccer (ahead of
  // the contests' row below, which would take the goals' soccer sense first).
  // fixT48 (wild48 ★2): the NFL's American Football Conference ("the AFC divisional round") is no Asian soccer body.
  {
    words: ['football', 'footballer', 'footballers', 'AFC'],
    topic: SOCCER,
    rivals: [],
    onlyWhen: 'soccerOnly',
  },
  { words: ['goal', 'goals'], topic: SOCCER, rivals: [politics, economy, arts], onlyWhen: 'soccerOnly' },
  // "Strikes" are a walkout in a labour story, attacks in a war story and an asteroid's impact in a science
  // story; troops who "exchanged fire", a minister "under fire" and a coach who was "fired" are no blaze; a
  // strike "in retaliation" for an attack is no trade dispute.
  // An earthquake or a hurricane that "strikes", tragedy that "struck", a striker's "strike" from 20 yards.
  // fixT49 (wild49 T4): a strike told beside its workers, a union or pay ("Lufthansa pilots voted for strikes") is
  // theirs against a stray word of an accident ("pilot"), of science or of the weather; war and sport still take it.
  // topic62 (review62 ★3): and only where some strike word is no deal struck ("close to striking a coalition deal").
  {
    words: ['strike', 'strikes', 'striking'],
    topic: labour,
    onlyWhen: 'strikesOfWork',
    rivals: [conflict, science, disaster, weather, sport],
    keptBy: 'walkoutWords',
    keptAgainst: [science, disaster, weather],
  },
  // fixT49 (wild49 T4): a footballer's "long-range strike" is a shot, no missile's.
  { words: ['long range strike'], topic: conflict, rivals: [sport] },
  // A strike's length and a batter "on strike" are a walkout only where war or sport does not lead: a
  // nine-hour strike on a city is an attack, the batter at the striker's end no picket (read28 F4).
  {
    words: ['on strike', 'hour strike', 'day strike', 'week strike', 'month strike'],
    topic: labour,
    rivals: [conflict, sport],
    keptBy: 'walkoutWords',
  },
  { words: ['fire', 'fires'], topic: disaster, rivals: [conflict, politics, economy, sport] },
  // topic63: a manager "gutted" by a defeat is disappointed, no building gutted by fire, where sport, politics or the
  // arts lead (the lexicon's "=gutted" is that form only: "gut bacteria" are no blaze).
  { words: ['gutted'], topic: disaster, rivals: [sport, politics, arts] },
  // A storm's power cuts, cancelled flights and trains, closed airports, stranded commuters and diverted buses:
  // business news only where the weather or a disaster does not lead.
  {
    words: [
      'power cuts',
      'power outages',
      'blackouts',
      'flights',
      'airports',
      'trains',
      'railway',
      'railways',
      'commuters',
      'commuter',
      'buses',
      'rail',
      'ferry',
      'ferries',
    ],
    topic: economy,
    // A rocket's test "flight" on the science page is no airline business either, nor migrants' routes and
    // deportation flights; nor the trains, ferries and flights of a travel feature (topics41: "three weeks, eight
    // trains and one overnight ferry" to Sicily led with transport business). mendT42 (wild42 item 17): nor the "top
    // flight's television money" of a football story, nor its fans' trains and buses.
    // topics42: nor the bus two missing teenagers took home from a "shopping trip" in a police story (conll-dev: once
    // the trip no longer weighed for travel, the bus gave the story transport business).
    rivals: [weather, disaster, science, society, lifestyle, sport, crime],
  },
  // topics41: a travel feature's ferry is no shipwreck.
  { words: ['ferry', 'ferries'], topic: disaster, rivals: [lifestyle] },
  // topics42 (read41 ★9): a prime minister's "two-day trip" to Washington, "travelling with" his foreign secretary,
  // homeless people and asylum seekers housed in "hostels", "guesthouses" and "B&Bs", a capsized ferry's "scenic trip"
  // from the "old town" harbour: the weak words of a travel feature, which added up to a travel topic beside the
  // story's own desk; travel only where politics, society, a disaster, crime, war, health or business does not lead
  // (a travel feature's own words, "where to stay", "city break", "tourists", keep theirs).
  {
    words: [
      'trip',
      'trips',
      'journey',
      'journeys',
      'travelling',
      'old town',
      'old towns',
      'hostel',
      'hostels',
      'guesthouse',
      'guesthouses',
      'guest house',
      'guest houses',
      'B&B',
      'scenic',
    ],
    topic: lifestyle,
    // topics47b (wild47 ★11): nor where sport leads: a touring side "travelled" to Multan, a squad's "journey" home.
    rivals: [politics, society, disaster, crime, conflict, health, economy, sport],
    leading: [sport],
    // topics43 (read42 ★6): a tourism business's story (bookings, tourists, visitors) keeps its travel beside
    // business; the other rivals still take the words (tourism-told.ts).
    keptBy: 'tourismTold',
    keptAgainst: [economy],
  },
  // topics47b (wild47 ★11): "England's cricketers arrived in Lahore for the tour ... The squad will stay in a secure hotel
  // and travel to Multan by charter flight. The visitors play a warm-up match" led its travel and tourism above cricket:
  // a touring side's hotel, its travel and "the visitors" (the away side) are the sport's where sport leads.
  { words: ['hotel', 'hotels', 'visitors'], topic: lifestyle, rivals: [sport], leading: [sport] },
  // topics49 (wild49 T3): survivors who "recount killings" tell what they saw: a vote's recount only where war, crime or
  // a disaster do not lead the rest of the story. Witnesses who "recounted how gunmen shot their relatives" give none
  // (the lexicon keeps the noun, =recount, and votes or ballots "recounted").
  {
    words: ['recount', 'recounts'],
    topic: politics,
    rivals: [conflict, crime, disaster, humanInterest],
  },
  // topic61 (review60 ★1): the winner of a baking contest, a talent show or a match is "declared the winner" too: an
  // election's only where the story tells no election and a contest's desk does not lead.
  {
    words: [
      'declared winner',
      'declared the winner',
      'declared him the winner',
      'declared her the winner',
      'declared him winner',
      'declared her winner',
    ],
    topic: politics,
    rivals: [sport, arts, lifestyle, humanInterest],
    keptBy: 'electionTold',
  },
  // topics49 (wild49 T2, T2b): a leader's or a minister's travel and tour are diplomacy's trips, no holiday and no
  // concert tour: "German Chancellor Friedrich Merz travels to India next month" led travel and tourism .69, "Trump
  // wrapped up his Asia tour in Seoul" gave the arts .60 (official-trips.ts; the tour's row is below).
  {
    words: ['travel', 'travels', 'travelled', 'travelling', 'traveled', 'traveling'],
    topic: lifestyle,
    rivals: [sport],
    leading: [sport],
    onlyWhen: 'noOfficialTrip',
  },
  // wild37 ★6: the port, the fuel, the fishermen and the routes of a clash at sea, of a gang's killings or of a
  // storm are where it happened: business news only where war, crime, the weather or a disaster does not lead
  // (migrants' routes: society; a rocket's flight path: science).
  {
    words: ['port', 'ports', 'fuel', 'fishermen', 'fisherman', 'routes'],
    topic: economy,
    rivals: [conflict, crime, weather, disaster, science, society],
  },
  // A storm that downed power lines: the weather's or the disaster's damage, no energy business (lines countries
  // agree to build are).
  { words: ['power line', 'power lines'], topic: economy, rivals: [weather, disaster] },
  // A tropical "depression" that "dumped" rain on the coast: no slump, no mental illness, no trade dispute; and
  // teenagers' anxiety and "depression" in a health story: no slump either.
  { words: ['depression'], topic: economy, rivals: [weather, disaster, health] },
  // review61: "headline inflation", "headline earnings per share" and "headline profit" are a figure's, no newspaper's;
  // in a story the economy leads, a headline gives the media desk nothing.
  { words: ['headline', 'headlines'], topic: arts, rivals: [economy] },
  // The Great "Depression" or a slump called one, where business leads: no mental illness.
  { words: ['depression'], topic: health, rivals: [weather, disaster, economy] },
  { words: ['dumping'], topic: economy, rivals: [weather, disaster] },
  // wild38a ★4: a utility's "tariff increase" and "electricity tariffs" are its prices, no duty on trade.
  { words: ['tariff', 'tariffs'], topic: ECONOMY_SUBTOPIC, rivals: [], onlyWhen: 'tradeTariffs' },
  // wild38a ★4: the "chairman" of a party or of a parliament's committee is no company's.
  { words: ['chairman'], topic: economy, rivals: [], onlyWhen: 'companyChairman' },
  // wild38a ★4: militants who "claim" an attack, a country's "claim" to a region: an insurance claim only where
  // business leads.
  { words: ['claims'], topic: economy, rivals: OTHER_THAN_ECONOMY },
  // wild38a ★4: a company that raised its annual "forecast": no weather where business or technology leads.
  // A crop story that names rain or drought keeps its forecast's weather.
  { words: ['forecast', 'forecasts'], topic: weather, rivals: [economy, science], keptBy: 'weatherNamed' },
  // Swimmers' national "trials", a cycling "time trial" and a drug's "trial" in patients are no court case.
  // topics42 (topics41's leftover): nor firms' "six-month trial of a four-day working week", where business or labour
  // leads twice over, unless someone is "on trial" or a "fraud trial" is told (court-trial.ts: a business story's
  // founder "on trial for fraud and tax evasion").
  {
    words: ['trial', 'trials'],
    topic: crime,
    rivals: [sport, health, science, economy, labour],
    rivalMargins: [1, 1, 1, 2, 2],
    keptBy: 'courtTrial',
  },
  // wild39a ★6: a politician "jailed pending trial" is in no scientific trial: science only where crime or sport
  // does not lead (a drug's trial in patients keeps it).
  // topics42: nor a trial of a four-day week where business or labour leads twice over.
  {
    words: ['trial', 'trials'],
    topic: science,
    rivals: [crime, sport, economy, labour],
    rivalMargins: [1, 1, 2, 2],
  },
  // wild39a ★6: "beating Sinner in four sets", a company "beating" forecasts: an assault only where sport or
  // business does not lead.
  { words: ['beating', 'beatings'], topic: crime, rivals: [sport, economy] },
  // topic63: a "viral" infection or load is no social media where health leads (a clip that "went viral" is a phrase
  // of its own, and gives health nothing).
  { words: ['viral'], topic: arts, rivals: [health] },
  // topic63 (review62 ★2): "Gunmen robbed a bank" is a robbery; a side "robbed of victory" by a late penalty and
  // voters "robbed of a say" are no crime where sport or politics leads.
  { words: ['robbed'], topic: crime, rivals: [sport, politics] },
  // topic63 (review62 ★2): a petition filed with or heard by a court is a lawsuit, one to a legislature a motion: a
  // protest's only where neither the courts nor politics lead.
  { words: ['petition'], topic: conflict, rivals: [crime, politics] },
  // wild39a ★6: a president who "attacked the Fed and its chairman, calling for sharp cuts": an attack of words where
  // politics or business leads (attack-in-words.ts); "gunmen attacked a bus, killing 12" and an attack on a power
  // grid keep their war.
  // topics47b (wild47 ★10): a rider who "attacked on the final climb", a side that "attacked from the start": no war
  // where sport leads, whatever force the word tells (the attack of force keeps it against politics and business only;
  // a team bus attacked by gunmen keeps conflict through the gunmen and the dead).
  {
    words: ['attack', 'attacks', 'attacked'],
    topic: conflict,
    rivals: [politics, economy, sport],
    // Sport twice over: a team bus "attacked" by gunmen who killed its driver keeps the word beside the gunmen.
    rivalMargins: [1, 1, 2],
    leading: [sport],
    keptBy: 'attackOfForce',
    keptAgainst: [politics, economy],
  },
  // wild39a ★6: "signed the minerals agreement": a deal's minerals are no environment story where politics or war
  // leads; a sentence that tells what nature stands to lose by them (deep-sea mining's threat to ecosystems) keeps
  // them (nature-at-stake.ts).
  {
    words: ['mineral', 'minerals'],
    topic: environment,
    rivals: [politics, conflict],
    keptBy: 'natureAtStake',
  },
  // wild39a ★6: "The IMF's Managing Director Kristalina Georgieva": no company's officer (lender-chiefs.ts).
  {
    words: ['managing director', 'managing directors'],
    topic: BUSINESS_INFORMATION,
    rivals: [],
    onlyWhen: 'companyDirector',
  },
  { words: ['retaliation', 'retaliate', 'retaliatory'], topic: economy, rivals: [conflict] },
  {
    // A party "won" seats, a candidate's "supporters", a "race" for the White House, a company that "beat"
    // forecasts or its "rivals", a fund "manager", profits in the "first half", a dividend "declared",
    // bonds at "par", a climate finance "goal": the vocabulary of contests is sport only where politics,
    // business or the arts do not lead.
    words: [
      'win',
      'wins',
      'won',
      'winning',
      'winner',
      'winners',
      'victory',
      'defeat',
      'defeated',
      'beat',
      'beaten',
      'lose',
      'lost',
      'draw',
      'drew',
      'supporters',
      'fans',
      'rival',
      'rivals',
      'race',
      'races',
      'title',
      'record',
      'round',
      'tie',
      'comeback',
      'manager',
      'managers',
      'final',
      'contract',
      'contracts',
      'conversion',
      'point',
      'points',
      'first half',
      'second half',
      'loan',
      'loans',
      'on loan',
      'signed',
      'open',
      'transfer',
      'bid',
      'seed',
      'international',
      'par',
      'goal',
      'goals',
      'fixture',
      'fixtures',
      // A company's stock-market "debut", a debut album.
      'debut',
    ],
    topic: sport,
    // An actress who "won" an Oscar and was "a fixture of Hollywood", a record that is a "winner": the
    // arts' prizes and charts are no match either.
    rivals: [politics, economy, arts],
  },
  {
    // "Net profit", economic "data": computing only where business clearly leads ("net services" from
    // broadband providers is technology news told through business words).
    words: ['net', 'data'],
    topic: science,
    rivals: [economy],
    margin: 2,
  },
  {
    // Oil "production" and "producers", gross domestic product, credit "ratings", "figures show", a
    // company "director", "told reporters", a three-match "series", the Ryder Cup "singles": the arts only
    // where business, politics or sport does not lead.
    words: [
      'production',
      'producers',
      'producer',
      'gross',
      'ratings',
      'record',
      'show',
      'shows',
      'review',
      'reviews',
      'single',
      'singles',
      'series',
      'performance',
      'post',
      'direct',
      'director',
      'directors',
      'press',
      'reporters',
    ],
    topic: arts,
    rivals: [economy, politics, sport],
  },
  // A film that "earned" nine nominations, a side that "earned" a draw, a star's "earnings": company
  // earnings only where the arts or sport do not lead (the row is keyed by stem: earn, earned, earnings).
  { words: ['earnings'], topic: economy, rivals: [arts, sport] },
  // A player's "rebounds" and "points", the best start in "franchise" history: a market's rebound, index
  // points and a franchise business only where sport does not lead. topics49 (wild48 item 25b): nor where politics
  // leads: a candidate "leads by two points" in a poll, voters' "franchise".
  { words: ['rebound', 'rebounds', 'points', 'franchise'], topic: economy, rivals: [sport, politics] },
  // topics49: a central bank's "tightening" (only that form: a race that "tightens" or "tightened" is none) is money
  // only where politics, crime or war do not lead: a poll "tightening", a "tightening" of security or of border checks.
  // "monetary tightening" and "quantitative tightening" are phrases of their own and keep it.
  { words: ['tightening', 'loosening'], topic: economy, rivals: [politics, crime, conflict] },
  // Oil prices that "rebounded", a rebound that "served as a reminder": a player's rebounds and serve only
  // where business does not lead (topics20).
  { words: ['rebound', 'rebounds'], topic: sport, rivals: [economy] },
  // A lost dog found by its "microchip": the pet's tag, no chip industry or computing, where the animal's story
  // leads (a chipmaker's microchips stay technology and business).
  { words: ['microchip', 'microchips', 'microchipped'], topic: science, rivals: [humanInterest, lifestyle] },
  { words: ['microchip', 'microchips', 'microchipped'], topic: economy, rivals: [humanInterest, lifestyle] },
  // An email account "hacked" in an indictment: computing only where crime does not lead (a flaw that let
  // hackers into a phone maker's software is still a technology story).
  { words: ['hacked', 'hacking', 'hacker', 'hackers'], topic: science, rivals: [crime], margin: 3 },
  // The medium a story's people wrote in: emails shown to a jury, a minister's WhatsApp messages, "encrypted
  // messaging apps" in an indictment, threats sent by text message. Computing (and social media) only where
  // the story is not told by another desk (a spam filter, an app store, a WhatsApp outage still are).
  {
    words: [
      'email',
      'e-mail',
      'emails',
      'e-mails',
      'inbox',
      'text message',
      'text messages',
      'WhatsApp',
      'app',
      'apps',
      'social media',
      'upload',
    ],
    topic: science,
    rivals: MEDIUM_RIVALS,
  },
  { words: ['WhatsApp'], topic: arts, rivals: MEDIUM_RIVALS },
  // A pensioner who won the lottery, a retired bus driver mugged in his home: the person's age, not pensions
  // (retirement stays where the story is about pensions, or where politics leads: pensioners' council tax).
  // topics49 (wild48 item 25): nor a player's, a jockey's or a singer's retirement ("his retirement tour will take in
  // Royal Ascot", "announced his retirement from cricket"): a career's end, not a working life on a pension, where
  // sport, the arts or religion (a pope who retires) lead the rest of the story. One row, so the spellings of the word
  // do not vouch for one another (words-in-doubt.ts).
  {
    words: ['pensioner', 'pensioners', 'retired', 'retire', 'retiring', 'retirement'],
    topic: labour,
    rivals: [lifestyle, humanInterest, crime, disaster, health, sport, arts, religion],
  },
  // Stock "warrants", "class A" shares, a legal "settlement" between firms.
  { words: ['warrant', 'warrants', 'class A', 'settlement'], topic: crime, rivals: [economy] },
  // The European "Community", a "parent" company, the "adoption" of a rule, tax "benefits".
  {
    words: ['community', 'parent', 'parents', 'adoption', 'adopted', 'foster', 'benefit', 'benefits'],
    topic: society,
    rivals: [economy],
  },
  // "Rape" the oilseed (rapeseed) in a crop or vegetable oil report: no sex crime where economy leads.
  { words: ['rape', 'raped'], topic: crime, rivals: [economy] },
  // A zoo's or an aquarium's "keepers" who found an escaped penguin: no goalkeepers where an animal's story leads.
  { words: ['keeper', 'keepers'], topic: sport, rivals: [humanInterest] },
  // Oil "royalties", "livestock" prices.
  { words: ['royalty', 'royalties', 'livestock'], topic: humanInterest, rivals: [economy] },
  // A car "plant", "planted" acreage.
  { words: ['plant', 'plants', 'planted'], topic: environment, rivals: [economy] },
  // Grain "grades".
  { words: ['grade', 'grades', 'grading'], topic: education, rivals: [economy] },
  // Supporters who held a "rally" to "demand" an amnesty: a market rally and economic demand only where
  // politics, war or unrest, and crime do not lead (review16 T1: three protest stories led with economy),
  // nor sport ("Lions rally to beat Packers").
  {
    words: ['rally', 'rallied', 'rallies', 'demand', 'demands'],
    topic: economy,
    rivals: [politics, conflict, crime, sport],
  },
  // A market "rally", cattle "slaughter"; a team's "rally" to win, a rout called a "slaughter" (sport).
  { words: ['rally', 'rallies', 'slaughter'], topic: conflict, rivals: [economy, sport] },
  // A rally staged: a demonstration only where people stage it ("Wall Street staged a rally", people-stage-rally.ts).
  { words: ['stage rally', 'stage a rally'], topic: conflict, rivals: [], onlyWhen: 'peopleStageRally' },
  // A "roadmap" away from fossil fuels, to net zero, for a product: a peace plan only where the story
  // is not about business, the environment or technology.
  {
    words: ['roadmap', 'road map'],
    topic: conflict,
    rivals: [economy, environment, science],
  },
  // "Group" in the name of an armed or political body (Wagner Group, Islamic State group, Group of Seven):
  // a company group only where war, politics or crime does not lead.
  { words: ['Group'], topic: economy, rivals: [conflict, politics, crime] },
  // Lightning strikes at a football match are weather and an accident; lightning strikes by dockers a
  // sudden walkout.
  {
    words: ['lightning strike', 'lightning strikes'],
    topic: labour,
    rivals: [weather, disaster, sport, conflict],
  },
  { words: ['lightning strike', 'lightning strikes'], topic: disaster, rivals: [labour, economy] },
  { words: ['lightning strike', 'lightning strikes'], topic: weather, rivals: [labour, economy] },
  // A tariff "truce", a price-war truce: a peace process only where business does not lead (trade truces are
  // also phrases of their own, under trade disputes).
  { words: ['truce'], topic: conflict, rivals: [economy] },
  // topics44 (wild44 ★1): "Christmas" and "Easter" as seasons of trade, where business leads and a sentence that
  // names them tells of sales or shoppers (festival-trade.ts): "sales rose 4% over the Christmas period" is no
  // religious festival. A story whose festival sentences tell no trade keeps it.
  { words: ['Christmas', 'Easter'], topic: religion, rivals: [economy], keptBy: 'festivalUntraded' },
  // An armed movement that governs or sits in parliament ("Taliban bans women from universities"): its name
  // is war news only where the story's other words are, or where a sentence tells it with deaths ("The Taliban
  // said 12 people were killed", armed-group-deaths.ts). The names are armed-words.ts' GOVERNING_MOVEMENTS, the
  // ones armed-group-deaths.ts reads.
  {
    words: GOVERNING_MOVEMENTS,
    topic: conflict,
    rivals: OTHER_THAN_CONFLICT,
    keptBy: 'armedGroupDeaths',
  },
  // Technology companies named in a fund's or a market's results ("gains in technology shares such as
  // Nvidia, Apple and Microsoft"): computing only where business does not weigh twice as much.
  {
    words: [
      'Nvidia',
      'Apple',
      'Microsoft',
      'Google',
      'Intel',
      'IBM',
      'Amazon',
      'Oracle',
      'Samsung',
      'Sony',
      'Nokia',
      'Motorola',
      'Dell',
      'Hewlett-Packard',
      'HP',
      'Cisco',
      'Qualcomm',
      'Huawei',
      'AMD',
      'Yahoo',
      'eBay',
      'SAP',
      'Alibaba',
      'Tencent',
      'Baidu',
      'Xiaomi',
      'Lenovo',
      'Meta',
      'Salesforce',
      'Adobe',
    ],
    topic: science,
    rivals: [economy],
    margin: 1.5,
  },
  // A UFC welterweight's bout, knockout or title fight is mixed martial arts where its own words (UFC, MMA, an
  // octagon) weigh more than boxing's.
  {
    words: [
      'heavyweight',
      'middleweight',
      'welterweight',
      'lightweight',
      'bout',
      'knockout',
      'knock-out',
      'title fight',
      'ring',
      'punch',
    ],
    topic: BOXING,
    rivals: [MARTIAL_ARTS],
  },
  // A rugby player "sent off" or shown a red or yellow card is no football.
  { words: ['sent off', 'red card', 'yellow card'], topic: SOCCER, rivals: [RUGBY] },
  // Rugby sevens and poker have their World Series too: baseball's only where they do not weigh more.
  // topics47b (wild47 ★13): and golf's "World Series of Golf", cricket's World Series Cup.
  { words: ['World Series'], topic: BASEBALL, rivals: [RUGBY, GOLF, CRICKET] },
  // topics47b (wild47 ★13): a rugby "Test series" or "Test match" (the All Blacks "lead the Test series 1-0") is no
  // cricket where rugby leads; golf's US Open no tennis where golf leads (sport keeps both: the words have no sport-wide
  // sense).
  { words: ['Test series', 'Test match'], topic: CRICKET, rivals: [RUGBY] },
  // topics48: both are undecided: "Ireland chase the Grand Slam in Cardiff" names no discipline, so no tennis.
  { words: ['US Open'], topic: TENNIS, rivals: [GOLF], undecided: true },
  // review33 T3: a rugby winger: a football winger only where rugby does not lead.
  { words: ['winger', 'wingers'], topic: SOCCER, rivals: [RUGBY] },
  // topic61 (wild60 ★2): a cricket side called the Strikers, and the batter on strike, are no football striker; workers
  // on strike ("strikers marched on parliament") are no players where politics, labour or unrest leads. Not crime: a
  // striker in the dock is still a footballer ("the former England striker was jailed").
  { words: ['striker', 'strikers'], topic: SOCCER, rivals: [CRICKET, labour, politics, conflict] },
  { words: ['striker', 'strikers'], topic: sport, rivals: [labour, politics, conflict] },
  // topic61 (wild60 ★2): a derby is football's unless the rest of the story is another code's or game's (a rugby or
  // basketball derby, a city's hockey derby).
  { words: ['derby', 'derbies'], topic: SOCCER, rivals: [RUGBY, BASKETBALL, ICE_HOCKEY, CRICKET] },
  // topic61 (review61 ★2): rugby league's drop goal is a "field goal" too, and so is basketball's basket.
  { words: ['field goal', 'field goals'], topic: AMERICAN_FOOTBALL, rivals: [RUGBY, BASKETBALL] },
  // topic61 (review61 ★2): gunmen who open fire on a street, with police and arrests, are crime's: terror and war only
  // where crime does not lead or the story tells a war in its own words (fighters, shelling, an army).
  { words: ['gunmen'], topic: conflict, rivals: [crime], keptBy: 'warWordsTold' },
  // topic62 (review61 ★1): and gunmen who attack an army post, killing soldiers, are no street shooting: crime only where
  // war does not lead.
  { words: ['gunmen'], topic: crime, rivals: [conflict] },
  // A university's or a hospital's job cuts are news of its desk ("Universities Cut Jobs As Foreign Student Numbers
  // Fall"): the cuts give business nothing where education or health weighs more than the rest of business.
  {
    words: [
      'layoffs',
      'layoff',
      'job cuts',
      'cut jobs',
      'axe jobs',
      'job losses',
      'redundancy',
      'redundancies',
      'downsizing',
      'laid off',
      'lay off',
      'shed jobs',
    ],
    topic: economy,
    rivals: [education, health],
  },
  // Firefighters and the fire service who cut passengers from a derailed train or a crashed bus are its
  // rescuers, not a fire: they give fire (and the disaster above it) nothing where the accident weighs more than
  // the fire's, the quake's or the flood's own words.
  {
    words: ['firefighters', 'firefighter', 'firemen', 'fire brigade', 'fire service'],
    topic: DISASTER_EVENT,
    rivals: [ACCIDENT],
  },
  // The death toll of an air strike or a shooting ("Death Toll From Israeli Strike On Gaza School Rises To 30")
  // counts the war's or the crime's dead, not a disaster's, where the rest of the story is theirs; a quake's or a
  // flood's death toll in the headline stays the disaster's ("Myanmar junta says quake death toll tops 3,000").
  { words: ['death toll'], topic: disaster, rivals: [conflict, crime], keptBy: 'naturalDeaths' },
  // An election "landslide" is no disaster, and a landslide that buried a village is no election; one that kills
  // in the headline ("Landslide kills 35 in rebel-held province") is none whatever the rebels weigh for politics.
  // fixT48 (wild48 ★3): the landslide's own sentence tells which (landslide-senses.ts): one that buried homes after
  // rain stays the disaster's however many ministers and UN officials the story quotes, and an election's needs its
  // votes, seats or victory beside it (or, with no fallen earth anywhere, an election told in the story).
  { words: ['landslide'], topic: disaster, rivals: [politics], keptBy: 'landslideOfEarth' },
  { words: ['landslide'], topic: politics, rivals: [disaster], onlyWhen: 'landslideOfVotes' },
  // fixT48 (wild48 ★3): a bare "toll" is a charge for passage only told beside a road, a bridge, drivers or the
  // charge's price (road-tolls.ts); wire headlines count a war's, a flood's or a crash's dead as one ("Gaza toll tops
  // 60,000", "Flood toll rises to 40"), and a heatwave "took a heavy toll on crops" charged no one.
  { words: ['toll'], topic: economy, rivals: [], onlyWhen: 'roadToll' },
  // fixT48 (wild48 ★2): the energy a fusion experiment or a solar cell puts out and its reactor are the scientists'
  // where the rest of the story is research ("set a new world record for fusion energy"), no energy industry (not
  // "output": a crop's or a mine's output stays trade news beside a plant disease's research); and a laboratory's
  // "world record" is no athlete's.
  { words: ['energy', 'clean energy', 'reactor', 'reactors'], topic: economy, rivals: [science] },
  { words: ['world record', 'world records'], topic: sport, rivals: [science] },
  // A country's "treatment" of farmers or of detainees is no medical care.
  { words: ['treatment'], topic: health, rivals: [politics, crime, conflict] },
  // Provinces that "merge", parties that "merged": a company merger only where politics does not lead.
  { words: ['merge', 'merged', 'merging'], topic: economy, rivals: [politics] },
  // The International Criminal Court ("ICC") outside a cricket story; a prison sentence to "serve", a second
  // term to "serve", a rally that "served as a reminder": tennis only where sport leads.
  { words: ['ICC'], topic: sport, rivals: [crime, politics, conflict] },
  { words: ['serve', 'serving'], topic: sport, rivals: [crime, politics, conflict, economy] },
  // topics40 probe: "Mexican cartels changed tactics", a campaign's or a negotiator's tactics: a game plan is sport
  // only where sport leads.
  { words: ['tactics', 'tactical'], topic: sport, rivals: OTHER_THAN_SPORT },
  // topics41: candidates who "held rallies" on the campaign's last day staged no demonstration (election-told.ts
  // protestRally); university "rankings" are no sport where sport does not lead.
  {
    words: ['hold rally', 'hold a rally', 'held rally', 'held a rally', 'holding a rally'],
    topic: conflict,
    rivals: [],
    onlyWhen: 'protestRally',
  },
  { words: ['ranking', 'rankings'], topic: sport, rivals: OTHER_THAN_SPORT },

  // topics41: a restitution "campaign", a wildlife charity's "campaign", a military "campaign": a political
  // campaign only where the story tells of an election (election-told.ts).
  // topics42 (read41 ★6): or of a race for office without the word: "The Harris campaign said it raised $310 million",
  // "launched her campaign to lead the Conservative Party" (election-told.ts `campaignOfElection`).
  // read42 ★4: a footballer's, a brand's or a chef's campaign where sport, arts, lifestyle or health leads is theirs.
  {
    words: ['campaign', 'campaigns'],
    topic: politics,
    rivals: [sport, arts, lifestyle, health],
    onlyWhen: 'campaignOfElection',
  },
  // mendT41 (wild41 item 13): "runoff from farm fields" into a river or a lake is water, no second round of a vote, where
  // the environment leads ("farm runoff", "nutrient runoff" are the environment's own phrases in the lexicon).
  { words: ['runoff', 'runoffs', 'run-off', 'run-offs'], topic: politics, rivals: [environment] },
  // topics41: a drama's "second season" is television's, the hay fever season health's, the holiday season
  // business's: sport only where sport leads; a lottery winner who "shares" the prize
  // sells no stock.
  { words: ['season', 'seasons'], topic: sport, rivals: OTHER_THAN_SPORT },
  // topics42 (read41 ★2): a restaurant chain's or a hotel group's shares that "fell 15%" trade whatever its diners,
  // inns and food weigh (shares-traded.ts).
  { words: ['shares'], topic: economy, rivals: [lifestyle, humanInterest], keptBy: 'sharesTraded' },
  // topics41: drones that strike, or are shot down, in a war story are its weapons, no technology news; where the
  // story tells who makes them, their software or batteries (drones.ts) they stay technology too. And drones are
  // war only in a story of war or attack: a delivery startup's drones, drones seen near an airport's runway.
  // topics42 (read41 ★7): war's own words or a drone's attack, not any "attack" or "killed" (a locust attack, a storm
  // that killed two); and in a story of no war drones stay technology whatever leads (drones.ts `dronesAsTechnology`).
  { words: ['drone', 'drones'], topic: science, rivals: [conflict], keptBy: 'droneTechnology' },
  { words: ['drone', 'drones'], topic: conflict, rivals: [], onlyWhen: 'dronesOfWar' },
  // topics42 (read41 ★13): "the heat kills salmonella and other bacteria" in a food-safety story kills no one: a deadly
  // heat only where health, food or science does not lead (a heatwave's deaths lead with the disaster or the weather).
  // topics43 (read42 ★3): decided by what the heat kills: people or a number of them are a disaster's dead whatever
  // leads, a heatwave's deaths told through its hospitals or a study (heat-deaths.ts).
  {
    words: ['heat kills', 'heat killed'],
    topic: disaster,
    rivals: [health, lifestyle, science],
    keptBy: 'heatKillsPeople',
  },
  // topics40 probe: "Israeli air strikes killed at least 30 people ..., local health officials said" listed health
  // .58: health officials who count a war's, a disaster's or a crime's dead are its source, not health news.
  { words: ['health officials'], topic: health, rivals: [conflict, disaster, crime] },
  // topics40 probe: "At least 30 pilgrims were killed in a stampede ..., police said", a ferry's passengers counted by
  // the police: the police who tell the toll of a disaster in the headline are its source, not crime news, where the
  // disaster outweighs the crime twice (disaster-in-title.ts; a bomb threat's police keep their crime).
  // topics54 (topics53's open item): the police who count a storm's crashes or close its roads ("Heavy snow closed roads
  // across the county, police said") are the weather's source too, not crime news, where the weather outweighs the
  // crime twice; a headline with no disaster keeps them against a disaster only.
  {
    words: ['police'],
    topic: crime,
    rivals: [disaster, weather],
    margin: 2,
    keptBy: 'noDisasterInTitle',
    keptAgainst: [disaster],
  },
  // topics40 probe: cardinals who "elect" a pope, FIFA's congress that "elected" its president: no political election
  // where religion or sport leads; any other "elect" (churches urging worshippers to elect candidates) keeps it (read40 ★7).
  { words: ['elect'], topic: politics, rivals: [religion, sport], keptBy: 'votersElect' },
  // A "drug" boat or cartel is crime news, not medicine.
  { words: ['drug', 'drugs'], topic: health, rivals: [crime] },
  // A film that "was shot" in Morocco, a rapper who "was shot" years before his first album: crime news only
  // where the arts do not lead.
  { words: ['was shot', 'were shot', 'been shot'], topic: crime, rivals: [arts] },
  // Floods that "killed" hundreds are a disaster, not a murder or a battle.
  { words: ['killed', 'killing', 'kills'], topic: crime, rivals: [disaster] },
  { words: ['killed', 'killing', 'kills'], topic: conflict, rivals: [disaster] },
  // wild39b ★3: an architect's buildings are a visual art (IPTC files architecture there); "the architect of the
  // ceasefire", a bank's "financial architecture", a chip's or a network's architecture are not, where politics,
  // business, war or technology leads.
  {
    words: ['architect', 'architects', 'architecture', 'architectural'],
    topic: arts,
    rivals: [politics, economy, conflict, science],
  },
  // wild39b ★3: "the Ace Hotel", a flying ace: a tennis serve's ace only where sport leads.
  { words: ['ace', 'aces'], topic: sport, rivals: OTHER_THAN_SPORT },
  // wild39b ★3: a weather warning's "allow extra time", "drivers" on icy roads, snow "on higher ground": a match's
  // extra time, a racing driver and a club's ground only where sport leads.
  { words: ['extra time', 'driver', 'drivers', 'ground'], topic: sport, rivals: OTHER_THAN_SPORT },
  // topics45 (bbc-dev misses by cause): calls "relayed" by an interpreter, a video relay service, a message relayed to
  // the crew, a relay station: an athletics relay only where sport leads (the 4x100m relay keeps it in a results story).
  { words: ['relay'], topic: sport, rivals: OTHER_THAN_SPORT },
  // wild39b ★3: a company's "fiscal 2025" results, its "fiscal third quarter": the period is no state's budget where
  // business leads (fiscal-period.ts); a budget story's "fiscal deficit" keeps its politics.
  { words: ['fiscal'], topic: politics, rivals: [economy], keptBy: 'noFiscalPeriod' },
  // Union Pacific buying a rival, a "union" of two firms: labour only where business does not lead by far.
  // The Patriotic Union of Kurdistan, the African Union's troops: no trade union where war leads by far either.
  // topics47 (wild47 ★4): nor the Rugby Football Union's, or a sports body's "union", where sport leads by far.
  // fixT47b (read47 on b589eb00): a players' union that threatens a strike keeps it against sport.
  {
    words: ['union'],
    topic: labour,
    rivals: [economy, conflict, sport],
    margin: 2,
    keptBy: 'walkoutWords',
    keptAgainst: [sport],
  },
  // The cricket, rugby or hockey World Cup is no football; nor is skiing's (topics41: Shiffrin's 100th World Cup win).
  { words: ['World Cup'], topic: SOCCER, rivals: [CRICKET, RUGBY, SKIING] },
  // The San Antonio "Spurs" in a basketball report are no Tottenham (review28 67).
  { words: ['Spurs'], topic: SOCCER, rivals: [BASKETBALL] },
  // A market "sell-off" in a crypto or stocks story is no asset sale (review28 25).
  { words: ['sell-off'], topic: BUSINESS_INFORMATION, rivals: [MARKETS] },
  // "Small boats" and crossing the Channel are migration in a story of migrants and asylum, not of a Channel
  // swimmer or of fishermen who work small boats (read28 F8): the sport or the trade of the story takes them.
  {
    words: ['small boats', 'cross the Channel', 'cross Channel'],
    topic: politics,
    rivals: [sport, economy, lifestyle, humanInterest, arts],
  },
  // A golfer's career grand slam of the four majors is no tennis.
  // topics47b (wild47 ★13): nor rugby's Six Nations Grand Slam.
  { words: ['grand slam'], topic: TENNIS, rivals: [GOLF, RUGBY], undecided: true },
  // topics49 (fixT48's open note): seeds rank the draw of any knockout event, the NFL's and NBA's playoffs, snooker's,
  // badminton's and a college tournament's too: "clinched the AFC's top seed" gave tennis .55. The words name tennis
  // only where the story holds some other word of it.
  { words: ['seed', 'seeded', 'top seed'], topic: TENNIS, rivals: [], undecided: true },
  // A company's "operations".
  { words: ['operations', 'operation'], topic: health, rivals: [economy] },
  // review23 r23-39: a race's "collision" (a time penalty for causing one) is no accident where sport
  // outweighs the disaster words twice; a team bus that crashed keeps its deaths.
  { words: ['collision', 'collisions', 'collided'], topic: disaster, rivals: [sport], margin: 2 },
  // A currency's trading "band", an inflation target band, bills "in band one": a music band only where
  // business does not lead (topics23, review stories r20-43, r22-09, r21-07). mendT42 (wild42 item 17): nor where
  // sport leads ("France, England and Wales were also in the top two bands" of a World Cup draw's seeding).
  { words: ['band', 'bands'], topic: arts, rivals: [economy, sport] },
  // topics48: "Delta" is the airline only where sport does not lead: a racehorse, a team or a player named Delta
  // ("Delta Work won the novice hurdle by four lengths") flies no one. "Delta Air Lines" is the airline's whole name.
  { words: ['Delta'], topic: economy, rivals: [sport] },
  // mendT42 (wild42 item 17): a festival's "line-up" is a team's only where sport leads; a company's "chief global
  // affairs officer" is no police officer where business leads.
  { words: ['line-up', 'lineup'], topic: sport, rivals: OTHER_THAN_SPORT },
  { words: ['officer'], topic: crime, rivals: [economy] },
  // A planet orbiting its "star": a film star only where science does not lead.
  { words: ['star', 'stars'], topic: arts, rivals: [science] },
  // mendT43 (wild43 ★8): molten "rock" on an exoplanet, "rock samples" brought back from the Moon, the "rock layers"
  // of a volcano, a "rock fall" on a coast road: rock music only where science, the environment, a disaster or the
  // weather does not lead (a band's "brand of rock" keeps it; "rock bottom" is no music in the lexicon).
  { words: ['rock'], topic: arts, rivals: [science, environment, disaster, weather] },
  // mendT43 (wild43 item 21): ferry passengers who "cannot swim", survivors who "swam ashore": sport only where a
  // disaster or the weather does not lead (a swimmer, a swimmers' race keep theirs).
  { words: ['swimming'], topic: sport, rivals: [disaster, weather] },
  // mendT43 (wild43 item 21): a "battery maker" listing its shares, "battery" cells of a car: no assault and battery
  // where business or technology leads.
  { words: ['battery'], topic: crime, rivals: [economy, science] },
  // Chicken "stock" in a recipe: the stock market only where lifestyle does not lead.
  { words: ['stock'], topic: economy, rivals: [lifestyle, arts] },
  // An election's "seats" are no airline's.
  { words: ['seats'], topic: economy, rivals: [politics] },
  // review18: a defence lawyer's "defense" is no ministry; troops who search a flooded town fight no war;
  // "pounds" of drugs no currency; houses that "collapsed" and a town's "market" in a quake no business; a
  // "board" migrants climb on no company board; "critics" and a "ceremony" of an inauguration no arts;
  // "Researchers at the University of …" no education story; a firm named in a share report no media story.
  { words: ['defence', 'defense'], topic: politics, rivals: [crime, sport] },
  { words: ['troops', 'soldiers'], topic: conflict, rivals: [disaster, weather] },
  // Guards or officers "wounded" by a gunman at a mall, or by fans outside a stadium: a war's wounded only
  // where crime or sport does not lead (review30 T1: soldiers who "fired on a patrol, wounding two").
  { words: ['wounded', 'wounding'], topic: conflict, rivals: [crime, sport] },
  { words: ['pound', 'pounds'], topic: economy, rivals: [crime, conflict] },
  { words: ['collapse', 'collapsed', 'market'], topic: economy, rivals: [disaster] },
  {
    words: ['board'],
    topic: economy,
    rivals: [society, politics, conflict, crime, disaster, health, education],
  },
  { words: ['critics', 'critic', 'ceremony'], topic: arts, rivals: OTHER_THAN_ARTS },
  // review22: "the ninth stage of the Tour", a leader "on the world stage": a stage is the theatre's only where
  // the arts lead.
  { words: ['stage'], topic: arts, rivals: OTHER_THAN_ARTS },
  { words: ['university', 'universities'], topic: education, rivals: [science, health] },
  {
    words: ['Reddit', 'Facebook', 'Twitter', 'TikTok', 'Instagram', 'YouTube', 'Snapchat', 'LinkedIn'],
    topic: arts,
    rivals: [economy],
    margin: 2,
  },
  // Talks, a match or a rescue that went into "overtime": paid overtime only in a story of its own desk.
  { words: ['overtime'], topic: labour, rivals: [environment, sport, conflict, disaster] },
  // A fashion column's "high street" and its "shops": retail only where fashion (the arts) or lifestyle does
  // not lead; a retailer's sales keep them.
  { words: ['shop', 'shops', 'high street', 'chain', 'chains'], topic: economy, rivals: [arts, lifestyle] },
  // A charity's or the UN's "appeal" for a famine is no court appeal; its "funds" and "funding" no business.
  { words: ['appeal', 'appeals', 'appealed'], topic: crime, rivals: [disaster, society, health] },
  { words: ['fund', 'funds', 'funding'], topic: economy, rivals: [disaster, society, health, education] },
  // Hospitals that "run out" of drugs: a batsman is run out only in a story that sport leads.
  // Talks that will "try" again, a "cap" on prices: a rugby try or an international cap only where sport leads.
  // "Not out of the woods": a batsman is not out only in a story that sport leads.
  // Troops, soldiers and the army in a war wire are the war's, not the government's: "Sri Lankan troops
  // killed 24 Tamil Tiger rebels" is no defence-ministry story (a defence review, where politics
  // outweighs the war without them, keeps them). Troops that fight in no sentence (a brigade stationed
  // abroad "as Russia's war in Ukraine raises fears", a coup's soldiers ordered back to barracks) keep them.
  {
    words: ['troops', 'soldier', 'soldiers', 'army', 'military', 'navy', 'air force', 'warship', 'warships'],
    topic: politics,
    rivals: [conflict],
    keptBy: 'troopsOutOfBattle',
  },
  // A gadget that is "not quite a knockout": a knockout only where sport leads (boxing, knockout stages).
  // mendT41 (wild41 ★4): a state of emergency "declared" as bushfires spread is no innings declared: a batting
  // side's declaration only where sport leads (a dividend "declared" already gave way to business).
  {
    words: ['run out', 'not out', 'try', 'cap', 'knockout', 'knock-out', 'declared', 'declares'],
    topic: sport,
    rivals: OTHER_THAN_SPORT,
  },
  // mendT42 (wild42 item 9): a prime minister who "sacks" a finance minister, "TINUBU SACKS SERVICE CHIEFS": a
  // manager sacked by a club only where sport leads.
  { words: ['sacked'], topic: sport, rivals: OTHER_THAN_SPORT },
  // A ship's or an airliner's "Captain Dave Snowden", a "penalty" an antitrust regulator imposes: a team's
  // captain and a penalty kick only where sport leads, or at least where no other desk does (topics28).
  { words: ['captain'], topic: sport, rivals: OTHER_THAN_SPORT },
  // topic62 (review61 ★1): "a record crowd of 92,000 watched the final" is a match's; one that lined the streets for a
  // parade or filled a flower show is its own desk's, where that desk has any word.
  { words: ['record crowd'], topic: sport, rivals: OTHER_THAN_SPORT },
  { words: ['penalty', 'penalties'], topic: sport, rivals: [politics, economy, crime, science] },
  // A music "player" in a gadget review, a computer "virus" spread by a worm: no sport or disease where
  // computing weighs more than the desk's own words.
  // topic62 (review61 ★1): a jazz pianist's "generation of players", a founder of a charity: no sport or business where
  // the arts or the charity's desk outweigh the rest of it.
  { words: ['player', 'players'], topic: sport, rivals: [COMPUTING, arts] },
  {
    words: ['founder', 'co-founder'],
    topic: economy,
    rivals: [society, arts, religion, education, health, politics],
  },
  { words: ['virus', 'viruses'], topic: health, rivals: [COMPUTING] },
  // topic62 (a sweep of one-word entries in their other sense): a firm's "first-quarter charge", a utility that "charged
  // customers" more, service charges, a car's charging: no crime where business, technology or sport (a late charge)
  // leads; the charges of a court keep their own phrases ("charged with", "face charges", "dropped the charges").
  { words: ['charged'], topic: crime, rivals: [economy, science, sport] },
  // Marathon Oil, First Marathon, a marathon budget session: no race where business or politics leads with a clear
  // word of its own (a city marathon that "raised 2 million pounds" for charities is still a race).
  { words: ['marathon'], topic: sport, rivals: [economy, politics], rivalWordAtLeast: 2 },
  // A bank's book runner, order book and book value, booking a holiday, a "novel bond" or a "novel coronavirus": no
  // literature where business, lifestyle, technology or health leads. topic63 (review63 ★2): unless the story tells
  // the book as one, by its author, publisher, bookshops or prize ("her debut novel … won the Booker Prize", "Stephen
  // King's new novel is set in a hospital during an outbreak": book-told.ts).
  { words: ['book', 'books'], topic: arts, rivals: [economy, lifestyle], keptBy: 'bookTold' },
  { words: ['novel'], topic: arts, rivals: [economy, health, science], keptBy: 'bookTold' },
  // topics47b (wild47 ★13): grounds two sports share: the cricket ground at Old Trafford and Headingley ("Leeds") in an
  // Ashes story are no football, Manchester United's Old Trafford no cricket, a cup final at the Millennium Stadium, at
  // Lansdowne Road or the Stade de France no rugby; each counts for its sport only where the other does not lead. These
  // rows stand before the grounds' row below, which holds the same names for sport: a node takes the first row that
  // covers it, so the sport's own rows must also name the other desks that row names.
  { words: ['Old Trafford', 'Leeds'], topic: SOCCER, rivals: [...OTHER_THAN_SPORT, CRICKET, RUGBY] },
  { words: ['Old Trafford', 'Headingley'], topic: CRICKET, rivals: [...OTHER_THAN_SPORT, SOCCER, RUGBY] },
  {
    words: ['Millennium Stadium', 'Lansdowne Road', 'Stade de France'],
    topic: RUGBY,
    rivals: [...OTHER_THAN_SPORT, SOCCER],
  },
  // Grounds named after the district around them: a tram line to Headingley, homes in Twickenham, a
  // concert at Wembley are no match; the ground counts only where sport leads.
  {
    words: [
      'Headingley',
      'Edgbaston',
      'Twickenham',
      'Old Trafford',
      'Anfield',
      'Wembley',
      'Murrayfield',
      // Stadiums that host concerts: a farewell show at Villa Park is no match.
      'Villa Park',
      'Hampden',
      // topics50 (wild50 T1): Gaelic games' ground, where bands play summer nights.
      'Croke Park',
      'Millennium Stadium',
      'Etihad Stadium',
      'Emirates Stadium',
      'Stamford Bridge',
      // Clubs named after their town or district: the constituency of West Ham, a hotel in Bournemouth.
      'West Ham',
      'Bournemouth',
      'Brentford',
      'Burnley',
      'Bolton',
      // mendT41 (wild41 ★4): towns and cities that are also a club's or a racecourse's bare name: homes flooded in
      // Leeds and Bradford, nurses striking in Newcastle and Sunderland, residents of Cheltenham in Melbourne.
      'Newcastle',
      'Sunderland',
      'Leeds',
      'Cheltenham',
      'Liverpool',
      'Norwich',
      'Blackburn',
      'Middlesbrough',
      'Southampton',
      'Portsmouth',
      'Fulham',
      'Charlton',
      'Aberdeen',
      'Dundee',
      'Derby',
      'Barcelona',
      'Porto',
      'Hearts',
      'Wolves',
    ],
    topic: sport,
    rivals: OTHER_THAN_SPORT,
    // topics50 (wild50 T1): nor in a story that tells a concert by its nights, shows or tour: "Chris Martin's band sold
    // out ten nights at Wembley Stadium" led sport .97 alone (the ground and the stadium vouched for each other).
    onlyWhen: 'noConcertTold',
  },
  // A band's night at a stadium or an arena ("two nights at Wembley Stadium"): no sport where the arts lead, nor where
  // a concert is told (topics50).
  { words: ['stadium', 'arena'], topic: sport, rivals: [arts], onlyWhen: 'noConcertTold' },
  // A podcast's "episodes" and its "host" (wild58): television's only where radio's words do not outweigh its own.
  { words: ['episode', 'episodes', 'host', 'hosted'], topic: TELEVISION, rivals: [RADIO] },
  // Pakistan's paramilitary Rangers ("The Rangers arrested four suspects in Karachi", wild59): Glasgow's club only
  // where crime or war do not lead the story twice over.
  { words: ['Rangers'], topic: sport, rivals: [crime, conflict], margin: 2 },
  // Utah's Jazz in a basketball trade ("a three-team trade with the Hornets and Jazz", review59): music only where
  // sport does not lead.
  { words: ['jazz'], topic: arts, rivals: [sport] },
  // The Olympic or Commonwealth "Games", a team's next "game": video games and pastimes only where sport
  // does not lead.
  { words: ['game', 'games'], topic: lifestyle, rivals: [sport] },
  // topics49 (wild48 item 25): nor where the arts outweigh the rest of computing three times: a drama's "deadly games"
  // on a streaming "platform" gave computing .85 over television; a game review's consoles and gameplay keep it
  // beside the film it is based on.
  { words: ['game', 'games'], topic: science, rivals: [sport, arts], rivalMargins: [1, 3] },
  // Smog over "the capital", the "capital" of a province: money only where business leads.
  { words: ['capital'], topic: economy, rivals: OTHER_THAN_ECONOMY },
  // topics49 (wild48 item 25): analysts quoted, a force "headquartered" in a capital, an army's "logistics": the
  // words of any desk's explainer, business words only where war or crime do not lead the rest of the story, or
  // politics twice (a jihadist blockade of fuel convoys "straining the junta's logistics, analysts said" led economy
  // .96). A firm's "headquarters" (or a force "headquartered" somewhere: the row is keyed by stem) stays business (a
  // regulator's fine of a platform names its European headquarters); a party's or a campaign's is a phrase of politics.
  {
    words: ['analyst', 'analysts', 'logistics'],
    topic: economy,
    rivals: [conflict, crime, politics],
    rivalMargins: [1, 1, 2],
    keptBy: 'sharesTraded',
  },
  // Protesters who "storm" a palace, troops who "stormed" a town, a player who "storms into the final": weather only
  // where the weather leads, or where the story tells storms as weather ("severe storms", "storms knocked out power",
  // "the storm made landfall", weather-storms.ts): a local desk quotes officials, witnesses and mayors in every storm
  // story (wild53 Y4).
  {
    words: ['storm', 'storms'],
    topic: weather,
    rivals: [conflict, crime, politics, sport],
    keptBy: 'weatherStorms',
  },
  // Danish "crowns", a "Crown Prince" who rules, the "crown" jewels stolen from a museum: royalty as society
  // news only where politics, business, war or crime does not lead.
  // The Tamil "Tiger rebels" and a rugby or baseball club's "Tigers" are no endangered species.
  // Poached tiger skins in a crime-led story are the animal's: a wildlife word in the tiger's sentence keeps it.
  {
    words: ['tiger', 'tigers'],
    topic: environment,
    rivals: [conflict, politics, crime, sport],
    keptBy: 'wildTiger',
  },
  {
    words: ['crown', 'crowns', 'prince', 'princes'],
    topic: humanInterest,
    // review26 #21: a Nobel prize "worth 11 million Swedish crowns" is no crown where science leads either.
    rivals: [politics, economy, conflict, crime, science],
  },
  // Germany's "Chancellor" leads a government: the UK finance minister's economics only where politics
  // does not lead.
  { words: ['chancellor'], topic: economy, rivals: [politics] },
  // The injured of a quake, a crash or an attack, and their "homes": a player's injury, and the home side,
  // only where none of those desks leads.
  {
    words: ['injury', 'injured', 'injuries', 'home'],
    topic: sport,
    rivals: [disaster, crime, conflict, health],
  },
  // A "coach" that overturned on the motorway, coach operators: a team's coach only where sport leads.
  { words: ['coach', 'coaches'], topic: sport, rivals: [disaster, economy] },
  // The "text" of a treaty, a ruling or a bill: texting only where politics, the environment, war or the
  // courts do not lead.
  { words: ['texting'], topic: science, rivals: [politics, environment, conflict, crime] },
  // A driver's words "over the team radio", a skier "on home snow", a "cyclist" hit by a car: the media,
  // the weather and cycling only where the story is not about the race or the crash.
  { words: ['radio'], topic: arts, rivals: [sport] },
  { words: ['snow'], topic: weather, rivals: [sport], margin: 2 },
  { words: ['cyclist', 'cyclists'], topic: sport, rivals: [crime, disaster], margin: 2 },
  // A singer's podcast: computing only where the arts do not lead.
  { words: ['podcast', 'podcasts', 'podcasting'], topic: science, rivals: [arts] },
  // Ruins "dating" to the reign of a pharaoh: dating as a pastime only where science or the arts do not lead.
  { words: ['dating'], topic: lifestyle, rivals: [science, arts] },
  // topics19 (review18 leftovers): a senate's "77-19 vote" on a bill and the General Assembly that "voted
  // 153-10" hold no election; the vote is an election's only where the story has more of an election than
  // of a legislature or an international body.
  // wild37 ★3: nor a school board's, a council's or shareholders' vote, nor a union's strike ballot and its
  // turnout: an election's only where the story has candidates, polls or voters, or ballots outside a strike
  // (election-told.ts).
  {
    words: ['vote', 'votes', 'voting', 'ballot', 'turnout'],
    topic: ELECTION,
    rivals: [LEGISLATURE, INTERNATIONAL_BODY],
    onlyWhen: 'electionTold',
  },
  // "A Toyota Prius" in a police blotter, a Ford pickup that hit a bus shelter, a stolen car, the engines
  // on a race's grid: the car industry only where crime, an accident, an attack or the race does not lead.
  {
    words: [
      'Toyota',
      'Honda',
      'Ford',
      'Nissan',
      'Volkswagen',
      'VW',
      'BMW',
      'Mercedes',
      'Chrysler',
      'Renault',
      'Peugeot',
      'Citroen',
      'Fiat',
      'Hyundai',
      'Kia',
      'Vauxhall',
      'Land Rover',
      'Porsche',
      'Volvo',
      'Tesla',
      'Jaguar',
      'car',
      'cars',
      'vehicle',
      'vehicles',
      'SUV',
    ],
    topic: economy,
    rivals: [crime, disaster, conflict, MOTOR_RACING],
  },
  // The deportation of children as a war crime is no migration policy: the word is migration news only
  // where the story has more of migration (or of other policy, or of society) than of armed conflict
  // (war crimes; terror suspects deported to their countries of origin stay migration policy).
  { words: DEPORTATION, topic: GOVERNMENT_POLICY, rivals: [ARMED_CONFLICT] },
  { words: DEPORTATION, topic: society, rivals: [ARMED_CONFLICT] },
  // read19: "MSP" is a Member of the Scottish Parliament and, in every Indian farm story, the crops'
  // minimum support price: local government only where economy leads the story by less than twice
  // (MSPs debating rail freight at Holyrood stay politics).
  { words: ['MSP', 'MSPs'], topic: politics, rivals: [economy], margin: 2 },
  // review19: a ceasefire "brokered by Malaysia" is no stockbroking; a football results table's
  // "Wimbledon" no tennis, an athletics "Grand Prix" no motor race, "General Cinema Corp" in an earnings
  // line no film, "Jordan Brand" no racing team; a race "in torrential rain" and a "rain-interrupted"
  // quarter-final no weather story ("clash over" tax is a phrase of its own); a player who "slumped" to defeat no
  // recession, a league's "first division" and its "results" no company's; a "boxing drama" no boxing;
  // a king met at his palace in a defence story no royalty news.
  { words: ['broker', 'brokers'], topic: economy, rivals: [conflict, politics] },
  // A junta that governs (suspends exports, signs a rail deal) is no coup or war: junta(s) give conflict
  // only where conflict outweighs politics and business without them (r19-57, r19-66).
  { words: ['junta', 'juntas'], topic: conflict, rivals: [politics, economy] },
  { words: ['Wimbledon'], topic: TENNIS, rivals: [SOCCER] },
  // read29 F-j: an economy's "crash landing", talks that "ran aground", insurgents' "hit-and-run" raids,
  // a penthouse in Tribeca (the neighbourhood), the "Golden Bear" Jack Nicklaus and the phone maker Lava are no
  // air crash, shipwreck, road accident, film festival or volcano where the story's own desk leads.
  {
    words: ['crash landing', 'crash-landing', 'ran aground'],
    topic: disaster,
    rivals: [],
    onlyWhen: 'craftNamed',
  },
  { words: ['hit-and-run'], topic: disaster, rivals: [conflict] },
  { words: ['Tribeca', 'Golden Bear'], topic: arts, rivals: OTHER_THAN_ARTS },
  { words: ['lava'], topic: disaster, rivals: [economy, science] },
  // review26 #20: Cannes' "Grand Prix" went to a film: no motor race, and no sport, where the arts lead.
  { words: ['Grand Prix'], topic: MOTOR_RACING, rivals: [ATHLETICS, CYCLING, arts] },
  // topics54: the racing teams named after their carmakers, Ferrari recalling 23,000 cars, McLaren's road-car sales:
  // no motor racing where business leads (Ferrari's driver on pole keeps it).
  { words: ['Ferrari', 'McLaren', 'Red Bull'], topic: MOTOR_RACING, rivals: [economy] },
  { words: ['Ferrari', 'McLaren', 'Red Bull'], topic: sport, rivals: [economy] },
  { words: ['Grand Prix'], topic: sport, rivals: [arts] },
  // topic63 (review62 ★2): Pakistan's FIA, the Federal Investigation Agency, arrests smugglers and raids offices:
  // no motorsport body where crime leads.
  { words: ['FIA'], topic: sport, rivals: [crime] },
  // topic63 (review62 ★2): Canada's weather agency names the weather desk unless the environment, business or the
  // courts lead (it also fines polluters).
  {
    words: ['Environment Canada', 'Environment and Climate Change Canada'],
    topic: weather,
    rivals: [environment, economy, crime],
  },
  // review26 #19: a Formula One "sprint" race is no athletics where motor racing or cycling leads.
  { words: ['sprint', 'sprints'], topic: ATHLETICS, rivals: [MOTOR_RACING, CYCLING] },
  // topics48: a "hurdle" of a jumps race (a novice hurdle, a horse that fell at the last hurdle) is no athletics where
  // horse racing leads through a clear word of its own (a novice hurdle, a racecourse, a jockey: the word's own gain to
  // horse racing is a weak one); the 110m hurdles keep theirs.
  { words: ['hurdle', 'hurdles'], topic: ATHLETICS, rivals: [HORSE_RACING], rivalWordAtLeast: 2 },
  // topic62 (review62 ★3): a storm or inflation that "batters" a coast or household budgets is no batter where another
  // desk leads.
  { words: ['batter', 'batters'], topic: sport, rivals: OTHER_THAN_SPORT },
  { words: ['cinema', 'cinemas'], topic: arts, rivals: [economy], margin: 2 },
  { words: ['Jordan', 'Jaguar', 'Renault'], topic: sport, rivals: OTHER_THAN_SPORT },
  {
    words: ['rain', 'torrential rain', 'heavy rain', 'downpour', 'showers', 'wet'],
    topic: weather,
    rivals: [sport],
    margin: 2,
  },
  { words: ['slump', 'slumped', 'slumps'], topic: economy, rivals: [sport] },
  // review25 ★9: a team's "tour" of South Africa and the Test it will "play" are no band's or theatre's; a
  // "clash" of two boxers and a player who "battles" into a final no fighting: arts and war only where sport
  // does not lead.
  // topics49 (wild49 T2b): nor a leader's tour ("Trump wrapped up his Asia tour in Seoul", official-trips.ts).
  { words: ['tour', 'touring'], topic: arts, rivals: [sport], onlyWhen: 'noOfficialTrip' },
  { words: ['play', 'plays', 'played'], topic: arts, rivals: [sport] },
  // topics26: cabinet ministers who "clashed" over benefit cuts, France and Germany that "clashed" over the
  // budget, a "battle" over a bill: fighting also only where politics or business does not outweigh the war
  // words twice ("troops clashed with rebels, the defence minister said" keeps its war words).
  {
    words: ['clashes', 'clashed', 'battle', 'battles'],
    topic: conflict,
    // topics41: firefighters who "battled" flames, a patient who "battled" cancer: no war where the disaster, the
    // weather or health leads.
    rivals: [sport, politics, economy, disaster, weather, health],
    rivalMargins: [1, 2, 2, 1, 1, 1],
    // topics42 (read41 ★8): battles between an army and a militia around a hospital stay war (battles-of-arms.ts).
    keptBy: 'battlesOfArms',
    // topics43 (read42 smell 5): but not where sport leads: "Army battled Navy to a 17-11 win" is a game.
    keptAgainst: [politics, economy, disaster, weather, health],
  },
  // topics26: a governor who seeks his party's "nomination" for president, a cabinet "nominee": an award
  // only where politics does not lead; a state "governor" is no central bank governor there. ("bid" stays: a
  // firm's bid in a trade row told through ministers is still business.)
  {
    words: ['nominated', 'nomination', 'nominations', 'nominee', 'nominees'],
    topic: arts,
    rivals: [politics],
  },
  { words: ['governor'], topic: economy, rivals: [politics] },
  // review26 #5: "the freed soldiers included defenders of Mariupol": a football defender only where sport
  // leads.
  { words: ['defender', 'defenders'], topic: sport, rivals: OTHER_THAN_SPORT },
  // review33 ★T2: police who detained "opponents of the government", a border dispute that lasted "a century",
  // tensions that "simmered" for weeks, a live blog "updated" as a news conference goes on: a match's opponents,
  // a batsman's century, a recipe's simmering and a software update only where their own desk leads; alone
  // they named a whole top level.
  { words: ['opponent', 'opponents', 'century'], topic: sport, rivals: OTHER_THAN_SPORT },
  // review32 T3: "six bidders competed" for a painting at Sotheby's: a takeover's bidders only where the arts do not
  // lead (a media firm's buyout keeps them: business leads there).
  // read33 F10: a film studio's takeover bidders stay business where a bid for a company is told (company-bid.ts).
  { words: ['bidder', 'bidders'], topic: economy, rivals: [arts], keptBy: 'companyBid' },
  { words: ['simmer', 'simmered', 'simmering'], topic: lifestyle, rivals: OTHER_THAN_LIFESTYLE },
  { words: ['update', 'updated', 'updates'], topic: science, rivals: OTHER_THAN_SCIENCE },
  // mendT42 (wild42 ★3): a singer's "chart breakthrough", a striker who "made his breakthrough", a party's "historic
  // breakthrough": a discovery only where science leads, or a desk of research does (health, the environment).
  {
    words: ['breakthrough', 'breakthroughs'],
    topic: science,
    rivals: [
      politics,
      economy,
      sport,
      arts,
      conflict,
      crime,
      labour,
      lifestyle,
      humanInterest,
      religion,
      disaster,
    ],
  },
  // review26 #20: the Cannes "jury" that gave the Palme d'Or is no court's where the arts lead.
  { words: ['jury', 'juries', 'juror', 'jurors'], topic: crime, rivals: [arts] },
  // read30: a TV "detective drama" is no police investigation where the arts lead; a penalty "shoot-out" that
  // decided a cup tie no shooting where sport leads; a pitcher's "innings" no cricket where baseball leads;
  // a world record "ratified after drug tests" no treaty where sport leads. review61: workers who "voted to ratify a
  // three-year contract" sign no treaty either (pacts-ratified.ts).
  { words: ['detective', 'detectives'], topic: crime, rivals: [arts] },
  { words: ['shootout', 'shootouts', 'shoot-out', 'shoot-outs'], topic: crime, rivals: [sport] },
  { words: ['innings'], topic: CRICKET, rivals: [BASEBALL] },
  {
    words: ['ratify', 'ratified', 'ratification'],
    topic: politics,
    rivals: [sport],
    onlyWhen: 'pactRatified',
  },
  // review31 T6: protests that "toppled her government" or "ousted" a prime minister are no coup d'etat where
  // the unrest weighs more than the coup's own words (a junta, soldiers who "seized power"), unless soldiers,
  // troops or officers topple the leader in the same sentence (armed-overthrow.ts).
  { words: ['toppled', 'ousted'], topic: COUP, rivals: [CIVIL_UNREST], keptBy: 'armedOverthrow' },
  // review31 T4: ministers who "walked out" of a cabinet meeting, a delegation that "walks out" at the UN,
  // diplomats who "staged a walkout" during a speech: no labour strike where politics leads, unless the story
  // tells a walking out or a walkout with workers, a union or pay (a union's "walkout over pay" still holds a
  // transport strike's other words in labour).
  {
    words: ['walk out', 'walkout', 'walkouts'],
    topic: labour,
    // topics34 (read33 F9): nor where sport leads: a coach who "walks out on" his team quits, players walk out
    // onto the pitch.
    rivals: [politics, sport],
    keptBy: 'workersWalkOut',
    // topics34 (read33 F2): journalists who walk out of a news conference, delegates out of talks strike no
    // work, whatever desk leads (walkout-words.ts `walkoutsFromMeetings`).
    onlyWhen: 'walkoutFromWork',
  },
  // topics34 (read33 F9): a coach or a manager who "walked off the job" quits; a walkout only where sport does
  // not lead or a strike is told beside workers or pay.
  {
    words: ['walk off the job', 'walked off the job', 'walking off the job', 'walks off the job'],
    topic: labour,
    rivals: [sport],
    keptBy: 'walkoutWords',
  },
  // topics26: athletes who "face sanctions" for missed doping tests, a club "sanctioned" by its league: a
  // governing body's penalty, no economic sanction between states, where sport leads.
  { words: ['sanction', 'sanctions', 'sanctioned'], topic: politics, rivals: [sport] },
  // topics47b (wild47 ★14): "imposed asset freezes and travel bans on 40 more people": a sanctions package's travel bans
  // bar listed officials, no migrants: migration (and government) policy only where the story weighs no more for
  // economic sanctions (a ban on travellers from seven countries, told with visas and refugees, keeps it).
  { words: ['travel ban', 'travel bans'], topic: GOVERNMENT_POLICY, rivals: [ECONOMIC_SANCTION] },
  // topics47b (wild47 ★8): "a vote of confidence in British manufacturing", a chairman who "gave the manager a vote of
  // confidence": no government's crisis where business leads twice over or sport leads; a vote a government calls,
  // faces or survives, or one told beside a legislature, keeps it against business (confidence-vote.ts).
  {
    words: [
      'vote of confidence',
      'confidence vote',
      'confidence motion',
      'no-confidence',
      'no confidence vote',
    ],
    topic: politics,
    rivals: [economy, sport],
    rivalMargins: [2, 1],
    leading: [sport],
    keptBy: 'confidenceVoteHeld',
    keptAgainst: [economy],
  },
  // review25: "the tourists" of a cricket or rugby tour are the visiting side; a volcano's blast "heard far
  // away" is no away match.
  { words: ['tourists'], topic: lifestyle, rivals: [sport] },
  { words: ['away'], topic: sport, rivals: OTHER_THAN_SPORT },
  { words: ['results', 'division'], topic: economy, rivals: [sport] },
  { words: ['boxing'], topic: sport, rivals: [arts] },
  // topics20 (review20): "the official Petra news agency said", a party that won "on a platform of" slowing
  // the peace process, coalition partners who "revolt", Iraq's "attack" on a town and the forces that
  // "seize" it: a media story, a social network, unrest and a crime only where the story is told by that
  // desk.
  // read20 F9: the agency that is the headline's subject keeps its media story.
  { words: ['news agency', 'news agencies'], topic: arts, rivals: OTHER_THAN_ARTS, keptBy: 'agencySubject' },
  { words: ['platform', 'platforms'], topic: arts, rivals: [politics] },
  // topics49: and computing's platform only where the arts do not outweigh the rest of computing three times (the
  // streaming drama of the games row below); a social network's platform keeps it.
  { words: ['platform', 'platforms'], topic: science, rivals: [politics, arts], rivalMargins: [1, 3] },
  { words: ['revolt', 'revolts'], topic: conflict, rivals: [politics] },
  { words: ['assault', 'seize', 'seized'], topic: crime, rivals: [conflict] },
  // wild39a ★6: and no assault where the attack is one of words (attack-in-words.ts): a president who "attacked the
  // Fed" committed no crime.
  // topics47b (wild47 ★10): nor where sport leads (a rider's attack on a climb).
  {
    words: ['attack', 'attacks', 'attacked'],
    topic: crime,
    rivals: [conflict, sport],
    leading: [sport],
    onlyWhen: 'attackOfForce',
    // fixT47 (read47 on e5b9c9fc): a player "attacked by a fan who ran onto the pitch", the fan "arrested and charged
    // with assault" in the same sentence, keeps the crime where sport leads (attack-arrests.ts).
    keptBy: 'attackArrested',
    keptAgainst: [sport],
  },
  // topics20: a president who "accused" the opposition leader of misleading voters makes no charge in court:
  // crime only where politics does not lead (the accused in a bribery trial still are crime's where the
  // court's words outweigh the politician's).
  // read20 F8: accused in an indictment, a charge, a trial or a court stays crime's.
  { words: ['accused'], topic: crime, rivals: [politics], keptBy: 'indictment' },
  // topics20: teenagers' Instagram "accounts" with "default" limits, a user's account on X: a company's
  // accounts and a debtor's default only where computing or the media do not lead.
  { words: ['account', 'accounts', 'default'], topic: economy, rivals: [science, arts] },
  // topics20: a central bank's "council" and "president", OPEC's "president", a "quota", credit "policy", a
  // "spokesman": the generic words of office are politics only where the story's business does not weigh
  // three times its politics (a minister, a government, a finance minister still are: "Iraq oil minister
  // replaced" is government news).
  {
    words: ['council', 'president', 'spokesman', 'policy', 'OPEC', 'quota', 'quotas'],
    topic: politics,
    rivals: [economy],
    margin: 3,
    // read20 F2: a head of state's or government's own economic decree or bill stays politics.
    keptBy: 'headOfGovernment',
  },
  {
    words: ['king', 'royal', 'palace', 'royal palace'],
    topic: humanInterest,
    // review26 #21: "the Royal Swedish Academy of Sciences" names no royal where science leads; topic62: nor "Royal
    // Bank of Canada reported …", "Royal Dutch Shell raised its dividend" where business leads.
    rivals: [politics, conflict, crime, science, economy],
  },
  // review27 #41, read27 F8: "piracy" is copied films, music and software on the technology desk, however
  // many lawsuits the story tells (so crime leading is no sign), and the crime at sea where the story has a
  // ship or the sea ("accuses U.S. of piracy after tanker seizure"); the story settles it, not the desks'
  // weights, which the word itself would tip. A baseball club's capitalised "Pirates" is neither.
  // review31 ★7: "died in a London hospital on Sunday aged 82", "died in hospital after a long illness": in an
  // obituary the hospital and the illness are where and how a life ended, no health story.
  {
    words: ['hospital', 'illness', 'long illness', 'hospice'],
    topic: health,
    rivals: [],
    onlyWhen: 'notObituary',
  },
  { words: ['piracy', 'pirated'], topic: science, rivals: [], onlyWhen: 'piracyOffSea' },
  { words: ['piracy', 'pirates'], topic: crime, rivals: [], onlyWhen: 'piracyAtSea' },
  // A quake that "damages" churches and roads awards no damages in court.
  { words: ['damages'], topic: crime, rivals: [disaster, weather, conflict] },
  // review27 #8: churches and mosques damaged by a quake are buildings, no religion story.
  {
    words: ['church', 'churches', 'mosque', 'mosques', 'temple', 'temples'],
    topic: religion,
    rivals: [disaster, weather],
  },
  // A coastguard that seizes cocaine or a ship in a row between governments is no rescue (a rescue at sea
  // leads with the disaster and keeps it).
  { words: ['coastguard', 'coast guard'], topic: disaster, rivals: [crime, politics, conflict] },
  // topic62 (review61 ★3, ★1): a probe is a spacecraft where no other desk outweighs the rest of science ("The
  // BepiColombo probe passed Venus", "the probe landed on the asteroid"), and an inquiry where one does ("Police launch
  // probe into …", "the regulator opened a probe into the airline's refunds").
  { words: ['probe', 'probes'], topic: science, rivals: OTHER_THAN_SCIENCE },
  // review29 T8: Samsung's "Galaxy Z Fold7" and LA Galaxy are no galaxy of stars where computing, business or
  // sport leads.
  { words: ['galaxy'], topic: NATURAL_SCIENCE, rivals: [COMPUTING, economy, sport] },
  { words: ['galaxy'], topic: science, rivals: [economy, sport] },
  // review29 T9: a tower "on Broadway" the city council approved is a street, no theatre, off the arts desk.
  { words: ['Broadway'], topic: arts, rivals: OTHER_THAN_ARTS },
  // review29 T15: "the weather was clear at the time" of a plane crash is no weather story. (The weather that
  // hurts a harvest or a drought is: only an accident is the rival.)
  { words: ['weather'], topic: weather, rivals: [ACCIDENT] },
  // review29 T16: "relief camps had been set up in schools" after a flood: shelters, no education story.
  // topics54 (topics53's open item): nor the schools a snowfall, a sandstorm or a heatwave shut, where the weather
  // outweighs the story's own words of schooling (pupils, teachers, exams keep the education).
  { words: ['school', 'schools'], topic: education, rivals: [NATURAL_DISASTER, weather] },
  // topics46 (wild46 ★5): a coach who plays "across the front line", nurses "on the front line of the pandemic":
  // armed conflict only where sport or health does not lead (troops on the front line keep it in a war story).
  // fixT46 (read46): where the story tells a war in words of its own (war-words-told.ts: soldiers, shelling), the
  // front line stays the war's ("medics on the front line near Pokrovsk treat wounded soldiers").
  { words: ['front line', 'frontline'], topic: conflict, rivals: [sport, health], keptBy: 'warWordsTold' },
  // topics46 (wild46 ★12): a fight won by a "ninth-round stoppage" is no walkout where sport leads (the lexicon's
  // boxing phrases, "round stoppage", "by stoppage", take the clear cases).
  { words: ['stoppage'], topic: labour, rivals: [sport] },
  // topics46 (wild46 ★10): a golfer "two strokes behind the leader" has no stroke where sport leads (the lexicon's golf
  // phrases, "by a stroke", "strokes behind", "stroke lead", take the clear cases).
  { words: ['stroke'], topic: health, rivals: [sport] },
  // fixT46 (read46 on 4e3cfe67): a win "by a stroke" is golf's only where the story tells golf (golf-told.ts); "was
  // left paralysed by a stroke", "killed by a stroke" keep the stroke an illness (the phrase weighs for both desks).
  {
    words: [
      'by a stroke',
      'by one stroke',
      'by two strokes',
      'by three strokes',
      'by four strokes',
      'by five strokes',
    ],
    topic: sport,
    rivals: [],
    onlyWhen: 'golfTold',
  },
  { words: ['by a stroke'], topic: health, rivals: [], onlyWhen: 'golfUntold' },
  // fixT47 (read47 on e5b9c9fc): the climbs of the stage races and a stage report's "final climb" or "summit finish"
  // are cycling only beside a word of the race in their sentence (race-climbs.ts): skiers who "flocked to Alpe d'Huez",
  // climbers who "began the final climb to the summit of Mount Everest" gave sport and cycling .48-.57.
  {
    words: RACE_CLIMBS,
    topic: sport,
    rivals: [],
    onlyWhen: 'climbRaced',
  },
  // topics47 (wild46 item 17): a "state of emergency" declared over protests, a governor's suspension or a fuel crisis
  // is no disaster where politics, war, crime, business or labour leads; one declared over a flood, a quake, a fire, a
  // storm or an outbreak (hazard-named.ts) keeps its emergency response whoever else the story quotes.
  {
    words: ['state of emergency', 'emergency', 'emergencies'],
    topic: disaster,
    rivals: [politics, conflict, crime, economy, labour],
    keptBy: 'hazardNamed',
  },
  // topics47 (wild46 ★9): a US sports trade ("the Lakers traded Russell to the Nets", "acquired Davis in a blockbuster
  // trade", "a three-year deal") is no commerce, merger or film where sport leads; a club's shares or a takeover
  // bid, where business leads, keep them.
  {
    words: ['trade', 'trading', 'trade talks', 'deal', 'acquire', 'acquired'],
    topic: economy,
    rivals: [sport],
    // Twice: "GATEWAY SPORTING BUYS ..." in capitals is a goods maker's acquisition.
    margin: 2,
    // And told by a clear word of sport (a club, a league, a pitcher), not only a deal "signed" (read47).
    rivalWordAtLeast: 2,
  },
  { words: ['blockbuster'], topic: arts, rivals: [sport] },
  // topics47 (wild46 item 20): an NHS trust's "chief executive", a hospital's "bosses" and its "board", the
  // consultants who cover shifts: no business where health or education leads (a drug maker's chief executive, where
  // business leads, keeps them).
  {
    words: ['chief executive', 'boss', 'consultants'],
    topic: economy,
    rivals: [health, education],
  },
  // A trust's "boss" who resigns is no club manager either: sport's boss only where sport leads ("Chelsea boss").
  { words: ['boss'], topic: sport, rivals: OTHER_THAN_SPORT },
  // fixT47b (read47 on b589eb00): a shared lead, a trade deadline or a free agent is sport's only where sport's
  // other words weigh as much as any other desk's: parties share the lead in a poll, tariffs rise after a trade
  // deadline, an MP sits as a free agent.
  {
    words: [
      'share the lead',
      'share lead',
      'share of the lead',
      'share second place',
      'share third place',
      'share fourth place',
      'share fifth place',
      'share the spoils',
      'share the points',
      'share the goals',
      'share goals',
      'share top spot',
      'trade deadline',
      'draft pick',
      'draft picks',
      'first-round pick',
      'first-round picks',
      'second-round pick',
      'second-round picks',
      'free agent',
      'free agents',
      'free agency',
    ],
    topic: sport,
    rivals: OTHER_THAN_SPORT,
  },
];

export interface Sense {
  /** Node index of the topic the words keep their gains under only in their sense. */
  readonly topic: number;
  readonly rivals: readonly number[];
  readonly margin: number;
  /** Per rival, its own margin where the row gives one. */
  readonly rivalMargins: readonly number[] | undefined;
  /** 1 for `topic` and every node below it. */
  readonly under: Uint8Array;
  readonly keptBy: SenseCue | undefined;
  /** Per rival, in the order of `rivals`, whether `keptBy` outweighs it (undefined: every rival). */
  readonly keptAgainst: readonly boolean[] | undefined;
  readonly onlyWhen: SenseCue | undefined;
  /** Per rival, in the order of `rivals`, whether it takes the words only where it leads every top level. */
  readonly leading: readonly boolean[] | undefined;
  /** The top levels' nodes a `leading` rival must outweigh. */
  readonly topLevels: readonly number[];
  /** The least weight of a rival's strongest word (SenseRow `rivalWordAtLeast`). */
  readonly rivalWordAtLeast: number;
  /** Shared by disciplines: the words need some other word of `topic` (SenseRow `undecided`). */
  readonly undecided: boolean;
}

/** Per lexicon phrase, its senses (at most one per topic). */
export type SensesOf = (entry: LexiconEntry) => readonly Sense[] | undefined;

export function compileSenses(lexicon: CompiledLexicon): SensesOf {
  const { nodes, nodeIndex } = lexicon;
  const node = (id: string): number => {
    const n = nodeIndex.get(id);
    if (n === undefined) throw new Error(`topic senses: unknown IPTC id ${id}`);
    return n;
  };
  // Each row's nodes below its topic, marked down from the topic: walking every node's ancestors for each
  // row was a millisecond of the tagger's import.
  const children: number[][] = nodes.map(() => []);
  nodes.forEach(({ parent }, n) => {
    if (parent >= 0) children[parent]?.push(n);
  });
  const topLevels = Object.values(TOP_LEVEL).map(node);
  const underTopic = new Map<number, Uint8Array>();
  const subtree = (topic: number): Uint8Array => {
    let under = underTopic.get(topic);
    if (under === undefined) {
      under = new Uint8Array(nodes.length);
      for (const pending = [topic]; pending.length > 0; ) {
        const n = pending.pop()!;
        under[n] = 1;
        pending.push(...(children[n] ?? []));
      }
      underTopic.set(topic, under);
    }
    return under;
  };
  // Keyed by stems, as the lexicon is: "record" also names the entry written "recorded".
  const byKey = new Map<string, Sense[]>();
  for (const row of ROWS) {
    const topic = node(row.topic);
    const under = subtree(topic);
    const sense: Sense = {
      topic,
      rivals: row.rivals.map(node),
      margin: row.margin ?? 1,
      rivalMargins: row.rivalMargins,
      under,
      keptBy: row.keptBy,
      keptAgainst: row.keptAgainst && row.rivals.map((rival) => row.keptAgainst?.includes(rival) ?? false),
      onlyWhen: row.onlyWhen,
      leading: row.leading && row.rivals.map((rival) => row.leading?.includes(rival) ?? false),
      topLevels,
      rivalWordAtLeast: row.rivalWordAtLeast ?? 0,
      undecided: row.undecided ?? false,
    };
    for (const words of row.words) {
      const key = words.split(' ').map(wordKey).join(' ');
      const senses = byKey.get(key) ?? [];
      if (!senses.some((s) => s.topic === topic)) senses.push(sense);
      byKey.set(key, senses);
    }
  }
  const ofEntry = new Map<LexiconEntry, readonly Sense[] | null>();
  return (entry) => {
    let senses = ofEntry.get(entry);
    if (senses === undefined) {
      const space = entry.phrase.indexOf(' ');
      const first = wordKey(space < 0 ? entry.phrase : entry.phrase.slice(0, space));
      senses = byKey.get(entry.rest.length ? `${first} ${entry.rest.join(' ')}` : first) ?? null;
      ofEntry.set(entry, senses);
    }
    return senses ?? undefined;
  };
}

/** The sense, among a phrase's senses, whose topic a node lies under. */
export function senseUnder(senses: readonly Sense[], node: number): Sense | undefined {
  for (const sense of senses) if (sense.under[node]) return sense;
  return undefined;
}

/**
 * The rest of the article leans to one of a sense's rival topics more than to its own (`peers`: the weight
 * of the own desk's other words in doubt that stand in for it, words-in-doubt.ts). `kept`: the sense's `keptBy`
 * holds, so only a rival it does not outweigh (`keptAgainst`) counts. A `leading` rival counts only where it also
 * outweighs every top level.
 */
export function leansToRival(
  raw: Float64Array,
  sense: Sense,
  peers = 0,
  kept = false,
  strongest?: ArrayLike<number>,
): boolean {
  const own = (raw[sense.topic] ?? 0) + peers;
  const { rivals, rivalMargins, margin, keptAgainst, leading } = sense;
  if (kept && keptAgainst === undefined) return false;
  if (sense.undecided && own <= 0) return true;
  for (let i = 0; i < rivals.length; i++) {
    const rival = raw[rivals[i] ?? -1] ?? 0;
    if (
      !(kept && keptAgainst?.[i]) &&
      rival > (rivalMargins?.[i] ?? margin) * own &&
      !(leading?.[i] && sense.topLevels.some((top) => (raw[top] ?? 0) > rival)) &&
      !(strongest && (strongest[rivals[i] ?? -1] ?? 0) < sense.rivalWordAtLeast)
    )
      return true;
  }
  return false;
}
