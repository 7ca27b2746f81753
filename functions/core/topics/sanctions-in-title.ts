import { titleSubject } from './signals.js';

/**
 * Sanctions or an embargo in the headline's subject: "EU agrees new sanctions on Russia", "US imposes
 * sanctions on Iranian oil exports", "EU extends Russia sanctions for six months", "Britain eases Syria
 * embargo". Not a sport's sanction for a player ("sanctioned for doping" is no plural noun here) nor
 * sanctions named in an adjunct ("… as sanctions bite").
 */
const SANCTIONS = /\b(?:sanctions|embargo(?:es)?|asset freezes?)\b/i;

/**
 * A desk files such a story under international relations (IPTC puts economic sanctions there), before
 * the oil, banks and gas the sanctions hit: score.ts puts economic sanction just above that setting where
 * the story has a clear sanctions word and no tariff of weight (a trade war's punitive tariffs stay trade).
 */
export function sanctionsInTitle(title: string): boolean {
  return SANCTIONS.test(titleSubject(title));
}
