import { COUNTRY_VOICES } from '../entities/newsmakers.js';
import { slug } from '../entities/places.js';
import type { Country, Entity } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import { fieldOf, type TagDocument, toldIn } from '../text/document.js';
import { sentenceTextAt, sentenceTextOf } from '../text/sentences.js';
import { airAttack } from './air-attack.js';
import type { LexiconEntry, TopicNode } from './compile.js';
import type { PhraseHits } from './match.js';
import { NOT_AN_ATTACK } from './not-an-attack.js';
import { strikeOnTarget } from './strike-on-target.js';
import { topLevelsOf } from './top-levels.js';

const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const INTERNATIONAL_TRADE = 'medtop:20000373';
const DIPLOMACY_BONUS = 2;
const TRADE_BONUS = 1.5;
/** Leaders of two countries meeting weigh as one clear word of diplomacy. */
const LEADERS_MEETING_BONUS = 3;

/** The entity id of each listed newsmaker who speaks for a country ("person:donald-trump" → US). */
const VOICE_COUNTRY = new Map(
  Object.entries(COUNTRY_VOICES).flatMap(([code, names]) =>
    names.map((name) => [`person:${slug(name)}`, code]),
  ),
);
/** Whether a person entity is a listed newsmaker who speaks for a country (a leader, a minister). */
export function speaksForCountry(entity: Entity): boolean {
  return entity.type === 'person' && VOICE_COUNTRY.has(entity.id);
}

/** Words of leaders meeting or talking: "would meet Xi", "held talks with", "a summit", "a state visit". */
const MEETING =
  /\b(?:meet|meets|met|meeting|talks|summit|visit|visits|visited|visiting|phone call|spoke with|hosted|hosts)\b/i;

/**
 * The names of newsmakers of two or more countries (entities/newsmakers.ts) when a sentence naming one of
 * them has a word of meeting ("Trump said he would meet Xi in April"), else none: diplomacy, even where the
 * story has no other word of it and its countries, named only through their leaders, are not in focus.
 */
export function leadersMeeting(doc: TagDocument, entities: readonly Entity[]): string[] {
  const leaders = entities.filter((e) => e.type === 'person' && VOICE_COUNTRY.has(e.id));
  if (new Set(leaders.map((e) => VOICE_COUNTRY.get(e.id))).size < 2) return [];
  for (const leader of leaders)
    for (const m of leader.mentions) {
      const sentence = sentenceTextAt(fieldOf(doc, m.field), m.start);
      if (sentence !== undefined && MEETING.test(sentence)) return leaders.slice(0, 3).map((e) => e.name);
    }
  return [];
}

/**
 * Words of leaders talking in a headline: the words of meeting and the headline's own ("Xi and Trump
 * discuss tariffs in phone call", "Modi, Trump speak").
 */
const TITLE_TALK =
  /\b(?:meet|meets|met|meeting|talks|summit|visit|visits|visited|phone call|call|calls|speak|speaks|spoke|discuss|discusses|discussed|hosts|hosted)\b/i;
/** Where a headline's subject ends: "Modi and Trump speak as trade talks drag on". */
const TITLE_ADJUNCT = /\b(?:after|amid|as|before|despite|following|from|over|since|with)\b/i;
/** A headline's subject, before its first adjunct: "Shares jump after rival's takeover bid" is about shares. */
export function titleSubject(title: string): string {
  const adjunct = TITLE_ADJUNCT.exec(title);
  return adjunct ? title.slice(0, adjunct.index) : title;
}
/** "trade talks", "trade call": the talks are the trade's, not the leaders' meeting. */
const TRADE_BEFORE = /\btrade\s*$/i;

/**
 * Leaders of two or more countries (entities/newsmakers.ts `COUNTRY_VOICES`) named in the title, whose
 * subject says they meet, talk or call ("Xi and Trump discuss tariffs and fentanyl in phone call"): the
 * meeting is the story, whatever they discussed. Not "Carney and Trump agree to resume trade talks" (the
 * trade's talks) nor "… as trade talks drag on" (an adjunct).
 */
export function leadersMeetInTitle(doc: TagDocument, entities: readonly Entity[]): boolean {
  const countries = new Set<string>();
  for (const e of entities) {
    const country = e.type === 'person' ? VOICE_COUNTRY.get(e.id) : undefined;
    if (country && e.mentions.some((m) => m.field === 'title')) countries.add(country);
  }
  if (countries.size < 2) return false;
  const head = titleSubject(doc.title.text);
  const talk = TITLE_TALK.exec(head);
  return talk !== null && !TRADE_BEFORE.test(head.slice(0, talk.index));
}

