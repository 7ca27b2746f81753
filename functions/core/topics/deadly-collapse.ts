import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { MARKET_SUBJECT } from './signals.js';

/**
 * A structure, a vehicle or a vessel of fuel, the thing that gives way in an accident: "a tunnel collapsed", "a bus
 * plunged into a ravine", "a dam burst", "scaffolding fell onto a street", "a lift cable snapped", "a boat … sank",
 * "a fuel tanker exploded", "a gas cylinder exploded", "a minibus overturned", "a well collapsed". A well only
 * after its article or an adjective of one ("a disused well"): "as well", "performed well" are adverbs.
 */
const STRUCTURE_WORDS =
  'tunnel|mine|shaft|bridge|building|block|tower|dam|levee|embankment|roof|ceiling|wall|balcony|stand|stage|scaffolding|crane|house|hotel|factory|warehouse|school|church|mosque|temple|bus|coach|minibus|truck|lorry|van|car|boat|ship|ferry|lift|elevator|cable|gondola|hillside|slope|tanker|cylinder|boiler|reactor|furnace|pipeline|(?:fuel|gas|oil|water|storage|chemical|septic) tank|borewell|tubewell|(?<=\\b(?:a|an|the|old|disused|open|abandoned|dry|deep)\\s)well';
const STRUCTURE = new RegExp(`\\b(?:${STRUCTURE_WORDS})s?\\b`, 'i');
/**
 * The structure as the verb's subject: its word, then at most three words before the verb ("a building under
 * construction collapsed", "a bus carrying 40 pilgrims plunged"). "A House bill to curb overdose deaths
 * collapsed" and "Bus ridership in New York plunged" name another subject.
 */
const STRUCTURE_SUBJECT = new RegExp(`\\b(${STRUCTURE_WORDS})s?\\b((?:\\s+[\\w'-]+){0,3})\\s*$`, 'i');
/**
 * What may follow the structure's word inside its own phrase: a preposition, a participle, an adverb ("a bus
 * carrying", "a building under construction", "a wall that had"). Another noun makes the structure a modifier:
 * "Bus ridership … plunged".
 */
const SUBJECT_GOES_ON =
  /^(?:under|carrying|packed|loaded|full|with|on|at|in|near|of|from|over|along|across|that|which|had|has|was|were|partly|partially|suddenly|reportedly|also|then|completely|being|used|owned|operated|holding|transporting)$/i;
/** A preposition that makes the structure a place the subject was at: "a student at a school collapsed". */
const PLACE_PREPOSITION =
  /^(?:at|in|on|near|inside|outside|from|by|behind|beside|under|with|into|onto|for|to|over|of)$/i;
/** What may give way "of" a structure: "part of a mine caved in", "the roof of a school collapsed". */
const PART_OF =
  /^(?:part|parts|section|sections|portion|floor|floors|wing|span|side|roof|ceiling|wall|walls)$/i;
/**
 * Its giving way, blowing up, overturning or catching fire. "Fell" only onto, from, off or into something ("prices
 * fell" is a market's).
 */
const GAVE_WAY =
  /\b(?:collaps(?:ed|es|e|ing)|caved? in|gave way|plunged|plunging|burst|snapped|fell (?:onto|on|from|off|into)|sank|toppled|explod(?:ed|es|ing)|blew up|overturn(?:ed|s|ing)|flipped over|rolled over|caught fire)\b/i;
/** Blowing up, which only fuel's vessels do by accident ("a car exploded outside a police station" is a bomb's). */
const BLEW_UP = /^(?:explod|blew)/i;
const FUEL_VESSEL =
  /\b(?:tankers?|cylinders?|boilers?|reactors?|furnaces?|pipelines?|tanks?|fuel|petrol|gasoline|diesel|gas|oil|chemicals?)\b/i;
