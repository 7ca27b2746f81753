import { protestInTitle } from '../diplomatic-protest.js';
import { pressCurbInTitle } from '../press-curbs.js';
import {
  armedSeizureInTitle,
  leadersMeetInTitle,
  membershipInTitle,
  raiseAboveSetting,
  stateVisitInTitle,
} from '../signals.js';
import { nodes } from './lexicon.js';
import {
  ARMED_CONFLICT,
  DIPLOMACY,
  ECONOMY_TOP,
  FREEDOM_OF_PRESS,
  INTERNATIONAL_BODY,
  NOT_A_SETTING,
  RELATIONS,
  SEIZURE_RIVALS,
  TRADE,
} from './nodes.js';
import { raiseAsClearWord, type Scoring, type StoryEvidence } from './scoring.js';
import { MIN_STRONGEST_SUB } from './weights.js';

/** What a state's protest to another in the headline weighs for diplomacy: one clear word. */
const PROTEST_WEIGHT = 3;

/** What an outlet silenced in the headline weighs for freedom of the press: one clear word. */
const PRESS_CURB_WEIGHT = 3;

/** A ship seized, leaders meeting, a state joining a bloc or protesting, a news outlet curbed, in the headline. */
export function raiseSecurityAndDiplomacy(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, raw, strongest } = s;
  // An armed force taking a ship in the headline: a security story before the cargo's business.
  evidence.seizure = armedSeizureInTitle(doc);
  if (evidence.seizure) {
    raiseAboveSetting(raw, nodes, ARMED_CONFLICT, SEIZURE_RIVALS);
    strongest[ARMED_CONFLICT] = Math.max(strongest[ARMED_CONFLICT] ?? 0, MIN_STRONGEST_SUB);
  }
  // Leaders who meet or call in the headline: diplomacy before the trade or the crime they discussed.
  // A state visit in the headline likewise (topics26).
  if (
    (evidence.meeting.length && leadersMeetInTitle(doc, entities)) ||
    ((strongest[RELATIONS] ?? 0) >= MIN_STRONGEST_SUB && stateVisitInTitle(doc.title.text))
  )
    raiseAboveSetting(raw, nodes, RELATIONS, NOT_A_SETTING);
  // A state that joins a bloc in the headline: the international body first (review33 T4).
  if (
    (strongest[INTERNATIONAL_BODY] ?? 0) >= MIN_STRONGEST_SUB &&
    membershipInTitle(doc.title.text, entities)
  )
    raiseAboveSetting(raw, nodes, INTERNATIONAL_BODY, NOT_A_SETTING);
  // A state's protest to another in the headline (its word skipped as a street protest): diplomacy first.
  const protest = protestInTitle(doc.title.text, entities, false, doc.body.text);
  evidence.protest = protest && doc.title.text.slice(protest[0], protest[1]);
  if (evidence.protest) {
    raiseAsClearWord(s, DIPLOMACY, PROTEST_WEIGHT);
    // A protest against another state's tariffs or duties is a trade dispute too: not put above the economy.
    raiseAboveSetting(
      raw,
      nodes,
      DIPLOMACY,
      (strongest[TRADE] ?? 0) >= MIN_STRONGEST_SUB ? [...NOT_A_SETTING, ECONOMY_TOP] : NOT_A_SETTING,
    );
  }

  // A news outlet suspended, banned or shut in the headline: freedom of the press before the junta's or the
  // war's words (press-curbs.ts).
  evidence.pressCurb = FREEDOM_OF_PRESS >= 0 ? pressCurbInTitle(doc.title.text) : undefined;
  if (evidence.pressCurb) {
    raiseAsClearWord(s, FREEDOM_OF_PRESS, PRESS_CURB_WEIGHT);
    raiseAboveSetting(raw, nodes, FREEDOM_OF_PRESS, []);
  }
}
