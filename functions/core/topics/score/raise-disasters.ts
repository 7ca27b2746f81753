import { deadlyCollapseInLead } from '../deadly-collapse.js';
import { deathsFromDisaster } from '../natural-deaths.js';
import { naturalStrikeInTitle } from '../natural-strike.js';
import { applyDeadlyDisaster, raiseAboveSetting, vehicleCrashInLead } from '../signals.js';
import { nodes } from './lexicon.js';
import { ACCIDENT, DEATH_RIVALS, DISASTER_TOP, NO_RIVALS } from './nodes.js';
import { raiseAsClearWord, type Scoring, type StoryEvidence } from './scoring.js';

/** What a lead that tells of a deadly collapse adds to accident: one clear word (deadly-collapse.ts). */
const COLLAPSE_WEIGHT = 3;

/** Deaths of a disaster and of a collapse: the disaster or the accident before its setting. */
export function raiseDisasters(s: Scoring, evidence: StoryEvidence): void {
  const { doc, lead, raw, naturalDeaths } = s;
  applyDeadlyDisaster(
    raw,
    nodes,
    DISASTER_TOP,
    naturalDeaths ? NO_RIVALS : DEATH_RIVALS,
    s.hits,
    s.offSense,
    () => vehicleCrashInLead(doc, lead) || naturalStrikeInTitle(doc.title.text),
    naturalDeaths && deathsFromDisaster(doc.title.text),
  );
  // A structure or a vehicle that gave way and killed, told in the lead: an accident before its setting.
  evidence.collapse = deadlyCollapseInLead(doc, lead);
  if (evidence.collapse) {
    raiseAsClearWord(s, ACCIDENT, COLLAPSE_WEIGHT);
    raiseAboveSetting(raw, nodes, ACCIDENT, DEATH_RIVALS);
  }
}
