import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * Electors who are no voters (topics40, narrowed after read40 ★7): cardinals in a conclave who "elect" a pope, a
 * sports body's congress that "elected" its president. Only there does "elect" lose its political sense where
 * religion or sport leads (senses.ts, the 'elect' row); churches that urge worshippers "to elect pro-life
 * candidates in October's election" or a pope's visit beside "Voters will elect a new parliament" keep it, since a
 * sentence with an election, voters or candidates tells a political vote.
 */
const ELECT = /\belect(?:s|ed|ing)?\b/gi;
const VOTE_WORDS = /\b(?:elections?|voters?|candidates?)\b/i;
// A captain who "elected to bat" chose, and elected no one.
const SPORT_CHOICE = /\belect(?:s|ed|ing)?\s+to\s+(?:bat|bowl|field|kick|receive|serve)\b/i;
// A church's own electors (topics41: "Anglican church elects first woman archbishop").
const CHURCH_ELECTORS =
  /\b(?:conclave|popes?|cardinals|papacy|papal|church(?:es)?|synods?|archbishops?|bishops?|Anglican|dioces\w+)\b/i;
// A sports body, or the clubs that elect its committee ("members chosen by Ireland's club sides").
const SPORT_BODY_ELECTORS =
  /\b(?:FIFA|UEFA|IOC|International Olympic Committee|CONMEBOL|CONCACAF|FIBA|World Athletics|World Aquatics|(?:Football|Rugby|Cricket) (?:Association|Federation|Union|Board)|club sides|[Cc]lubs)\b/;

/** Every sentence that says "elect" tells a captain's choice ("elected to bat") or has a conclave's or a sports body's electors and no election, voters or candidates. */
export function electorsNotVoters(doc: TagDocument): boolean {
  let seen = false;
  for (const told of sentencesAround(doc, ELECT)) {
    if (SPORT_CHOICE.test(told)) {
      seen = true;
      continue;
    }
    if (VOTE_WORDS.test(told)) return false;
    if (!CHURCH_ELECTORS.test(told) && !SPORT_BODY_ELECTORS.test(told)) return false;
    seen = true;
  }
  return seen;
}
