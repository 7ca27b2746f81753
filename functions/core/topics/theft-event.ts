import type { LexiconEntry, TopicNode } from './compile.js';
import type { PhraseHits } from './match.js';
import { raiseAboveSetting, strongestTopLevel } from './signals.js';

/**
 * A theft word this clear names the crime ("heist", "thieves", "robbery", "burglary"): "stolen" and "steal"
 * are left out ("an election stolen"), and so are "raid" and "looting" (a police raid, looting in a war).
 */
const THEFT_NOUN = 3;
/**
 * Words of the act (a theft that happened: "stole", "robbed"), one of which the lead or the sentence after must hold: "burglars"
 * alone are a kind of people a policy row is about ("a row over the force owners may use on burglars").
 */
const THEFT_ACTS = new Set(['stole', 'stolen', 'steal', 'stealing', 'heist', 'robbed']);
/**
 * Crime must weigh at least this share of the leading top level already: one "daylight robbery" in a
 * budget row names no theft the story is about.
 */
const CRIME_SHARE = 0.5;

/**
 * A theft named in the headline's subject and in the lead or the sentence after ("Louvre heist: minister
 * admits security failings", "… had allowed thieves to steal crown jewels") is filed as crime before the ministers who comment on it or
 * the museum it happened at: the government-policy frame gives politics a share of every crime word a
 * minister's sentence holds, so a heist a culture minister speaks about led with politics. The lead or the sentence after must tell of the act (stole,
 * stolen, steal, a heist): burglars a party row is about are no theft. A policy on theft ("plans to tackle
 * shoplifting") is raised above this afterwards by the policy-act rule (score.ts), and war
 * reads looting its own way.
 */
export function applyTheftEvent(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  crimeTop: number,
  theft: number,
  rivals: readonly number[],
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): void {
  let inTitle = false;
  let inLead = false;
  for (const [entry, h] of hits) {
    if (!h.titleHead && !h.early) continue;
    if (offSense?.get(theft)?.has(entry.phrase)) continue;
    const { gains } = entry;
    let weight = 0;
    for (let k = 0; k < gains.length; k += 2) if (gains[k] === theft) weight = gains[k + 1] ?? 0;
    if (weight === 0) continue;
    if (h.titleHead && weight >= THEFT_NOUN) inTitle = true;
    if (h.early && THEFT_ACTS.has(entry.phrase)) inLead = true;
  }
  if (!inTitle || !inLead) return;
  const leader = strongestTopLevel(raw, nodes);
  if ((raw[crimeTop] ?? 0) < CRIME_SHARE * leader) return;
  raiseAboveSetting(raw, nodes, crimeTop, rivals);
}
