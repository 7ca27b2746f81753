import type { TagDocument } from '../text/document.js';
import { someSentence } from './sentence-with-both.js';

/** Ratifying, in any form: "ratify", "ratified", "ratifies", "ratifying", "ratification". */
const RATIFY = /\bratif(?:y|ied|ies|ying|ication)\b/i;
/**
 * A contract of workers as what is ratified, a few words on ("voted to ratify a new four-year contract", "ratified
 * the tentative agreement", "ratification of the pay deal"), or before it ("the contract ratification vote").
 */
const CONTRACT_RATIFIED =
  /\bratif(?:y|ied|ies|ying|ication)\b(?:\s+of)?(?:\s+\S+){0,4}?\s+(?:contracts?|tentative (?:agreement|deal)|labou?r (?:agreement|deal|contract)|collective (?:bargaining )?agreement|pay (?:deal|agreement|offer))\b|\bcontract ratification\b/i;

/**
 * Some sentence ratifies a pact between states or parties, not a union's contract (review61: grocery workers who
 * "voted to ratify a three-year contract" read as a treaty). A treaty, an accord, a convention or a trade deal keeps
 * the word's diplomatic sense.
 */
export function pactRatified(doc: TagDocument): boolean {
  if (!RATIFY.test(doc.title.text) && !RATIFY.test(doc.body.text)) return false;
  return someSentence(doc, (sentence) => RATIFY.test(sentence) && !CONTRACT_RATIFIED.test(sentence));
}
