/**
 * A country named as left out of what the sentence reports: "a declaration adopted without the United
 * States", "G20 leaders meet without U.S. delegation", "exports rose, excluding China", "all members apart
 * from Slovakia", "orders from non-U.S. buyers". The story names it, but not as a party: such a mention
 * adds nothing to the country's salience or focus (resolve.ts) and links it to no other country
 * (pairs.ts). "Without U.S. approval" or "without Chinese help" is left alone: the country there is still
 * the one whose approval or help counts.
 */

import { fieldHolds } from '../text/field-holds.js';

/** "non-U.S. buyers": whatever follows, the country is the one left out. */
const NON_BEFORE = /\bnon-$/i;
/**
 * Right before the mention: a word of exclusion ("without", "excluding", "except for", "apart from", "other
 * than", "in the absence of"), or "excluding" with up to three words and a preposition between ("excluding
 * shipments to China").
 */
const LEFT_OUT_BEFORE =
  /\b(?:(?:without|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than|not\s+including|absence\s+of|exception\s+of)\s+(?:(?:the|a|an|any)\s+)?|excluding\s+(?:[\w-]+\s+){1,3}(?:to|from|in|of|by|for)\s+(?:the\s+)?)$/i;
/**
 * A word that NON_BEFORE or LEFT_OUT_BEFORE needs: a field without one names no country as left out (one scan
 * of the field for all its mentions; about one news story in ten holds one of these words).
 */
const MAY_LEAVE_OUT = fieldHolds(
  /non-|without|excluding|except|apart\s+from|aside\s+from|other\s+than|not\s+including|absence\s+of/i,
);
/** "charged the United States with … excluding Dutch-made fibres": "excluding" as a verb is an act. */
const EXCLUDING_AS_VERB =
  /\b(?:by|of|for|from|to|at|on|is|are|was|were|be|been|after|before|while)\s+excluding\b/i;
/** "without": the country is absent only when its phrase ends with it (ABSENT_AFTER). */
const WITHOUT_BEFORE = /\bwithout\s+(?:(?:the|a|an|any)\s+)?$/i;
/** A verb right after the country left out ("apart from Slovakia backed"), not a noun of its. */
const VERB_AFTER =
  /^\s+(?:\w+(?:ed|ing)|has|have|had|is|are|was|were|will|would|can|could|did|does|do|said|says|rose|fell)\b/;
/**
 * After the country left out: the end of a phrase or clause, or a word for who would have represented it
 * ("without the United States, whose President boycotted", "without U.S. delegates"); not a thing of the
 * country's ("without U.S. approval", "excluding Libyan reserves", "except for those from Japan").
 */
const ABSENT_AFTER =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:delegations?|delegates|participation|representatives?|representation|leaders?|officials?|president|and|or|on|in|at|for|whose|which|who|as|being|present|attending|taking\s+part)\b)/i;

/** Whether the mention at start..end of text names its country as absent or excluded. */
export function namedAbsent(text: string, start: number, end: number): boolean {
  if (!MAY_LEAVE_OUT(text)) return false;
  const before = text.slice(Math.max(0, start - 48), start);
  if (NON_BEFORE.test(before)) return true;
  if (!LEFT_OUT_BEFORE.test(before) || EXCLUDING_AS_VERB.test(before)) return false;
  const after = text.slice(end, end + 24);
  if (ABSENT_AFTER.test(after)) return true;
  // "All members apart from Slovakia backed the ban": the clause goes on with its verb; "without" asks
  // for the end of its phrase, as "without U.S. approval" is the approval that lacks.
  return !WITHOUT_BEFORE.test(before) && VERB_AFTER.test(after);
}
