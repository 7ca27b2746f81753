import { concertTold } from '../concert-told.js';
import { dronesLaunched } from '../drones.js';
import { applyMilitaryStrike } from '../signals.js';
import { attackOnTarget } from '../target-attack.js';
import type { PendingGain } from '../words-in-doubt.js';
import { nodes } from './lexicon.js';
import { ARMED_CONFLICT, MUSIC } from './nodes.js';
import { raiseAsClearWord, type Scoring, type StoryEvidence } from './scoring.js';

/** An attack on energy or on a city in the headline or the lead weighs as one clear word of war (target-attack.ts). */
const TARGET_ATTACK_WEIGHT = 3;

/** Drones launched by the wave (drones.ts `dronesLaunched`): one clear word of war. */
const DRONES_LAUNCHED_WEIGHT = 3;
/** A concert told by its nights, shows or tour (concert-told.ts): one clear word of music. */
const CONCERT_WEIGHT = 3;

/** The events told before the words' senses are settled, so the words they hold take their sense. */
export function raiseEventsBeforeSenses(
  s: Scoring,
  pending: PendingGain[] | undefined,
  evidence: StoryEvidence,
): void {
  const { doc, entities, lead } = s;
  // Before the senses are settled: an attack's "strikes" then leave labour.
  evidence.strike = applyMilitaryStrike(doc, pending, s.raw, nodes, s.strongest, ARMED_CONFLICT, entities);
  // An attack on energy or on a city told in the headline or the lead (target-attack.ts): a clear word of war, before
  // the senses, so its "strikes" and drones leave labour and technology; raised above its setting below.
  evidence.target = lead >= 0 || doc.title.text !== '' ? attackOnTarget(doc, entities, lead) : undefined;
  if (evidence.target && !evidence.strike) raiseAsClearWord(s, ARMED_CONFLICT, TARGET_ATTACK_WEIGHT);
  // A concert told by its nights, shows or tour (concert-told.ts): a clear word of music before the senses, so the
  // grounds and stadiums it was played at yield to it.
  evidence.concert = MUSIC >= 0 ? concertTold(doc) : undefined;
  if (evidence.concert) raiseAsClearWord(s, MUSIC, CONCERT_WEIGHT);
  // Drones launched by the wave (drones.ts): "Russia launched 600 drones overnight" is war, one clear word of it.
  evidence.launch = !evidence.strike && !evidence.target ? dronesLaunched(doc) : undefined;
  if (evidence.launch) raiseAsClearWord(s, ARMED_CONFLICT, DRONES_LAUNCHED_WEIGHT);
}
