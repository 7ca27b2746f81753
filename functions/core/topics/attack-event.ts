import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import type { LexiconEntry, TopicNode } from './compile.js';
import type { PhraseHits } from './match.js';
import { raiseAboveSetting, strongestTopLevel } from './signals.js';

/** War words of this weight in the lead tell of an attack ("drones struck", "militants bombed"). */
const MIN_LEAD_WAR = 1;
/**
 * War must weigh at least this share of the leading top level already: a results story whose lead names
 * the war it trades through is no attack report.
 */
const WAR_SHARE = 0.5;
/**
 * The attack happened and harmed: people killed, wounded or held hostage, a ship damaged, a refinery set
 * on fire, a patrol fired on, a convoy attacked or ambushed (not threats of attacks, nor "Houthis vow to
 * target ships").
 */
const HARMED =
  /\b(?:kill(?:ed|ing|s)?|dead|wound(?:ed|ing)|injur(?:ed|ing|ies)|casualties|damag(?:ed|ing)|destroy(?:ed|ing)|ablaze|on fire|(?:sets?|setting|start(?:ed|ing|s)?) (?:a )?fire|opened fire|fired on|hostages?|attacked|bombed|shelled|ambushed)\b/i;
/**
 * A maker of arms named in the headline ("Missile maker's profit jumps", "Drone firm wins Army contract"): its
 * war words name what the firm sells, and its story is the firm's, not an attack (read31 F7) — unless the
 * headline itself tells of harm ("Drone maker's plant destroyed in strike").
 */
const ARMS_MAKER =
  /\b(?:missile|drone|arms|weapons?|defen[cs]e|munitions?|ammunition|rocket|tank|warship|shell)s?\s+(?:maker|manufacturer|producer|firm|company|group|contractor|supplier|exporter|giant)s?\b/i;

/**
 * An armed attack told as the story's event (review30 T1, review31 ★6): "Venezuelan soldiers fired on a
 * Guyanese patrol, wounding two soldiers. Exxon pumps 900,000 barrels of oil a day off Guyana.",
 * "Militants bombed an oil pipeline in Nigeria's Delta state, killing two guards. Brent crude rose 2%." A
 * story about an attack on a port, a pipeline, a mine or a border patrol carries the words of its setting
 * (oil, barrels, wheat futures, trade), and one market sentence outweighed the attack. A desk files the
 * attack first and tags the setting beside it. Here war words stand in the lead's subject (before its first
 * adjunct) and, when the story has a headline, in the headline's subject; the headline, the lead or the
 * sentence after tells of harm (people killed or hurt, a ship damaged); and war already weighs half as much
 * as the leading top level. Then war is raised half a weak word above its setting. Not "Oil prices jump
 * after drone attack on Saudi plant" (the headline's subject is the market), nor "Brent rose 2% after
 * militants bombed a pipeline" (the lead's subject is). Crime (gunmen of a robbery, pirates) reads such
 * words its own way: its weight is left to decide. War words a sense took elsewhere do not count.
 */
export function applyArmedAttack(
  doc: TagDocument,
  lead: number,
  raw: Float64Array,
  nodes: readonly TopicNode[],
  war: number,
  unrest: number,
  rivals: readonly number[],
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): void {
  const leader = strongestTopLevel(raw, nodes, (i) => i === war);
  const own = raw[war] ?? 0;
  if (own > leader || own < WAR_SHARE * leader) return;
  const titled = doc.title.text.trim() !== '';
  if (titled && ARMS_MAKER.test(doc.title.text) && !HARMED.test(doc.title.text)) return;
  let inTitle = 0;
  let inLead = 0;
  for (const [entry, h] of hits) {
    if (!h.titleHead && !h.lead) continue;
    if (offSense?.get(war)?.has(entry.phrase)) continue;
    const { gains } = entry;
    let weight = 0;
    for (let k = 0; k < gains.length; k += 2) {
      // Police and protesters (civil unrest, a subtopic of war) are no armed attack: a protest story keeps
      // the politics it is told through.
      if (gains[k] === unrest) {
        weight = 0;
        break;
      }
      if (gains[k] === war) weight = gains[k + 1] ?? 0;
    }
    if (h.titleHead) inTitle += weight;
    // Under a headline that names the attack the whole lead tells of it ("Yemen's Houthi movement said on
    // Tuesday it had attacked …"); without one, only the lead's subject does.
    if (titled ? h.lead : h.leadHead) inLead += weight;
  }
  if (inLead < MIN_LEAD_WAR || (titled && inTitle === 0)) return;
  const told = `${doc.title.text}\n${sentenceTextOf(doc.body, lead)}\n${sentenceTextOf(doc.body, lead + 1)}`;
  if (!HARMED.test(told)) return;
  raiseAboveSetting(raw, nodes, war, rivals);
}
