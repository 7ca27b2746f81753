// War reports' places no list knows: "The rebels captured Gedaref", "Troops shelled Shatoi overnight",
// "Fighting raged around Kibungo", "Rebels seized Tskhinvali , a town 50 km north of the capital" (wild51 W18).
import { newsmakerNamed } from '../newsmakers.js';
import { type Candidate, type Context, fieldsOf } from './context.js';

/**
 * Verbs of taking, attacking or leaving ground: their object is a town, a hill or a region. Leaving is
 * read only after the people who flee ("thousands fled Gedaref"; "investors fled Zentrix" is a firm). People are
 * captured too ("troops captured Ocalan"), but a word no list knows after these verbs in a war report is a place
 * far more often; firms are never shelled or retaken ("regulators seized" a bank is left out: "seized" needs a
 * fighting word before it).
 */
const TAKING_VERBS = new Set([
  'shelled',
  'bombed',
  'bombarded',
  'besieged',
  'recaptured',
  'retook',
  'overran',
  'encircled',
  'captured',
  'stormed',
  'liberated',
]);

/**
 * The ground a battle moves over: "advancing on Gedaref" ("shares advanced on Friday": the past tense needs the
 * troops), "fighting raged around Shatoi", "troops entered", "the convoy reached", "shells fell on", "the siege
 * of", "the outskirts of" ("pulled out of" and "the centre of" are left out: investors pull out of stocks, and a
 * firm is "the centre of" a row), what troops take control of or claim the capture of ("forces have taken full
 * control of Kelmora", "troops claim capture of Kelmora"; investors take control of firms, so the troops are asked
 * for); and a storm's: "make landfall over Isabela", "Signal No. 2 was raised over Catanduanes" (weather bulletins,
 * wild53 Y5; the signal is asked for: "concerns were raised over" a firm). ("the fall of" is left out: regimes fall
 * with their leaders, "the fall of Ceausescu".)
 */
const BATTLE_BEFORE =
  /\b(?:(?:advancing|marching|converging|clos(?:ing|ed) in) on|(?:rebels|troops|forces|guerrillas|fighters|tanks|army|soldiers) (?:had )?(?:advanced|marched) on|(?:fighting|clashes|shelling|raged|battles?|positions) around|(?:rebels|troops|forces|guerrillas|fighters|militia|army|tanks|soldiers|convoy|column) (?:had |have )?(?:seized|took|entered|reached)|(?:thousands|residents|civilians|villagers|refugees|families) (?:had )?fled|(?:shells|rockets|bombs|mortars) (?:fell|landed|rained) on|landfall (?:over|in|near|on)|(?:signal|warning)s?(?: no\.? ?\d+)? (?:was |were |has been |had been )?(?:raised|hoisted) over|(?:the )?(?:siege|outskirts|shelling|bombardment|encirclement|recapture|battle) of|(?:rebels|troops|forces|guerrillas|fighters|militia|army|soldiers) (?:have |had |has )?(?:taken|took|seized|gained|claim(?:ed|s)?|regained|won) (?:full |complete |total )?(?:control|capture) of|(?:rebels|troops|forces|guerrillas|fighters|militia|army|soldiers) (?:claim(?:ed|s)?|announced|completed|confirmed) (?:the )?capture of)\s+$/i;

/**
 * ", a town 50 km north of …", ", the provincial capital ,": the apposition of a place. The noun ends the apposition
 * or a distance, a direction or "of"/"in"/"near" follows it; "the city 's mayor", "a town councillor", "a village
 * elder", "the region 's biggest employer" are people and firms (read53 R1).
 */
const PLACE_APPOSITION =
  /^\s*,\s+(?:a|the)\s+(?:(?:small|strategic|key|northern|southern|eastern|western|central|border|provincial|rebel|rebel-held|government-held|mountain|market|frontier|river|garrison|district)\s+)?(?:town|village|city|port|capital|district|province|region|stronghold|enclave|valley|outpost|hamlet|settlement|suburb|township)(?:\s*(?:[,.;)]|$)|\s+(?:\d|some\b|about\b|of\b|in\b|near\b|on\b|north|south|east|west))/;

