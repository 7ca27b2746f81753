import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

/** The troops words of the armed-forces sense row (senses.ts). */
const TROOPS = /\b(?:troops|soldiers?|army|military|navy|air force|warships?)\b/i;
/**
 * Fighting the troops do or suffer in the same sentence: "troops killed 30 rebels", "clashes that killed
 * three soldiers", "warships fired 27 missiles". A war named in passing ("as Russia's war in Ukraine raises
 * fears") is no fighting by these troops. Not armed-words.ts' `FIGHTERS`: the troops and soldiers are the ones
 * asked about, and only the armed men they fight (rebels, insurgents, militants, guerrillas) tell a fight.
 */
const FIGHTING =
  /\b(?:kill(?:s|ed|ing)?|clash(?:es|ed)?|fight(?:ing)?|fought|attack(?:s|ed|ing)?|fired?|firing|shell(?:s|ed|ing)|offensive|rebels?|insurgents?|militants?|guerrillas?|battle[sd]?|ambush(?:ed)?|wounded|air ?strikes?|bombard\w*|retook|retake[sn]?|recaptured?)\b/i;

/**
 * No sentence of the story has its troops fight: a deployment, a defence budget or a coup's soldiers sent
 * back to barracks keep their troops words for defence and the government even where a war outweighs
 * politics (read21 F3). Asked only when the troops row's sense leans to the war.
 */
export function troopsOutOfBattle(doc: TagDocument): boolean {
  return !sentenceWithBoth(doc, TROOPS, FIGHTING);
}
