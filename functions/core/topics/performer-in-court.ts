import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/**
 * A performer named by trade: "singer", "rapper", "rap boss", "music mogul", "actress", "pop star", "TV presenter".
 * Not a bare "star" or "band" (a football star, an age band): the trade must be the arts'; not the "actors" of
 * security and markets ("state actors", "bad actors", "threat actors"); not a performer's possessive, which
 * names someone else ("Actor's son charged with murder").
 */
const PERFORMER =
  /\b(?:singers?|rappers?|rap (?:boss|mogul|star)s?|music (?:mogul|star)s?|(?<!(?:state|non-state|bad|threat|malicious|hostile|rogue|foreign|political|market) )actors?|actress(?:es)?|(?:pop|rock|film|movie|TV|soap|reality TV|Hollywood) stars?|superstars?|musicians?|comedians?|entertainers?|(?:TV )?presenters?|film-?makers?|frontman|frontwoman)\b(?!['\u2019]s\b)/i;

/** How many words of the lead's opening may come before the performer: "Music mogul Sean 'Diddy' Combs was …". */
const LEAD_OPENING_WORDS = 4;

/**
 * The headline names a performer by trade ("No jail for rapper Dex Marlow", "Rap mogul held over gun
 * find"), or the lead opens with one ("Music mogul Sean 'Diddy' Combs was sentenced …"): a performer's arrest,
 * trial or sentence, which an arts and entertainment desk files before the crime (score.ts raises the arts where
 * crime leads and the arts weigh at least half as much).
 */
export function performerInTitleOrLead(doc: TagDocument, lead: number): boolean {
  if (PERFORMER.test(doc.title.text)) return true;
  const opening = sentenceTextOf(doc.body, lead).split(/\s+/, LEAD_OPENING_WORDS).join(' ');
  return PERFORMER.test(opening);
}
