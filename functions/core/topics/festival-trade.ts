import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * A holiday as a season of trade (topics44, wild44 ★1): a retailer's sales "over the Christmas period", trading "in
 * the run-up to Christmas", a pub chain's takings "over the Easter weekend" are business news, no religious festival
 * (the lexicon's "Christmas" and "Easter", community.ts). The festival yields to business where business leads and a
 * sentence that names it tells of sales, trade or shoppers (senses.ts, the Christmas/Easter row); a story whose
 * festival sentences tell no trade keeps it ("shops were closed on Christmas Day" is the holiday), and so does one whose
 * other religious words outweigh business (a Pope's Christmas mass, churches full at Easter).
 */
const FESTIVAL = /\b(?:Christmas|Easter|CHRISTMAS|EASTER)\b/g;
/** A firm's trade, not a crowd's outing: no "shoppers" ("Christmas shoppers packed the markets and the cathedral"). */
const TRADE =
  /\b(?:sales|trading|trade|like-for-like|revenues?|profits?|takings|footfall|spending|retail|retailers?|bookings|earnings|forecasts?|shares)\b/i;

export function festivalTraded(doc: TagDocument): boolean {
  for (const sentence of sentencesAround(doc, FESTIVAL)) if (TRADE.test(sentence)) return true;
  return false;
}
