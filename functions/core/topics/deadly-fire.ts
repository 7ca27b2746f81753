import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { DEATHS, OTHER_READING } from './deadly-collapse.js';
import { MARKET_SUBJECT } from './signals.js';

/**
 * A fire or an explosion as the subject of the lead, with its place or its spread after it: "A fire at a garment
 * factory killed 17 workers", "a blaze that broke out in a hospital ward", "An explosion at a coal mine killed 21
 * miners". Up to two words between the article and the fire ("a huge overnight fire").
 */
const FIRE_SUBJECT =
  /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(fire|blaze|inferno|explosion|blast)\s+(?:at|in|on|inside|aboard|that|which|broke out|swept|tore|ripped|engulfed|gutted)\b/gi;
/** Fire that is shooting, or a minister's trouble: "opened fire at", "came under fire in", "returned fire on". */
const FIRE_OF_GUNS_OR_WORDS =
  /\b(?:under|opened|open|opening|returned|return|exchanged|exchange|cease|friendly|sniper|artillery|mortar|machine-gun|gun|cross|rapid|hostile|heavy)\s+fire\b/i;
const EXPLOSION = /^(?:explosion|blast)$/i;
/** Soldiers, rebels or a checkpoint: a fire among them is a war's ("the fire at the checkpoint killed two soldiers"). */
const SIDES_AT_WAR =
  /\b(?:soldiers|troops|army|military|checkpoints?|rebels?|fighters|militias?|jihadists?)\b/i;
/** A workplace: a fire or an explosion there is an industrial accident as well. */
const WORKPLACE =
  /\b(?:factory|factories|plant|mine|colliery|refinery|warehouse|depot|mill|workshop|quarry|fireworks|firecrackers?|foundry|shipyard|smelter|chemicals?)\b/i;
/**
 * What explodes by accident: a workplace, fuel or its vessel. Without one an explosion at a mosque or a market may
 * be a bomb's, and is left to the words.
 */
const FUEL_OR_VESSEL =
  /\b(?:gas|fuel|petrol|diesel|cylinders?|boilers?|tankers?|tanks?|pipelines?|reactors?|furnaces?|dust|methane)\b/i;

/** A deadly fire or explosion in the lead: what tells it, whether it is a fire (else an explosion), and at work. */
export interface DeadlyFire {
  readonly words: readonly string[];
  readonly fire: boolean;
  readonly atWork: boolean;
}

/**
 * The lead tells of a fire or an explosion, its subject, and of the deaths it caused: "A fire at a chemical plant in
 * Jiangsu killed 10 workers", "Seventeen people died when a fire broke out at a market". Such a brief is a fire or
 * an accident before the factory's business or its workers, though the lexicon's "fire" gives way beside them. A
 * war's sentence (gunfire, bombs, troops) and shots "opened fire at" are left alone; an explosion only at a
 * workplace or of fuel (a blast at a mosque may be a bomb's). Returns undefined where none is told.
 */
export function deadlyFireInLead(doc: TagDocument, lead: number): DeadlyFire | undefined {
  const text = sentenceTextOf(doc.body, lead);
  const deaths = DEATHS.exec(text);
  if (!deaths || OTHER_READING.test(text) || SIDES_AT_WAR.test(text)) return undefined;
  for (const subject of text.matchAll(FIRE_SUBJECT)) {
    if (FIRE_OF_GUNS_OR_WORDS.test(subject[0])) continue;
    // "Shares fell after a fire at its plant killed two" is the market's news; "a fire at a market" is a fire.
    if (MARKET_SUBJECT.test(text.slice(Math.max(0, subject.index - 40), subject.index))) continue;
    const word = subject[1] ?? '';
    const fire = !EXPLOSION.test(word);
    const atWork = WORKPLACE.test(text);
    if (!fire && !atWork && !FUEL_OR_VESSEL.test(text)) continue;
    return { words: [word, deaths[0]], fire, atWork };
  }
  return undefined;
}

/** The lead names a workplace: a deadly collapse or blast there is an industrial accident as well. */
export function leadNamesWorkplace(doc: TagDocument, lead: number): boolean {
  return WORKPLACE.test(sentenceTextOf(doc.body, lead));
}
