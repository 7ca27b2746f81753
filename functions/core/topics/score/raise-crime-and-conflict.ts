import type { Entity } from '../../schema.js';
import type { TagDocument } from '../../text/document.js';
import { applyArmedAttack } from '../attack-event.js';
import { cyberattackInTitleAndLead } from '../cyberattack-event.js';
import { headOfStateInLead, headOfStateInTitle } from '../head-of-state-in-title.js';
import { applyOutbreak } from '../outbreak-event.js';
import { applyViolentCrime, boost, raiseAboveSetting } from '../signals.js';
import { territoryLeaderTitles } from '../territory-leaders.js';
import { applyTheftEvent } from '../theft-event.js';
import { nodes } from './lexicon.js';
import {
  ARMED_CONFLICT,
  ATTACK_RIVALS,
  COMMUNICABLE_DISEASE,
  CONFLICT_TOP,
  CRIME,
  CRIME_TOP,
  CYBER_CRIME,
  EPIDEMIC,
  GOVERNMENT,
  HEADS_OF_STATE,
  NATURAL_ATTACK_RIVALS,
  NOT_A_SETTING,
  THEFT,
  UNREST,
  VIOLENT,
} from './nodes.js';
import { leadsTopLevels, raiseAsClearWord, type Scoring, type StoryEvidence } from './scoring.js';
import { damp, MIN_STRONGEST_SUB, TITLE_WEIGHT } from './weights.js';

/** A country's president in the headline weighs as "head of state" there would (3, a word that names the topic). */
const HEAD_OF_STATE_WEIGHT = 3;

/** Hong Kong's or Macau's Chief Executive weighs as "cabinet" or "minister" would (2, a clear word of government). */
const TERRITORY_LEADER_WEIGHT = 2;

/** Rulers, crimes, attacks, outbreaks and cyberattacks the headline or the lead tells. */
export function raiseCrimeAndConflict(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest, hits, offSense } = s;
  if (HEADS_OF_STATE >= 0 && headOfStateInTitle(doc.title.text, entities)) {
    boost(raw, nodes, HEADS_OF_STATE, HEAD_OF_STATE_WEIGHT * damp(TITLE_WEIGHT));
    strongest[HEADS_OF_STATE] = Math.max(strongest[HEADS_OF_STATE] ?? 0, HEAD_OF_STATE_WEIGHT);
  } else if (HEADS_OF_STATE >= 0 && headOfStateInLead(doc, lead, entities)) {
    // The office "of" the country in the lead (an obituary's, a profile's): once, as a body word.
    raiseAsClearWord(s, HEADS_OF_STATE, HEAD_OF_STATE_WEIGHT);
  }
  // Hong Kong's or Macau's Chief Executive or Executive Council (territory-leaders.ts): no firm's chief, the matcher
  // skipped the words; the territory's head of government and cabinet, words of government (topics43).
  evidence.leader = territoryLeaderEvidence(doc, entities);
  if (GOVERNMENT >= 0 && evidence.leader) {
    boost(raw, nodes, GOVERNMENT, TERRITORY_LEADER_WEIGHT * damp(evidence.leader[1]));
    strongest[GOVERNMENT] = Math.max(strongest[GOVERNMENT] ?? 0, TERRITORY_LEADER_WEIGHT);
  }
  applyViolentCrime(raw, nodes, CRIME_TOP, CRIME, VIOLENT, NOT_A_SETTING, hits, offSense);
  // An armed attack in the lead (and the headline): war before the port, the pipeline or the oil field.
  // Under a natural disaster's deaths in the headline, the rebels' attacks beside it are its setting.
  const attackRivals = s.naturalDeaths ? NATURAL_ATTACK_RIVALS : ATTACK_RIVALS;
  applyArmedAttack(doc, lead, raw, nodes, CONFLICT_TOP, UNREST, attackRivals, hits, offSense);
  if (evidence.target) raiseAboveSetting(raw, nodes, ARMED_CONFLICT, attackRivals);
  // A disease outbreak in the headline: health before the ministers, the war and the emergency's disaster.
  applyOutbreak(doc.title.text, raw, nodes, COMMUNICABLE_DISEASE, EPIDEMIC, hits, offSense);
  applyTheftEvent(raw, nodes, CRIME_TOP, THEFT, NOT_A_SETTING, hits, offSense);
  // A cyberattack in the headline that the lead tells of: crime before the victim's business or IT.
  if (
    (strongest[CYBER_CRIME] ?? 0) >= MIN_STRONGEST_SUB &&
    !leadsTopLevels(raw, CRIME_TOP) &&
    cyberattackInTitleAndLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, CYBER_CRIME, NOT_A_SETTING);
}

/**
 * The first title of Hong Kong's or Macau's leader or cabinet the story gives, and how often it gives them (a
 * headline's counting as the lexicon's do), or undefined.
 */
function territoryLeaderEvidence(
  doc: TagDocument,
  entities: readonly Entity[],
): [string, number] | undefined {
  let first: string | undefined;
  let count = 0;
  for (const [field, weight] of [
    [doc.title, TITLE_WEIGHT],
    [doc.body, 1],
  ] as const) {
    for (const [start, end] of territoryLeaderTitles(field.text, entities)) {
      first ??= field.text.slice(start, end);
      count += weight;
    }
  }
  return first === undefined ? undefined : [first, count];
}
