import type { TagDocument } from '../text/document.js';
import { textBeside } from './text-beside.js';

/**
 * The chairman of a party, of a parliament's committee or of a province (wild38a ★4): "Police arrested the
 * provincial chairman of the Pakistan Tehreek-e-Insaf party", "The chairman of the House Armed Services Committee,
 * Mike Rogers, subpoenaed Pentagon records" listed business information .80 and .66 for "chairman". A chairman is a
 * company's unless a party, a committee, a panel, a commission, a council, an assembly, a parliament or a province
 * stands right before or after the word; "Unilever said its chairman would step down" and "the Fed chairman" are
 * still business.
 */
const CHAIRMAN = /\bchair(?:man|men|woman|women|person)\b/gi;
const BODY_BEFORE =
  /\b(?:part(?:y|ies)|committee|panel|commission|council|assembly|senate|caucus|parliamentary|provincial|district|county|state|opposition|ruling)(?:'s)?\s+(?:\S+\s+)?$/i;
const BODY_AFTER =
  /^(?:\s+\S+){0,2}?\s+of\s+(?:the\s+)?(?:\S+\s+){0,5}?(?:[Pp]arty|[Cc]ommittee|panel|[Cc]ommission|[Cc]ouncil|[Aa]ssembly|[Cc]aucus|Tehreek\S*|[Pp]arliament\S*|Congress)\b/;

/** Every chairman the story names chairs a party, a parliament's committee or a public body's council. */
export function politicalChairmenOnly(doc: TagDocument): boolean {
  let some = false;
  for (const { before, after } of textBeside(doc, CHAIRMAN, 40, 90)) {
    if (!BODY_BEFORE.test(before) && !BODY_AFTER.test(after)) return false;
    some = true;
  }
  return some;
}
