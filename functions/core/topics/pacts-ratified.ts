import type { TagDocument } from '../text/document.js';
import { someSentence } from './sentence-with-both.js';

/** Ratifying, in any form: "ratify", "ratified", "ratifies", "ratifying", "ratification". */
const RATIFY = /\bratif(?:y|ied|ies|ying|ication)\b/i;
/**
 * A contract of workers or a company's business as what is ratified, a few words on ("voted to ratify a new four-year
 * contract", "ratified the tentative agreement", "ratified the appointment of the auditor"), or before it ("the contract
 * ratification vote").
 */
const OTHER_THAN_PACT_RATIFIED =
  /\bratif(?:y|ied|ies|ying|ication)\b(?:\s+of)?(?:\s+\S+){0,4}?\s+(?:contracts?|tentative (?:agreement|deal)|labou?r (?:agreement|deal|contract)|collective (?:bargaining )?agreement|pay (?:deal|agreement|offer)|appointments?|auditors?|dividends?)\b|\bcontract ratification\b/i;
/**
 * Those who ratify a contract or a company's business, or the strike it ends: workers, a union, shareholders. In lower
 * case but for a sentence's first word: "the European Union has ratified it" is a pact's.
 */
const MEMBERS_VOTE =
  /\b(?:union|[Uu]nions|[Uu]nionised|[Uu]nionized|[Ww]orkers|[Ee]mployees|[Mm]achinists|[Nn]urses|[Tt]eachers|[Dd]rivers|[Pp]ilots|[Dd]ockworkers|[Ss]hareholders|[Ss]tockholders|[Ss]trike|[Ww]alkout)\b/;
/** A ratification that ends a strike or a dispute, after it: "…, ending a seven-week strike". */
const ENDS_STRIKE = /\bend(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:strike|walkout|dispute|lockout)\b/i;
/** A pact by its own name, which keeps its sense whoever ratifies it. */
const PACT = /\b(?:treaty|treaties|accord|convention|protocol|pact|charter)\b/i;

/**
 * Some sentence ratifies a pact between states or parties, not a union's contract or a company's business (review61:
 * grocery workers who "voted to ratify a three-year contract", machinists who "voted to ratify the agreement, ending a
 * seven-week strike", read as a treaty). A treaty, an accord, a convention or a trade deal ratified by a parliament
 * keeps the word's diplomatic sense.
 */
export function pactRatified(doc: TagDocument): boolean {
  if (!RATIFY.test(doc.title.text) && !RATIFY.test(doc.body.text)) return false;
  return someSentence(
    doc,
    (sentence) =>
      RATIFY.test(sentence) &&
      (PACT.test(sentence) || !(OTHER_THAN_PACT_RATIFIED.test(sentence) || membersRatify(sentence))),
  );
}

/**
 * Members, workers or shareholders before the ratifying, as its subject, or a strike it ends after it; workers who
 * "staged a strike outside" as a parliament ratified a gas deal are no ratifiers (review61).
 */
function membersRatify(sentence: string): boolean {
  const at = sentence.search(RATIFY);
  return MEMBERS_VOTE.test(sentence.slice(0, at)) || ENDS_STRIKE.test(sentence.slice(at));
}
