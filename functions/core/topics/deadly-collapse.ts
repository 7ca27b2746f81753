import type { TagDocument } from '../text/document.js';

/**
 * A structure or a vehicle, the thing that gives way in an accident: "a tunnel collapsed", "a bus plunged into a
 * ravine", "a dam burst", "scaffolding fell onto a street", "a lift cable snapped", "a boat … sank".
 */
const STRUCTURE =
  /\b(?:tunnel|mine|shaft|bridge|building|block|tower|dam|levee|embankment|roof|ceiling|wall|balcony|stand|stage|scaffolding|crane|house|hotel|factory|warehouse|school|church|mosque|temple|bus|coach|minibus|truck|lorry|van|car|boat|ship|ferry|lift|elevator|cable|gondola|hillside|slope)s?\b/i;
/** Its giving way. "Fell" only onto, from, off or into something ("prices fell" is a market's). */
const GAVE_WAY =
  /\b(?:collaps(?:ed|es|e|ing)|caved? in|gave way|plunged|plunging|burst|snapped|fell (?:onto|on|from|off|into)|sank|toppled)\b/i;
const GAVE_WAY_ALL = new RegExp(GAVE_WAY.source, 'gi');
/** Deaths told in the same sentence: a collapse that kills is an accident (a firm's or a coalition's is not). */
const DEATHS = /\b(?:kill(?:ed|ing|s)?|died|dead|deaths?|drowned|death toll|missing|bodies)\b/i;
/** A war's or a market's sentence reads these verbs its own way: a building that collapsed after an air strike. */
const OTHER_READING =
  /\b(?:air ?strikes?|strikes?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|missiles?|rockets?|drones?|attack(?:ed|s)?|raids?|troops|militants?|shares?|stocks?|prices?|markets?|index|currency|bonds?|profits?|sales)\b/i;

/**
 * The lead, the story's first sentence, tells of a structure or a vehicle that gave way and of the deaths it caused: "Five workers were killed when a tunnel collapsed at a copper mine",
 * "Twelve people died when a bus plunged into a ravine", "A dam burst …, killing thousands". Such a brief is an
 * accident before the mine's business or the building's owner, though it names no accident word (review29 T1).
 * The thing that gave way comes before the verb ("a tunnel collapsed") or right after it ("the collapse of a
 * bridge"); a war's or a market's sentence is left alone.
 */
export function deadlyCollapseInLead(doc: TagDocument, lead: number): boolean {
  const sentence = doc.body.sentences[lead];
  if (!sentence) return false;
  const text = doc.body.text.slice(sentence.start, sentence.end);
  if (!GAVE_WAY.test(text) || !DEATHS.test(text) || OTHER_READING.test(text)) return false;
  for (const verb of text.matchAll(GAVE_WAY_ALL)) {
    const before = text.slice(Math.max(0, verb.index - 60), verb.index);
    const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 30);
    if (STRUCTURE.test(before) || (/^\s+of\b/i.test(after) && STRUCTURE.test(after))) return true;
  }
  return false;
}