/** A state or official visit: "Chinese president begins state visit to France". */
const STATE_VISIT = /\b(?:state|official) visits?\b/i;

/**
 * The headline's subject is a state or official visit (topics26): the visit is the story, before the trade
 * deals, aircraft orders and farm exports signed during it; score.ts puts international relations first as
 * for leaders who meet in the headline.
 */
export function stateVisitInTitle(title: string): boolean {
  return STATE_VISIT.test(titleSubject(title));
}

/** A state that joins a bloc or is admitted to it: "Timor-Leste becomes ASEAN's 11th member", "Finland joins NATO as member". */
const MEMBERSHIP =
  /\b(?:becomes?|became|(?:re)?joins?|(?:re)?joined|admit(?:s|ted)?)\b(.{0,40})\bmember(?:ship)?\b|\baccession\b/i;
/** A state that joins a bloc it names without "member": "Finland joins NATO", "Mauritania rejoins ECOWAS". */
const JOINS_BLOC =
  /\b(?:[Rr]e)?[Jj]oin(?:s|ed)?\s+(?:the\s+)?(?:[A-Z]{3,}\b|European Union|African Union|Commonwealth|[Ee]uro ?zone|Schengen|bloc\b)/;
/** What a person joins as a member is no bloc: a company's board, a committee, a panel, an index, a club. */
const NOT_A_BLOC =
  /\b(?:board|boards|committee|panel|index|club|team|squad|cabinet|jury|council of directors)\b/i;

/**
 * The headline's subject is a state joining an international body (review33 T4): the membership is the story,
 * before the trade and the oil revenue its background tells; score.ts puts the international organisation first
 * when the story names one. The state is named before the verb (read33 F7: "Former Unilever chief joins Nestle board
 * as member" beside the World Bank or ECOWAS in the body is no state joining a bloc); a bloc the headline names
 * may stand for "member" ("Mauritania rejoins ECOWAS").
 */
export function membershipInTitle(title: string, entities: readonly Entity[]): boolean {
  // The whole headline: "Indonesia joins BRICS as full member" tells the membership after its "as".
  const m = MEMBERSHIP.exec(title) ?? JOINS_BLOC.exec(title);
  if (!m || NOT_A_BLOC.test(m[1] ?? '')) return false;
  return entities.some(
    (e) => e.id.startsWith('place:iso:') && e.mentions.some((o) => o.field === 'title' && o.start < m.index),
  );
}

/** The weight of the heaviest top level, leaving out those `skip` names (the desk a rule weighs against the rest). */
export function strongestTopLevel(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  skip?: (node: number) => boolean,
): number {
  let strongest = 0;
  for (const i of topLevelsOf(nodes)) if (!skip?.(i)) strongest = Math.max(strongest, raw[i] ?? 0);
  return strongest;
}

