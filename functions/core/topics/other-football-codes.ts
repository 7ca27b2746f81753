import type { TagDocument } from '../text/document.js';

/**
 * A football code other than soccer named by its bodies, competitions or grounds (wild37 ★11): Gaelic football and
 * hurling (GAA, All-Ireland, Croke Park), Australian rules (AFL) and rugby league (NRL, State of Origin). There
 * "football" and its "goals" are that code's, no soccer: "Kerry beat Donegal to win the All-Ireland football final",
 * "the Lions kicked 15 goals in the AFL grand final". (The "AFL-CIO" is a union; "Super League" names soccer leagues
 * too, so neither counts.)
 */
const OTHER_CODE =
  /\b(?:GAA|Gaelic football|All-Ireland|Croke Park|AFLW?(?!-)|Australian [Rr]ules|NRLW?|[Rr]ugby league|State of Origin)\b/;

/** The story names another football code than soccer. */
export function otherFootballCode(doc: TagDocument): boolean {
  return OTHER_CODE.test(doc.title.text) || OTHER_CODE.test(doc.body.text);
}
