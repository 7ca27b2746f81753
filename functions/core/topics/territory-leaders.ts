import type { Entity } from '../schema.js';

/**
 * Hong Kong's and Macau's head of government is the "Chief Executive" (wild42 item 13): "Hong Kong's Chief Executive
 * John Lee said the verdict …", "Chief Executive John Lee said the city would cut stamp duty", and the cabinet that
 * advises him is the "Executive Council". In a story that names either territory the title is no company's chief
 * executive: the matcher skips it (match.ts `NAME_OTHER_SENSE`), so it gives no business topic. A firm's chief keeps
 * the word: "HSBC Chief Executive Georges Elhedery" (a name before the title), "the bank's Chief Executive", "Chief
 * Executive Officer", and the lower-case "chief executive" of any story.
 */
const LEADER_TITLE = /\bChief\s+Executive(?:-in-Council)?\b(?!\s+Officer)|\bExecutive\s+Council\b/g;
/** The territory's own word before the title: "Hong Kong's", "Macau", "the city's", "the SAR's". */
const TERRITORY_BEFORE =
  /\b(?:Hong\s+Kong|Macau|Macao|HK|HKSAR|SAR|city|territory|government)(?:'s|\u2019s)?\s+$/;
/** A name, or any possessive, right before the title: a firm's chief ("HSBC Chief Executive", "the bank's"). */
const OWNER_BEFORE = /(?:\b[A-Z][\w&.-]*|(?:'s|\u2019s|s'))\s+$/;
const TERRITORIES = new Set(['place:iso:HK', 'place:iso:MO']);
/** Words a sentence may open with before the title ("The Chief Executive", "Former Chief Executive"). */
const OPENER_BEFORE = /(?:^|[.!?:;"\u201c(]\s*|\n)(?:The|Former|Then|Acting|Incoming|Outgoing|New)?\s*$/;

/** [start, end) of each title of the territory's leader or cabinet, in a story that names Hong Kong or Macau. */
export function territoryLeaderTitles(text: string, entities: readonly Entity[]): [number, number][] {
  if (!text.includes('Executive') || !entities.some((e) => TERRITORIES.has(e.id))) return [];
  const spans: [number, number][] = [];
  LEADER_TITLE.lastIndex = 0;
  for (let m = LEADER_TITLE.exec(text); m !== null; m = LEADER_TITLE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (TERRITORY_BEFORE.test(before) || OPENER_BEFORE.test(before) || !OWNER_BEFORE.test(before))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
