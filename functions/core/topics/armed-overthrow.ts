import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

/** The verb of a fall from power: "toppled", "topple", "ousted", "ousts". */
const TOPPLED = /\b(?:toppl(?:e|es|ed|ing)|oust(?:s|ed|ing)?)\b/i;
/** Armed men who take power: a coup's actors. */
const ARMED =
  /\b(?:soldiers|troops|army|military|officers|special forces|junta|mutineers|presidential guard)\b/i;

/**
 * Soldiers, troops or officers in a sentence that tells of a leader toppled or ousted ("Special forces toppled
 * Guinea's president"): a coup, though crowds cheered and protests followed (review31 T6: protests that
 * "toppled her government" are none).
 */
export function armedOverthrow(doc: TagDocument): boolean {
  return sentenceWithBoth(doc, TOPPLED, ARMED);
}