const GAVE_WAY_ALL = new RegExp(GAVE_WAY.source, 'gi');
/** A person who collapsed and died: the subject died, nothing gave way on anyone. */
const SUBJECT_DIED = /^\s+and (?:later )?died\b/i;
/**
 * Deaths, or people trapped, told in the same sentence: a collapse that kills or traps is an accident (a firm's or a
 * coalition's is not). Not injuries alone: a rally car that "rolled over, injuring the driver" is the race's news.
 */
export const DEATHS =
  /\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|drowned|death toll|missing|bodies|trapp(?:ed|ing))\b/i;
/**
 * A war's or a firm's sentence reads these verbs its own way: a building that collapsed after an air strike, a car
 * packed with explosives that exploded outside a police station, a bus that gunmen set on fire.
 */
export const OTHER_READING =
  /\b(?:air ?strikes?|strikes?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s|ers?)?|explosives?|suicide|grenades?|IEDs?|gunm[ae]n|gunfire|opened fire|roadside|landmines?|missiles?|rockets?|drones?|attack(?:ed|s)?|raids?|troops|militants?|insurgents?|profits?)\b/i;

/** The structure is the verb's subject, not a place named in the subject's phrase (`STRUCTURE_SUBJECT`). */
function structureIsSubject(before: string): string | undefined {
  const subject = STRUCTURE_SUBJECT.exec(before);
  if (!subject) return undefined;
  const next = subject[2]?.trim().split(/\s+/)[0];
  // "A tanker truck exploded": the next word may name the same thing again.
  if (next && !SUBJECT_GOES_ON.test(next) && !STRUCTURE.test(next)) return undefined;
  // The four words before the structure's own (and the one before them): a preposition among them ties it to
  // another noun, its owner.
  const words = before.slice(0, subject.index).trim().split(/\s+/).slice(-5);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
    if (!PLACE_PREPOSITION.test(words[k] ?? '')) continue;
    const owner = words[k - 1] ?? '';
    const ownerIsStructure =
      STRUCTURE.test(owner) || (words[k]?.toLowerCase() === 'of' && PART_OF.test(owner));
    return ownerIsStructure ? subject[1] : undefined;
  }
  return subject[1];
}

/**
 * The lead, the story's first sentence, tells of a structure or a vehicle that gave way and of the deaths it
 * caused: "Five workers were killed when a tunnel collapsed at a copper mine", "Twelve people died when a bus
 * plunged into a ravine", "A dam burst …, killing thousands". Such a brief is an accident before the mine's
 * business or the building's owner, though it names no accident word (review29 T1). The thing that gave way is
 * the verb's subject ("a tunnel collapsed") or comes right after it ("the collapse of a bridge"); a war's sentence, and
 * shares or prices that plunged, are left alone. Returns the words that tell it (the topic's evidence), else undefined.
 */
export function deadlyCollapseInLead(doc: TagDocument, lead: number): string[] | undefined {
  const text = sentenceTextOf(doc.body, lead);
  if (!GAVE_WAY.test(text) || !DEATHS.test(text) || OTHER_READING.test(text)) return undefined;
  for (const verb of text.matchAll(GAVE_WAY_ALL)) {
    const end = verb.index + verb[0].length;
    if (SUBJECT_DIED.test(text.slice(end, end + 20))) continue;
    // Shares or prices that plunged are a market's; a tanker that exploded near a market is not.
    if (MARKET_SUBJECT.test(text.slice(Math.max(0, verb.index - 40), verb.index))) continue;
    const subject = structureIsSubject(text.slice(Math.max(0, verb.index - 80), verb.index));
    // A car, a bus or a building that explodes is a bomb's as often as not: only fuel and its vessels blow up by accident.
    if (
      subject &&
      (!BLEW_UP.test(verb[0]) || FUEL_VESSEL.test(text.slice(Math.max(0, verb.index - 40), verb.index)))
    )
      return [subject, verb[0]];
    const after = text.slice(end, end + 30);
    const object = /^\s+of\b/i.test(after) ? STRUCTURE.exec(after) : null;
    if (object) return [verb[0], object[0]];
  }
  return undefined;
}
