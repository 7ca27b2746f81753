import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { isVenue } from './place-kind.js';

/**
 * A country the story names only through its cities or regions ("loan talks starting Monday in New York",
 * "a deal struck today in London", "Morgan Guaranty Trust Co of New York") names where something
 * happens or where a firm sits, not a party: in a story about one or two other countries such a country is
 * no second side of their news, however often its cities come up. Measured on reuters-dev (session 28): of
 * the pairs a sole focus country made with a country named only by its cities, 1 in 30 was in the gold.
 *
 * A capital acting as its government ("Washington imposed tariffs", "Beijing has warned") still names the
 * state, so a country with such a mention is not read as a venue only.
 */
export function namedOnlyAsVenues(doc: TagDocument, c: Country): boolean {
  if (!c.mentions.length) return false;
  for (const m of c.mentions) if (!isVenue(m) || actsAsGovernment(doc, m)) return false;
  return true;
}

/**
 * Right after a capital standing for its government: a verb of a state's word or act ("Beijing hit back",
 * "Moscow launched"), its government, or one of its organs ("Beijing's coast guard fired").
 */
const GOVERNMENT_ACT_AFTER =
  /^(?:(?:'s|\u2019s)\s+(?:foreign\s+)?(?:coast\s+guard|navy|army|air\s+force|forces|military|troops|warships|envoys?|ambassadors?|embassy|ministry)\b|(?:'s|\u2019s)?\s+(?:(?:has|have|had|will|would|also|again|then|now|quickly|repeatedly)\s+)*(?:said|says|say|told|warned?s?|accused?s?|imposed?|announced?|agreed?|rejected?|denied?|demanded?|urged?|insisted?|responded?|retaliated?|threatened?|sanctioned?|wants?|wanted|plans?|planned|vowed?|pledged?|blamed?|condemned?|protested?|summoned?|recalled?|expelled?|approved?|refused?|criticised|criticized|hit\s+back|launched|fired|struck|deployed|seized|sent|government|officials?|administration|authorities)\b)/i;

function actsAsGovernment(doc: TagDocument, m: Mention): boolean {
  const text = fieldOf(doc, m.field).text;
  return GOVERNMENT_ACT_AFTER.test(text.slice(m.end, m.end + 48));
}
