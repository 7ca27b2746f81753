import type { Country } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';

/**
 * "Saudi crown prince says Palestinian state path is condition for Israel ties", "normalise relations with
 * Israel, but only with a clear path to a Palestinian state", "Netanyahu has rejected Palestinian statehood": a
 * state to come, named by the adjective of its people, is what the parties talk about, not one of them
 * (review29 P1). Its pairs rank below the parties' (pairs.ts). A state others recognise is a party to that
 * ("France recognised a Palestinian state").
 */

/** After the adjective: the state itself, as the subject of talks ("statehood", "state path", "state."). */
const STATEHOOD_AFTER = /^\s+statehood\b/i;
/** Not "a Chinese state media report", "a Saudi state oil firm": a state's organ, not the state to come. */
const STATE_AFTER =
  /^\s+state\b(?![-\s]+(?:owned|run|backed|controlled|media|television|tv|radio|news|newspapers?|agency|oil|energy|company|companies|firms?|enterprises?|banks?|lenders?|funds?|broadcasters?|utility|railways?|airlines?|carriers?|department|council|visit|secretary|officials?|prosecutors?|reports?)\b)/i;
const STATE_PLAN_AFTER = /^\s+state\s+(?:path|plan|bid)\b/i;
/** Before it: one state among possible ones ("a", "an independent", "a future viable"). */
const ONE_TO_COME_BEFORE =
  /\b(?:a|an|independent|future|viable|sovereign|separate|contiguous)\s+(?:(?:independent|future|viable|sovereign|separate|contiguous|demilitari[sz]ed)\s+)?$/i;
/** "recognised a Palestinian state", "recognition of a Palestinian state": the recogniser makes it a party. */
const RECOGNISED_BEFORE = /\brecogni[sz]\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Whether every mention of a country (its dateline apart) names a state to come by its people's adjective. */
export function namedOnlyAsStateToBe(doc: TagDocument, country: Country): boolean {
  let any = false;
  for (const m of country.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    const text = fieldOf(doc, m.field).text;
    const after = text.slice(m.end, m.end + 24);
    const before = text.slice(Math.max(0, m.start - 48), m.start);
    if (RECOGNISED_BEFORE.test(before)) return false;
    const toCome =
      STATEHOOD_AFTER.test(after) ||
      STATE_PLAN_AFTER.test(after) ||
      (STATE_AFTER.test(after) && ONE_TO_COME_BEFORE.test(before));
    if (!toCome) return false;
    any = true;
  }
  return any;
}
