import type { TagDocument } from '../text/document.js';
import { armedWords, FIGHTERS, WAR_FIRE } from './armed-words.js';
import { sentencesAround } from './sentences-around.js';

/**
 * An attack of words (wild39a ★6): "Trump renews attack on Fed chief / President Donald Trump again attacked the Fed
 * and its chairman, calling for sharp cuts" listed conflict .48 and crime. An attack is one of words where a sentence
 * that tells it also tells the attacker's words (calling for, saying, accusing, in a speech or a post) and the story tells no
 * violence: no dead or wounded, no weapon, no blast, no armed men or their victims. "Gunmen attacked a bus, killing
 * 12" and "Russia launched a massive attack on Ukraine's power grid" stay attacks of force (senses.ts, the attack
 * rows). An attack on computers is none of words either (read39): "Hackers attacked Jaguar Land Rover's systems, the
 * company said in a post on social media" tells the company's post, not the attacker's words.
 */
const ATTACK = /\battack(?:s|ed|ing)?\b/gi;
// The attacker's own words, not a report's attribution ("officials said" tells no speech of the attacker).
const SPEECH =
  /\b(?:call(?:s|ed|ing)?\s+(?:it|him|her|them|for)|saying|accus\w*|criticis\w*|criticiz\w*|denounc\w*|branded|branding|speech|interview|tweet\w*|social media|Truth Social|in a post|op-ed|column)\b/i;
/** The fighters and the fire of a war (armed-words.ts), and the other words of force: deaths, weapons, victims. */
const VIOLENCE = armedWords(
  FIGHTERS,
  WAR_FIRE,
  String.raw`kill(?:s|ed|ing|ings)?|dead|deaths?|died|wounded|wounding|injur(?:ed|ies|y|ing)|casualties|bomb\w*|explosi\w*|blasts?|gun\w*|shoot\w*|shot|stabb\w*|knife|missiles?|drones?|rockets?|terror\w*|jihadi\w*|hostages?|weapons?|armed|raids?|violen\w*|victims?|assailants?|attackers`,
);

// An intrusion into computers: hackers, ransomware, a cyberattack. Not a budget's "hack away at" or "cyber-security
// spending" in passing (read40 ★4).
const INTRUSION =
  /\b(?:hackers?|hack(?:ed|ing)\s+into|ransomware|malware|spyware|cyber-?attacks?|cyber\s+attacks?|cyberattackers?)\b/i;

export function attackInWords(doc: TagDocument): boolean {
  for (const { text } of [doc.title, doc.body]) if (VIOLENCE.test(text) || INTRUSION.test(text)) return false;
  for (const told of sentencesAround(doc, ATTACK)) if (SPEECH.test(told)) return true;
  return false;
}
