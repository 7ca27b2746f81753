import type { TopicNode } from '../compile.js';
import { isObituary, listObituary } from '../obituary.js';
import { performerInTitleOrLead } from '../performer-in-court.js';
import { policyActInTitleOrLead } from '../policy-story.js';
import { raiseAboveSetting } from '../signals.js';
import { topLevelsOf } from '../top-levels.js';
import { nodes } from './lexicon.js';
import {
  ARTS_ENTERTAINMENT,
  ARTS_TOP,
  CRIME_TOP,
  GOVERNMENT_POLICY,
  HUMAN_INTEREST,
  NOT_A_SETTING,
  POLICY_DOMAINS,
  POLITICS_TOP,
} from './nodes.js';
import { walkoutTold } from './raise-labour-and-markets.js';
import { leadsTopLevels, type Scoring, type StoryEvidence } from './scoring.js';
import { MAX_TOP_LEVELS, MIN_RAW_TOP, MIN_SHARE_TOP, MIN_STRONGEST_SUB } from './weights.js';

/** A performer's court case leads with the arts where they weigh at least this share of the crime. */
const PERFORMER_CASE_SHARE = 0.5;

/** Politics weighing at least this share of the leading domain: ministers, a party or a bill are in the story. */
const POLICY_SHARE = 0.4;

/** A policy told through its domain, a performer in court, an obituary. */
export function raisePolicyAndPeople(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A policy told through its domain (the headline or lead names plans, a bill, guidelines): politics first;
  // but a walkout against it told in the headline and lead is the news ("Teachers strike against pension plan /
  // … walked off the job in protest against the president's pension plan": review33 ★T1).
  if (policyTold(raw, nodes) && policyActInTitleOrLead(doc, lead, entities) && !walkoutTold(s, evidence)) {
    raiseAboveSetting(raw, nodes, GOVERNMENT_POLICY, []);
    strongest[GOVERNMENT_POLICY] = Math.max(strongest[GOVERNMENT_POLICY] ?? 0, MIN_STRONGEST_SUB);
  }
  // A performer's arrest, trial or sentence told in the headline or the lead: arts and entertainment before
  // the crime, where the arts weigh at least half as much (the performers' frame moved weight there).
  if (
    leadsTopLevels(raw, CRIME_TOP) &&
    (raw[ARTS_TOP] ?? 0) >= PERFORMER_CASE_SHARE * (raw[CRIME_TOP] ?? 0) &&
    performerInTitleOrLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, ARTS_ENTERTAINMENT, NOT_A_SETTING);
  // An obituary lists human interest, below the desk of the life it tells.
  if (isObituary(doc)) listObituary(raw, nodes, HUMAN_INTEREST, MAX_TOP_LEVELS, MIN_RAW_TOP, MIN_SHARE_TOP);
}

/**
 * One of the desks a policy is told through (crime, schools, health…) leads, and politics weighs at least
 * `POLICY_SHARE` of it: the story has its ministers, party or parliament, not a passing official.
 */
function policyTold(raw: Float64Array, nodes: readonly TopicNode[]): boolean {
  let leader = -1;
  for (const i of topLevelsOf(nodes)) if (leader < 0 || (raw[i] ?? 0) > (raw[leader] ?? 0)) leader = i;
  return POLICY_DOMAINS.includes(leader) && (raw[POLITICS_TOP] ?? 0) >= POLICY_SHARE * (raw[leader] ?? 0);
}