/** Adds `amount` to a node and every ancestor, as a lexicon match does. */
export function boost(raw: Float64Array, nodes: readonly TopicNode[], node: number, amount: number): void {
  for (let n = node; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + amount;
}

/**
 * Evidence beyond words. An article about two or more countries that already uses the vocabulary of
 * diplomacy or of trade is more likely about relations or trade between them than about either
 * country alone; the words alone decide whether the topic is there at all, the countries only weigh it.
 */
export function applyDocumentSignals(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  nodeIndex: ReadonlyMap<string, number>,
  strongest: Float64Array,
  meeting: readonly string[],
  countries: readonly Country[],
  accord: readonly string[] = [],
): string[] {
  const evidence: string[] = [];
  const relations = nodeIndex.get(INTERNATIONAL_RELATIONS);
  if (relations !== undefined && meeting.length) {
    boost(raw, nodes, relations, LEADERS_MEETING_BONUS);
    strongest[relations] = Math.max(strongest[relations] ?? 0, LEADERS_MEETING_BONUS);
    evidence.push(`leaders: ${meeting.join(', ')}`);
  }
  // Countries that agree in the headline (states-agree.ts) weigh as their leaders meeting.
  if (relations !== undefined && accord.length) {
    boost(raw, nodes, relations, LEADERS_MEETING_BONUS);
    strongest[relations] = Math.max(strongest[relations] ?? 0, LEADERS_MEETING_BONUS);
    evidence.push(`countries agree: ${accord.join(', ')}`);
  }
  const focus = countries.filter((c) => c.focus);
  if (focus.length < 2) return evidence;
  const names = focus
    .slice(0, 3)
    .map((c) => c.name)
    .join(', ');
  if (relations !== undefined && (raw[relations] ?? 0) > 0) {
    boost(raw, nodes, relations, DIPLOMACY_BONUS);
    evidence.push(`countries: ${names}`);
  }
  const trade = nodeIndex.get(INTERNATIONAL_TRADE);
  if (trade !== undefined && (raw[trade] ?? 0) > 0) {
    boost(raw, nodes, trade, TRADE_BONUS);
    if (!evidence.length) evidence.push(`countries: ${names}`);
  }
  return evidence;
}

/** Lexicon phrases that report deaths ("killed" stands for kill, kills and killing too: entries are stems). */
const DEATH_PHRASES = new Set(['killed', 'dead', 'death toll', 'died', 'dies']);
/** Disaster words of at least this weight in the title's subject name the event the story is about. */
const MIN_TITLE_DISASTER = 2;
/** How far above its setting a deadly disaster is put: half a weak word. */
const ABOVE_SETTING = 0.5;

/**
 * A title whose subject is a disaster ("Stampede outside stadium kills 11", "Air India crash report points
 * to …"; not "Insurer's profit falls after wildfires"), in a story whose lead tells of it before any
 * adjunct ("A fire tore through …"; not "Insurers face losses after an earthquake") and that reports deaths
 * in its title, lead or the sentence after, is filed as a disaster before its
 * setting, however much of its vocabulary the setting has: the airline's business, the club's title, the
 * stock market of the city where a tower block burned. An aircraft's, a train's or a ship's crash told in the
 * lead (`vehicleCrash`, asked last) is such an event without its deaths told early: "Air India crash: what
 * we know so far" over "An Air India Boeing 787-8 Dreamliner … crashed shortly after take-off" (review22 ★10);
 * a storm or an earthquake that strikes in the headline ("Cyclone hits Vanuatu", natural-strike.ts, asked by the
 * same callback) is one too, deaths told or not (review23 ★9);
 * shares that "crashed 20%" and a racing driver who "crashed his car" are no such crash. The disaster's weight is raised just above the
 * strongest top level's, so it leads and the setting keeps its own tag. War and crime are not settings
 * but rival readings of deaths (a car bomb's "explosion", an arsonist's "fire"): their weight is left to
 * decide. A disaster word that its sense took away (fire in a battle, see senses.ts) does not count.
 * `wholeTitle`: the headline's adjunct names the disaster its subject's deaths come from ("Hundreds dead after
 * cyclone hits Rakhine", natural-deaths.ts), so all of the headline's words count.
 */
export function applyDeadlyDisaster(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  disaster: number,
  rivals: readonly number[],
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
  vehicleCrash?: () => boolean,
  wholeTitle = false,
): void {
  let inTitle = 0;
  let inLead = false;
  let deaths = false;
  for (const [entry, h] of hits) {
    if (!h.title && !h.early) continue;
    if (DEATH_PHRASES.has(entry.phrase)) deaths = true;
    // Only the subject of the title and of the lead names the event: "Shares slump after jet crash" and
    // "Banks face hard times following the tsunami" are about shares and banks.
    const titled = wholeTitle ? h.title : h.titleHead;
    if ((!titled && !h.leadHead) || offSense?.get(disaster)?.has(entry.phrase)) continue;
    const { gains } = entry;
    for (let k = 0; k < gains.length; k += 2) {
      if (gains[k] !== disaster) continue;
      if (titled) inTitle += gains[k + 1] ?? 0;
      if (h.leadHead) inLead = true;
    }
  }
  if (!inLead || inTitle < MIN_TITLE_DISASTER || !(deaths || vehicleCrash?.())) return;
  raiseAboveSetting(raw, nodes, disaster, rivals);
}

/** An aircraft, a train or a ship (a car crash that makes news tells its deaths; a racing car's does not). */
const VEHICLE =
  /\b(?:plane|jet|jetliner|airliner|aircraft|helicopter|Boeing|Airbus|Dreamliner|flight|train|ferry|ship|vessel)\b/i;
/**
 * An aircraft, a ship or their crew, without which a "crash landing" or a course that "ran aground" is an
 * economy's or talks' (read29 F-j).
 */
const CRAFT =
  /\b(?:plane|jet|jetliner|airliner|aircraft|helicopter|Boeing|Airbus|flight|pilots?|runway|ship|vessel|tanker|freighter|carrier|ferry|boat|trawler|yacht|crew)\b/i;

/** The story names an aircraft or a ship: a "crash landing" is a plane's, "ran aground" a ship's. */
export function craftNamed(doc: TagDocument): boolean {
  return toldIn(doc, CRAFT);
}

/** Its crash: crashed, came down, derailed, collided, capsized, sank. */
const CRASHED = /\b(?:crash(?:ed|es)?|came down|derailed|collided|capsized|sank)\b/i;

const CRASHED_ALL = new RegExp(CRASHED.source, 'gi');
/** What crashes in a market: shares, stocks, prices, sales, a currency ("Boeing shares crashed 9%"). */
export const MARKET_SUBJECT =
  /\b(?:shares?|stocks?|prices?|markets?|sales|values?|index|bitcoin|crypto\w*|currenc\w+|bonds?)\b/i;
/** A vehicle's crash told after the word: "the crash of a Boeing 737", "a crash involving a train". */
const CRASH_OF = /^\s+(?:of|involving)\b/i;

/**
 * The lead sentence tells of an aircraft, a train or a ship that crashed (see `applyDeadlyDisaster`): the
 * vehicle is the crash's subject (in the words before it) or its object ("crash of a jet"); a market word
 * just before it ("Boeing shares crashed", "after prices crashed") or a figure right after it ("crashed 9%")
 * makes it a market's crash, whatever plane or flight the sentence also names (read22 F2).
 */
export function vehicleCrashInLead(doc: TagDocument, lead: number): boolean {
  const text = sentenceTextOf(doc.body, lead);
  if (!CRASHED.test(text) || !VEHICLE.test(text)) return false;
  for (const crash of text.matchAll(CRASHED_ALL)) {
    const before = text.slice(Math.max(0, crash.index - 80), crash.index);
    const after = text.slice(crash.index + crash[0].length, crash.index + crash[0].length + 40);
    if (MARKET_SUBJECT.test(before.slice(-40)) || /^\s*[\d$\u20ac\u00a3]/.test(after)) continue;
    if (VEHICLE.test(before) || (CRASH_OF.test(after) && VEHICLE.test(after))) return true;
  }
  return false;
}

/**
 * Puts an event's node half a weak word above the strongest top level but its own and its rivals' (its
 * ancestors rise with it, so a subtopic's top level leads and the subtopic can be its first).
 */
export function raiseAboveSetting(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  event: number,
  rivals: readonly number[],
): void {
  let top = event;
  while ((nodes[top]?.parent ?? -1) >= 0) top = nodes[top]?.parent ?? -1;
  const setting = strongestTopLevel(raw, nodes, (i) => i === top || rivals.includes(i));
  const lift = setting + ABOVE_SETTING - (raw[event] ?? 0);
  if (lift > 0) boost(raw, nodes, event, lift);
}

/** Earnings words of at least this weight ("profit", "revenue", "operating profit") name a results report. */
const MIN_EARNINGS_WORD = 2;

/**
 * A results report: the title's subject ("AMD profit rises as data centre chip sales jump", "Samsung
 * operating profit falls on weak memory chip prices") and the lead (the body's first sentence) both tell
 * of a company's profit, revenue or earnings. Such a story is filed under business before the setting its products
 * give it (chips, smartphones, servers, films): earnings are raised half a weak word above the strongest
 * other top level. Crime (an accounts fraud) reads such words its own way and is left to its weight.
 * Only where the earnings' top level does not lead already, so most articles pay one comparison; and only
 * where a firm is the report's subject (`firmReports`, asked last): a state's tax or lottery revenue, a
 * militia's smuggling profits are no results report (read20 F1).
 */
export function applyEarningsReport(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  earnings: number,
  top: number,
  rivals: readonly number[],
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
  firmReports: () => boolean,
): void {
  const own = raw[top] ?? 0;
  if ((raw[earnings] ?? 0) < MIN_EARNINGS_WORD) return;
  if (strongestTopLevel(raw, nodes, (i) => i === top) <= own) return;
  let inTitle = false;
  let inLead = false;
  for (const [entry, h] of hits) {
    if (!h.titleHead && !h.lead) continue;
    const { gains } = entry;
    for (let k = 0; k < gains.length; k += 2) {
      if (gains[k] !== earnings || (gains[k + 1] ?? 0) < MIN_EARNINGS_WORD) continue;
      if (offSense?.get(earnings)?.has(entry.phrase)) break;
      if (h.titleHead) inTitle = true;
      if (h.lead) inLead = true;
    }
  }
  if (inTitle && inLead && firmReports()) raiseAboveSetting(raw, nodes, earnings, rivals);
}

/**
 * Shootings told as an event (crime's general node holds them: a shooting need not be a homicide):
 * "were shot", "mass shooting", "opened fire". Phrases are stems, as the lexicon's entries.
 */
const SHOOTING_PHRASES = new Set([
  'were shot',
  'was shot',
  'been shot',
  'shot and wounded',
  'shot and injured',
  'shot and killed',
  'mass shooting',
  'shooting spree',
  'gun attack',
  'gunshot wound',
  'opened fire',
]);
/** Words of harm to people beyond the deaths: "injuring eight", "casualties". */
const HARM_PHRASES = new Set(['injured', 'casualties']);
/** Violence in the title's subject of at least this weight names the event ("Shooting at …", "… killed in shooting"). */
const MIN_TITLE_VIOLENCE = 1.5;
/** A violent word this clear reports people hurt by itself ("stabbed", "were shot", "murdered"). */
const HARM_WEIGHT = 2.5;

/**
 * A shooting, stabbing or killing at a school, a church, a hospital, a concert or near the White House
 * is filed as crime before its setting: the event outranks where it happened ("Two students killed in
 * shooting at high school" led with education). The title's subject names the violence (homicide or
 * assault words, or a shooting) — or the lead's subject tells of a shooting as an act ("were shot", "opened
 * fire": headlines drop the verb, "Two guardsmen shot near White House") —, the lead's subject tells of
 * it, and the title, lead or the sentence after reports people killed or hurt. An adjective in the lead
 * ("the murdered designer's art collection") is no event without the title. War reads such words its own way (gunmen of
 * an armed group): its weight is left to decide. A policy story on knife crime or a trial names no
 * attack in its subject, or its setting already ranks below crime.
 */
export function applyViolentCrime(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  crimeTop: number,
  crime: number,
  violent: readonly number[],
  rivals: readonly number[],
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): void {
  let inTitle = 0;
  let lead = false;
  let shotInLead = false;
  let harm = false;
  for (const [entry, h] of hits) {
    if (!h.title && !h.early) continue;
    const { gains, phrase } = entry;
    let weight = 0;
    for (let k = 0; k < gains.length; k += 2) {
      const node = gains[k] ?? -1;
      if (!violent.includes(node) && !(node === crime && SHOOTING_PHRASES.has(phrase))) continue;
      // A crash or a flood that "killed" is no killing where its sense went to the disaster (senses.ts).
      if (!offSense?.get(node)?.has(phrase)) weight = Math.max(weight, gains[k + 1] ?? 0);
    }
    if (DEATH_PHRASES.has(phrase) || HARM_PHRASES.has(phrase) || weight >= HARM_WEIGHT) harm = true;
    if (weight === 0) continue;
    if (h.titleHead) inTitle += weight;
    if (h.leadHead) {
      lead = true;
      if (SHOOTING_PHRASES.has(phrase)) shotInLead = true;
    }
  }
  if (!harm || !lead || (inTitle < MIN_TITLE_VIOLENCE && !shotInLead)) return;
  raiseAboveSetting(raw, nodes, crimeTop, rivals);
}

/** A crime word of this weight in the headline names the crime the story is about ("robbery", "murder"). */
const MIN_CRIME_WORD = 2;
/** Crime in general, which names no offence: "crime survey shows fall", "officers to fight crime". */
const GENERAL_CRIME = new Set([
  'crime',
  'crimes',
  'criminal',
  'criminals',
  'offender',
  'offenders',
  'crime rate',
  'crime figures',
  'crime wave',
]);
/** A policy against a kind of crime, no crime that happened: "officers on patrol to tackle knife crime"
 * (not "arrested on murder charges": a bare "on" stays). */
const AGAINST_CRIME =
  /\b(?:tackl\w*|cut(?:s|ting)?|curb\w*|fight(?:s|ing)?|combat\w*|reduc\w*|against|crack(?:s|ed)? down on|crackdown on)\s+$/i;

/** The headline names an offence with this crime word, not crime in general or a fight against it. */
function namesOffence(phrase: string, title: string): boolean {
  if (GENERAL_CRIME.has(phrase.toLowerCase())) return false;
  const at = title.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 || !AGAINST_CRIME.test(title.slice(Math.max(0, at - 20), at));
}

/**
 * Arrests after a crime are filed under the crime, not the police: "Police arrest three after jewellery
 * store robbery" is crime › robbery, though its arrest, police and charges words outweigh the one robbery.
 * Where crime, law and justice leads and the headline names a crime (a word of weight ≥ 2 for crime or one
 * of its kinds), the crime node is put just above law enforcement, never above its top level. A story on
 * policing with no crime in its headline keeps law enforcement first, and the courts keep theirs: a
 * sentence or a verdict ("cleared of assault", "sentenced to death for murders") is the judiciary's story
 * as much as the crime's. Crime in general ("crime survey", "to tackle knife crime") names no offence
 * (read21 F10). Only the subtopic moves: no top level does.
 */
export function crimeBeforeArrests(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  crimeTop: number,
  crime: number,
  lawEnforcement: number,
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
  title: string,
): void {
  const police = raw[lawEnforcement] ?? 0;
  const own = raw[crime] ?? 0;
  if (own === 0 || own > police) return;
  const top = raw[crimeTop] ?? 0;
  if (strongestTopLevel(raw, nodes) > top) return;
  for (const [entry, h] of hits) {
    if (!h.title) continue;
    const { gains } = entry;
    for (let k = 0; k < gains.length; k += 2)
      if (
        gains[k] === crime &&
        (gains[k + 1] ?? 0) >= MIN_CRIME_WORD &&
        !offSense?.get(crime)?.has(entry.phrase) &&
        namesOffence(entry.phrase, title)
      ) {
        raw[crime] = Math.min(top, police + CRIME_FIRST_MARGIN);
        return;
      }
  }
}
/** How far above law enforcement the named crime is put: a tenth of one weak word. */
const CRIME_FIRST_MARGIN = 0.1;

/**
 * A state's armed force at sea, in the field or in the air ("Iran's navy", "Revolutionary Guards", "US forces",
 * "commandos", "Iranian gunboats", "Iraqi jets", "warplanes").
 */
const ARMED_FORCE =
  /\b(?:navy|naval|(?:armed|naval|security|special|coalition|government|rebel|enemy|US|U\.S\.|UK|\w+(?:ian|an|ese|i|ish)) forces|troops|military|army|marines|commandos|Revolutionary Guards?|IRGC|warships?|gunboats?|warplanes?|jets|missiles?)\b/i;
/** Taking or attacking a ship: seizes, seized, boarded, detains, hijacked, captured, attacks, intercepted, hit. */
const SEIZURE =
  /\b(?:seiz\w*|board(?:s|ed|ing)|detain\w*|hijack\w*|captur\w*|attack\w*|intercept\w*|hits?|struck)\b/i;
/**
 * The ship: a tanker, a vessel, a cargo ship, a freighter; not the trade named after it ("tanker owners'
 * profits", "tanker stocks", "shipping rates": read22 F9, where market forces "hit" them).
 */
const SHIP =
  /\b(?:tankers?|vessels?|ships?|freighters?)\b(?![\s'\u2019]+(?:owners?|operators?|stocks?|shares?|rates?|prices?|profits?|markets?|firms?|companies|industry|sector|earnings)\b)/i;
/** A part of each of SHIP's words. */
const SHIP_WORD = /tanker|vessel|ship|freighter/i;

/**
 * A headline whose subject (before its first adjunct) tells of an armed force taking or attacking a ship
 * ("Iran's Revolutionary Guards seize oil tanker in Strait of Hormuz", "Iranian navy seizes Greek-owned
 * tanker", "IRANIAN GUNBOATS ATTACK NORWEGIAN TANKER IN GULF") is a security story before its cargo's business: its oil, crude and barrels are the setting.
 * Armed conflict is put half a weak word above the setting; politics (a diplomatic row over the seizure)
 * and crime (a coast guard's drug bust) read such a seizure their own way and are left to their weight.
 * Returns the three words as the headline writes them (armed conflict's evidence), or undefined.
 */
export function armedSeizureInTitle(doc: TagDocument): string[] | undefined {
  const title = doc.title.text;
  // SHIP_WORD first: a headline without one skips the longer pattern (V8 compiles a pattern on first use).
  if (!SHIP_WORD.test(title) || !SHIP.test(title)) return undefined;
  const head = titleSubject(title);
  const force = ARMED_FORCE.exec(head);
  const seizure = force && SEIZURE.exec(head);
  const ship = seizure && SHIP.exec(head);
  return ship ? [force[0], seizure[0], ship[0]] : undefined;
}

/** "Strikes", "strike" and "struck" as the word of an attack. */
const STRIKE_WORD = /\b(?:strikes?|struck)\b/i;
/**
 * Casualties the strikes caused, after the word: "Strikes on the district killed 18", not "whose books about
 * the banana strikes … died on Tuesday" (an obituary).
 */
const HARMED = /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies)|dead)\b/i;
/** Who struck, or with what: forces and weapons (not "targets" or "jets": a firm's targets, grounded jets). */
const MILITARY =
  /\b(?:forces|troops|military|army|navy|naval|drones?|missiles?|rockets?|warships?|warplanes)\b/i;

/**
 * The labour entries an attack's "strikes" would otherwise be read as, with a strike's length ("a nine-hour
 * strike" of missiles and drones, read28 F4), which takes the word from the bare entry.
 */
const STRIKE_PHRASES = new Set([
  'strike',
  'strikes',
  'striking',
  'hour strike',
  'day strike',
  'week strike',
  'month strike',
]);
/** Strikes that killed, or forces that struck, weigh as one clear word of war. */
const MILITARY_STRIKE_WEIGHT = 3;

/**
 * Strikes the article tells of as an attack (`militaryStrike`) give the strike word's weight, where the
 * article uses it (title, lead), to armed conflict, before word senses are settled: labour then loses the
 * word (senses.ts). Returns the two words as evidence, or undefined.
 */
export function applyMilitaryStrike(
  doc: TagDocument,
  pending: readonly (readonly [LexiconEntry, unknown, number, number, number])[] | undefined,
  raw: Float64Array,
  nodes: readonly TopicNode[],
  strongest: Float64Array,
  armedConflict: number,
  entities: readonly Entity[],
): string[] | undefined {
  let weight = 0;
  for (const [entry, , , weighted, gain] of pending ?? [])
    if (STRIKE_PHRASES.has(entry.phrase) && gain > 0) weight = Math.max(weight, weighted / gain);
  // "Forces struck a boat": a verb no lexicon entry holds, weighed as one body word.
  if (weight === 0 && (doc.body.text.includes('struck') || doc.title.text.includes('struck'))) weight = 1;
  if (weight === 0) return undefined;
  const evidence = militaryStrike(doc) ?? strikeOnTarget(doc, entities) ?? airAttack(doc, entities);
  if (evidence) {
    boost(raw, nodes, armedConflict, weight * MILITARY_STRIKE_WEIGHT);
    strongest[armedConflict] = Math.max(strongest[armedConflict] ?? 0, MILITARY_STRIKE_WEIGHT);
  }
  return evidence;
}

/**
 * A sentence that tells of an attack by "strikes" — with its casualties or its forces, weapons or targets
 * ("Strikes on the district killed 18", "Naval forces struck another vessel") — as the article writes its
 * two words; else undefined. Labour's "strike" keeps its sense where no such sentence is found.
 */
export function militaryStrike(doc: TagDocument): string[] | undefined {
  for (const field of [doc.title, doc.body]) {
    const { text } = field;
    if (!STRIKE_WORD.test(text)) continue;
    for (const s of field.sentences) {
      const sentence = text.slice(s.start, s.end);
      const strike = STRIKE_WORD.exec(sentence);
      if (!strike || NOT_AN_ATTACK.test(sentence)) continue;
      const isVerb = lowerCased(strike[0]) === 'struck';
      // Casualties after the word ("Strikes on the district killed 18"), not before it ("Echeverria, who
      // died on Sunday, wrote of the banana strikes").
      const cue = MILITARY.exec(sentence) ?? (isVerb ? null : HARMED.exec(sentence.slice(strike.index)));
      if (cue) return [strike[0], cue[0]];
    }
  }
  return undefined;
}
