import type { TagDocument } from '../text/document.js';
import { GOVERNING_MOVEMENTS } from './armed-words.js';
import { NATURAL } from './natural-deaths.js';
import { sentencesAround } from './sentences-around.js';

/**
 * An armed movement that tells or causes deaths (mendW39's leftover): "The Taliban said 12 people were killed in
 * Afghanistan" listed only disaster .54 — the movement's name is a word in doubt (it also governs and sits in
 * parliaments, senses.ts) and "killed" alone weighs too little to vouch for it. A sentence that names the movement
 * and deaths tells of its war, unless that sentence names a natural disaster ("the Taliban said floods killed 40"), an
 * accident ("the Taliban's interior ministry said 20 were killed when a bus collided with a fuel tanker"), an illness
 * ("Hezbollah lawmaker ... died after a long illness") or, for an execution, a court ("executed after a court
 * convicted her of murder"): a movement that governs also reports its roads, its dead members and its courts (read40 ★3).
 */
const MOVEMENT = new RegExp(String.raw`\b(?:${GOVERNING_MOVEMENTS.join('|')})\b`, 'g');
const DEATHS =
  /\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|wounded|injured|casualties|death toll|massacre[sd]?|executed|executions?)\b/i;
const ACCIDENT =
  /\b(?:crash(?:es|ed)?|collisions?|collided|accidents?|bus(?:es)?|road|highway|traffic|tankers?|(?:a|the)\s+fire|blaze|drown(?:s|ed|ing)?|capsiz\w+)\b/i;
const ILLNESS = /\b(?:illness|ill|sick|cancer|heart attack|stroke|natural causes|disease)\b/i;
const COURT =
  /\b(?:courts?|verdicts?|sentenc\w*|convicted|convictions?|judges?|tribunals?|guilty|adultery|murder|qisas|retribution)\b/i;
const EXECUTION = /\bexecut(?:ed|ions?)\b/gi;
let naturalWord: RegExp | undefined;

export function armedGroupDeaths(doc: TagDocument): boolean {
  naturalWord ??= new RegExp(`\\b${NATURAL}\\b`, 'i');
  for (const told of sentencesAround(doc, MOVEMENT)) {
    // An execution after a court's verdict is no death of war; other deaths in that sentence still count.
    const deaths = COURT.test(told) ? told.replace(EXECUTION, '') : told;
    if (DEATHS.test(deaths) && !naturalWord.test(told) && !ACCIDENT.test(told) && !ILLNESS.test(told))
      return true;
  }
  return false;
}
