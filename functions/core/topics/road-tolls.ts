import type { TagDocument } from '../text/document.js';
import { someSentence } from './sentence-with-both.js';

/** A bare toll: "toll", "tolls", not a "death toll" (the lexicon's own phrase). */
const TOLL = /(?<!\bdeath )\btolls?\b/i;
/**
 * Deaths beside the toll: Australian copy's "road toll" counts the dead on the roads ("the state's road toll rose to
 * 300"), and "the toll rose as more bodies were pulled from the road" is a crash's.
 */
const DEATHS =
  /\b(?:killed|kill(?:s|ing)?|dead|deaths?|died|die|bodies|fatalities|fatal|casualties|injured|victims|lives)\b/i;
/**
 * What a charge for passage is told with (fixT48, wild48 ★3): the road, bridge, tunnel or crossing it is paid on,
 * those who pay it and its booths, or its price and takings. Wire headlines write a war's, a quake's or a crash's
 * dead as a bare toll ("Gaza toll tops 60,000", "Flood toll rises to 40", "Bus crash toll rises to 32"), and a
 * figurative one takes no charge either ("took a heavy toll on crops").
 */
const PASSAGE =
  /\b(?:roads?|motorways?|highways?|expressways?|freeways?|turnpikes?|bridges?|tunnels?|crossings?|canals?|drivers|motorists|vehicles|cars|lorr(?:y|ies)|trucks|hauliers|truckers|booths?|plazas?|gantr(?:y|ies)|e-?tolls?|tolling|(?:congestion|road) charges?|fees?|pricing|revenues?|concessions?|operators?)\b/i;

/**
 * The story tells of a toll paid for passage: a bare toll in a sentence with a road, a crossing or their users, and
 * with no deaths.
 */
export function roadTollTold(doc: TagDocument): boolean {
  if (!TOLL.test(doc.title.text) && !TOLL.test(doc.body.text)) return false;
  return someSentence(
    doc,
    (sentence) => TOLL.test(sentence) && PASSAGE.test(sentence) && !DEATHS.test(sentence),
  );
}