/** "Gedaref fell to the rebels", "Shatoi was shelled": a place a war report's passive or "fell to" follows. */
const PLACE_TAKEN_AFTER =
  /^\s+(?:fell to (?:the )?(?:rebels|troops|guerrillas|fighters|militia|army|government forces|insurgents)\b|(?:was|were) (?:shelled|bombed|besieged|recaptured|retaken|overrun|captured by)\b)/;

/** How many characters before and after a name are read for these cues (the phrases are short). */
const SPAN = 40;

/**
 * A possessive right after the name before one of its people: "captured Escobar 's former bodyguard" took the
 * bodyguard, and Escobar is a person ("captured Kelvane's main airport": a town's airport, read54 R7).
 */
const POSSESSIVE_PERSON_AFTER =
  /^\s?['\u2019]s?\s+(?:(?:former|chief|top|personal|elder|eldest|younger|youngest|main|second|trusted|closest)\s+)?(?:bodyguards?|sons?|daughters?|wife|husband|deputy|deputies|aides?|brothers?|sisters?|father|mother|men|lieutenants?|drivers?|lawyers?|associates?|henchmen|accomplices?|spokesman|secretary)\b/i;

/** Who hunts people, not towns, right before "captured": "Police captured Abimaro" (wild53 Y24, read53). */
const MANHUNTERS_BEFORE =
  /\b(?:police|policemen|detectives|agents|officers|marshals|authorities|troopers|gendarmes|bounty hunters)\s+(?:have\s+|had\s+)?(?:\w+\s+)?$/i;

/** What ends a manhunt after the name: "captured Abimaro after a two-week manhunt", "… alive", "… in his hideout". */
const MANHUNT_AFTER =
  /^\s+(?:alive\b|unharmed\b|after (?:a|an) [^.;]{0,20}\b(?:manhunt|chase|search)\b|in (?:a|his|her) hide-?out\b)/i;

/**
 * Whether the one-word name after a verb of taking is a person captured: a newsmaker the lists know by surname,
 * one a possessive follows (its bodyguard, its men were taken), one police and agents took, or one a manhunt ends
 * with (wild53 Y24: "Troops captured Sankoh" stays for the story's other mentions to decide).
 */
function personTaken(text: string, c: Candidate): boolean {
  if (newsmakerNamed(c.words[0]!) !== undefined) return true;
  return POSSESSIVE_PERSON_AFTER.test(text.slice(c.end, c.end + SPAN)) || manhunted(text, c);
}

/** "Police captured Abimaro", "Troops captured Abimaro after a two-week manhunt": a manhunt's end. */
function manhunted(text: string, c: Candidate): boolean {
  if (MANHUNT_AFTER.test(text.slice(c.end, c.end + SPAN))) return true;
  const before = text.slice(Math.max(0, c.start - SPAN), c.start);
  return MANHUNTERS_BEFORE.test(before.slice(0, before.length - (c.prev?.length ?? 0) - 1));
}

/**
 * Whether the unknown one-word name is a person a manhunt took: "Police captured Abimaro", "Troops captured Abimaro
 * after a two-week manhunt" (police and agents hunt people; a manhunt ends with one).
 */
export function manhuntCapture(ctx: Context, c: Candidate): boolean {
  return (
    c.words.length === 1 &&
    c.prev !== undefined &&
    TAKING_VERBS.has(c.prev) &&
    manhunted(fieldsOf(ctx, c.field).field.text, c)
  );
}

/** An unknown one-word name that a war report's verb or apposition makes a place. */
export function warPlace(ctx: Context, c: Candidate): boolean {
  if (c.words.length !== 1) return false;
  const text = fieldsOf(ctx, c.field).field.text;
  if (c.prev !== undefined && TAKING_VERBS.has(c.prev)) return !personTaken(text, c);
  return (
    BATTLE_BEFORE.test(text.slice(Math.max(0, c.start - SPAN), c.start)) ||
    PLACE_APPOSITION.test(text.slice(c.end, c.end + SPAN)) ||
    PLACE_TAKEN_AFTER.test(text.slice(c.end, c.end + SPAN))
  );
}
