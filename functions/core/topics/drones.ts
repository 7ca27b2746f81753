import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * Drones as a technology (topics41): in a war story drones are weapons ("Russian drones struck an apartment
 * block", "air defences shot down 52 drones"), no technology news; a desk files them under technology where the
 * story tells of the machines themselves: who makes, builds or designs them, their software, batteries or
 * autonomy (senses.ts, the drones row). A sentence that names drones with one of those words keeps them in
 * technology, whatever the war weighs: "A Turkish drone maker unveiled a cheaper model with new batteries".
 */
const DRONES = /\bdrones?\b/gi;
/** Words of the machines themselves, anywhere in the sentence. */
const MACHINE_WORDS =
  /\b(?:makers?|manufactur\w*|startups?|start-ups?|software|batter(?:y|ies)|autonomous|autonomy|artificial intelligence|AI|navigation|sensors?|prototypes?|unveil(?:s|ed|ing)?|engineers?|engineering|designed|developed|developing|technolog\w*|innovation|deliver(?:y|ies))\b/i;
/** A drone industry, company or factory, or drones made: "the drone industry", "build first-person-view drones". */
const DRONES_MADE =
  /\bdrones?[- ](?:industry|industries|compan(?:y|ies)|firms?|factor(?:y|ies)|production|producers?|programmes?|programs?)\b|\b(?:produc\w*|build(?:s|ing)?|built|mak(?:e|es|ing)|made|assembl\w*)\s+(?:[\w-]+\s+){0,3}drones?\b/i;

export function droneTechnologyTold(doc: TagDocument): boolean {
  for (const told of sentencesAround(doc, DRONES))
    if (MACHINE_WORDS.test(told) || DRONES_MADE.test(told)) return true;
  return false;
}

/**
 * Drones at war (topics41): drones are weapons only in a story that tells of a war or an attack. A drone
 * delivery startup's flights and drones seen near Gatwick's runway are no armed conflict, and frame no war
 * (the war frame's drones; score.ts masks an actor whose sense the story did not take for the frames of that
 * sense's desk).
 */
const WAR_WORDS =
  /\b(?:wars?|warfare|military|militar\w+|arm(?:y|ies)|troops|soldiers|forces|strikes?|struck|attack\w*|shot down|shoot(?:s|ing)? down|intercept\w*|air defen[cs]es?|missiles?|bomb\w*|explosives?|kamikaze|front ?lines?|battle\w*|militants?|militias?|rebels?|insurgents?|paramilitar\w+|airspace|warplanes?|fighter jets?|artillery|shell(?:s|ed|ing)|defen[cs]e ministry|ministry of defen[cs]e|killed|killing|kills|wounded|invasion|ceasefire|surveillance|reconnaissance|terror\w*)\b/i;

export function dronesOfWar(doc: TagDocument): boolean {
  return WAR_WORDS.test(doc.title.text) || WAR_WORDS.test(doc.body.text);
}
