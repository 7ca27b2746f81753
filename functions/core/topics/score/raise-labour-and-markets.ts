import { filmTakings } from '../film-takings.js';
import { shareMoveTold } from '../shares-traded.js';
import { applyEarningsReport, raiseAboveSetting, strongestTopLevel } from '../signals.js';
import { generalStrikeInTitleAndLead, walkoutInTitleAndLead } from '../walkout-event.js';
import { firmInTitleOrLead } from './firm-named.js';
import { nodes } from './lexicon.js';
import {
  CRIME_TOP,
  EARNINGS,
  EARNINGS_RIVALS,
  ECONOMY_TOP,
  EDUCATION_TOP,
  HEALTH_TOP,
  LABOUR_STRIKE,
  NOT_A_SETTING,
  POLITICS_TOP,
  STOCKS,
} from './nodes.js';
import { leadsTopLevels, type Scoring, type StoryEvidence } from './scoring.js';
import { MIN_STRONGEST_SUB } from './weights.js';

/**
 * A walkout in the headline that the lead tells of, a labour strike's clear word in the story.
 * Warplanes' strikes are no walkout, whoever walked out beside them.
 */
export function walkoutTold(s: Scoring, evidence: StoryEvidence): boolean {
  return (
    (s.strongest[LABOUR_STRIKE] ?? 0) >= MIN_STRONGEST_SUB &&
    !evidence.strike &&
    walkoutInTitleAndLead(s.doc, s.lead)
  );
}

/** Walkouts and strikes, a company's results and share moves told as the story's news. */
export function raiseLabourAndMarkets(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A walkout in the headline that the lead tells of, where politics leads: labour before the ministers.
  // topics55: so too where the public service it stops leads (a doctors', nurses' or teachers' walkout: health or
  // education is the strike's setting, labour its news).
  if (
    (leadsTopLevels(raw, POLITICS_TOP) ||
      leadsTopLevels(raw, HEALTH_TOP) ||
      leadsTopLevels(raw, EDUCATION_TOP)) &&
    walkoutTold(s, evidence)
  )
    raiseAboveSetting(raw, nodes, LABOUR_STRIKE, NOT_A_SETTING);
  // A general strike in the headline that the lead tells with its unions: labour before the business it stops.
  else if (
    (strongest[LABOUR_STRIKE] ?? 0) >= MIN_STRONGEST_SUB &&
    !evidence.strike &&
    generalStrikeInTitleAndLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, LABOUR_STRIKE, NOT_A_SETTING);
  // A company's results in the headline and the lead: business before the products' own desk.
  // (A studio's takings from a film are the film's news.)
  applyEarningsReport(
    raw,
    nodes,
    EARNINGS,
    ECONOMY_TOP,
    EARNINGS_RIVALS,
    s.hits,
    s.offSense,
    () => firmInTitleOrLead(doc, entities, lead) && !filmTakings(doc, lead),
  );
  // A share move told as the story's news (shares-traded.ts): the market before the war, the budget or the trial that
  // moved it. Crime keeps its own weight (shares that fell on a fraud charge).
  if (
    STOCKS >= 0 &&
    (raw[STOCKS] ?? 0) > 0 &&
    strongestTopLevel(raw, nodes, (i) => i === ECONOMY_TOP) >= (raw[ECONOMY_TOP] ?? 0) &&
    shareMoveTold(doc, lead)
  )
    raiseAboveSetting(raw, nodes, STOCKS, [CRIME_TOP]);
}
