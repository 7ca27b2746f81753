import { deadlyCollapseInLead } from '../deadly-collapse.js';
import { deadlyFireInLead, leadNamesWorkplace } from '../deadly-fire.js';
import { deathsFromDisaster } from '../natural-deaths.js';
import { naturalStrikeInTitle } from '../natural-strike.js';
import { applyDeadlyDisaster, raiseAboveSetting, vehicleCrashInLead } from '../signals.js';
import { nodes } from './lexicon.js';
import { ACCIDENT, DEATH_RIVALS, DISASTER_TOP, FIRE, INDUSTRIAL_ACCIDENT, NO_RIVALS } from './nodes.js';
import { raiseAsClearWord, type Scoring, type StoryEvidence } from './scoring.js';

/** What a lead that tells of a deadly collapse, fire or explosion adds to its node: one clear word. */
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
    // A tunnel that collapsed at a mine, a boiler that exploded at a factory: at work.
    if (leadNamesWorkplace(doc, lead)) {
      raiseAsClearWord(s, INDUSTRIAL_ACCIDENT, COLLAPSE_WEIGHT);
      evidence.deadlyFire = { words: evidence.collapse, raised: [INDUSTRIAL_ACCIDENT] };
    }
    return;
  }
  // A fire or an explosion that killed, told in the lead: a fire or an accident before the factory's business or its
  // workers, and an industrial accident where it broke out at work.
  const fire = deadlyFireInLead(doc, lead);
  if (!fire) return;
  const node = fire.fire ? FIRE : ACCIDENT;
  raiseAsClearWord(s, node, COLLAPSE_WEIGHT);
  if (fire.atWork) raiseAsClearWord(s, INDUSTRIAL_ACCIDENT, COLLAPSE_WEIGHT);
  raiseAboveSetting(raw, nodes, node, DEATH_RIVALS);
  evidence.deadlyFire = { words: fire.words, raised: fire.atWork ? [node, INDUSTRIAL_ACCIDENT] : [node] };
}
