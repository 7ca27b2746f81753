import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { NOT_AN_ATTACK, RETAIL_AFTER } from './not-an-attack.js';
import { titleSubject } from './signals.js';

/**
 * An attack on a country's energy or on a city, told as the story's news (fixT49, wild49 T5): "Ukraine struck the Lukoil
 * refinery in Volgograd overnight", "Moscow accused Kyiv of attacking a power plant in Zaporizhzhia", "Russian drones hit
 * Kharkiv overnight". A war story that names a refinery, a power plant or a grid carries the words of its setting (oil,
 * fuel, electricity, prices), and the setting's words outweighed the one word of the attack, or the attack gave none at
 * all ("attacking" is no lexicon word; drones that hit a city with no casualty told are no war for drones.ts). A desk
 * files the attack first and tags the energy beside it.
 */

/** What a war strikes for its energy: refineries, depots, power plants, grids, substations, energy sites, pipelines. */
export const FACILITY = `(?:refiner(?:y|ies)|(?:oil|fuel|gas|ammunition|arms) depots?|(?:oil|gas|export|fuel) terminals?|substations?|pipelines?|(?:nuclear |thermal |hydroelectric |hydro |coal-fired |gas-fired )?power (?:plants?|stations?)|(?:power|energy|electricity) (?:grids?|infrastructure|facilities|sites|systems?)|(?:energy|oil|gas|fuel) (?:facilities|infrastructure|sites|installations)|(?:oil|gas) (?:fields?|plants?)|(?:nuclear|thermal|hydroelectric) plants?|dams?)`;
/**
 * The attack's verb or noun: struck, striking, strikes on, attacked, an attack on, bombed, shelled. Not a bare noun
 * "strike" ("Staff strike halts output at Grangemouth refinery" is a walkout) nor "targets", which regulators and
 * sanctions do every day ("EPA targets coal-fired power plants"; read49 #12): a weapon that targets is
 * WEAPON_HIT_FACILITY's.
 */
const ATTACK = `(?:struck|striking|strikes? (?:on|against)|attack(?:s|ed|ing)?(?: on| against)?|raids? on|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|pound(?:s|ed|ing))`;
/** The attack on the facility, up to four words between ("struck the Lukoil refinery", "strikes on Russian energy"). */
const ATTACK_ON_FACILITY = new RegExp(
  String.raw`\b(${ATTACK})\s+(?:[\w'\u2019.-]+\s+){0,4}?(${FACILITY})\b`,
  'i',
);
/**
 * The verb "strikes" right before its facility, up to two words between ("Ukraine strikes Russian refinery"); asked
 * with a state or a force named right before it (`strikerBefore`): "Rolling strikes disrupt French refineries" is
 * the noun, a walkout (read49 #20).
 */
const STRIKES_FACILITY = new RegExp(
  String.raw`\b(strikes)\s+(?:[\w'\u2019.-]+\s+){0,2}?(${FACILITY})\b`,
  'i',
);
/** "Hit" only with a weapon or a force told as its subject: drones, missiles, rockets, shells, warplanes, troops. */
const WEAPON = `(?:drones?|missiles?|rockets?|shells|warplanes?|bombers?|jets|artillery|forces|troops)`;
const WEAPON_HIT_FACILITY = new RegExp(
  String.raw`\b(${WEAPON})\s+(?:[\w'\u2019-]+\s+){0,2}?(?:hit|struck|slammed into|targeted|pounded)\s+(?:[\w'\u2019.-]+\s+){0,4}?(${FACILITY})\b`,
  'i',
);
/** A weapon that hit a place: "drones hit Kharkiv", "missiles struck Kyiv's" (the place is found among the entities). */
const WEAPON_HIT = new RegExp(
  String.raw`\b(${WEAPON})\s+(?:[\w'\u2019-]+\s+){0,2}?(hit|struck|slammed into|targeted|pounded)\s+(?:the\s+(?:city|town|port|region) of\s+)?$`,
  'i',
);
/** A headline whose subject tells of an attack or a war's weapons, the lead then telling what was hit. */
const TITLE_OF_ATTACK =
  /\b(?:strikes?|struck|attacks?|attacked|drones?|missiles?|rockets?|bomb\w*|shell\w*|blasts?|explosions?|fire|ablaze|war|raids?|hit|hits)\b/i;
/** Right after the place: the place is a market a product reaches ("drones hit US stores"). */
const RETAIL = new RegExp(`^${RETAIL_AFTER}`, 'i');
/**
 * An attack that is no war's: hackers' and cyber attacks on a grid, sanctions or prices that "hit" refiners, a
 * walkout, a storm or a quake (not-an-attack.ts).
 */
const NO_WAR =
  /\b(?:hack\w*|cyber\w*|ransomware|malware|sanctions?|tariffs?|prices?|margins?|shortages?|slump|downturn|protesters?|vandals?|thieves|theft)\b/i;

/**
 * A word every reading of `attackIn` needs, checked before its long patterns (V8 compiles a pattern the first time it
 * runs, and a fresh process pays for it): a noun of FACILITY, which ATTACK_ON_FACILITY, WEAPON_HIT_FACILITY and
 * STRIKES_FACILITY end with, or a verb of WEAPON_HIT. Each starts a word in every match ("substation" is listed beside
 * "station" for that reason). A text with none has no attack to read.
 */
const ATTACK_WORD =
  /\b(?:refiner|depot|terminal|substation|pipeline|plant|station|grid|infrastructure|facilities|site|system|installation|field|dam|hit|struck|slammed into|targeted|pounded)/i;

function attackIn(
  text: string,
  field: 'title' | 'body',
  offset: number,
  entities: readonly Entity[],
): string[] | undefined {
  if (text === '' || !ATTACK_WORD.test(text) || NOT_AN_ATTACK.test(text) || NO_WAR.test(text))
    return undefined;
  // The part before its first adjunct: "Oil rose after drones struck a refinery" is the market's.
  const told = titleSubject(text);
  const facility = ATTACK_ON_FACILITY.exec(told) ?? WEAPON_HIT_FACILITY.exec(told);
  if (facility?.[1] && facility[2]) return [facility[1], facility[2]];
  const strikes = STRIKES_FACILITY.exec(told);
  if (strikes?.[1] && strikes[2] && strikerBefore(field, offset + strikes.index, entities))
    return [strikes[1], strikes[2]];
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    for (const m of entity.mentions) {
      if (m.field !== field || m.start < offset || m.start - offset > told.length) continue;
      const hit = WEAPON_HIT.exec(text.slice(Math.max(0, m.start - offset - 60), m.start - offset));
      if (!hit?.[1] || !hit[2] || RETAIL.test(text.slice(m.end - offset, m.end - offset + 24))) continue;
      return [`${hit[1]} ${hit[2]}`, m.text];
    }
  }
  return undefined;
}

/**
 * The words of an attack on energy or on a city told in the headline's subject or the lead's (before its first adjunct:
 * "Brent rose 2% after drones struck a refinery" is a market story), as the article writes them; else undefined.
 */
export function attackOnTarget(
  doc: TagDocument,
  entities: readonly Entity[],
  lead: number,
): string[] | undefined {
  const title = doc.title.text;
  const found = attackIn(title, 'title', 0, entities);
  if (found) return found;
  const sentence = doc.body.sentences[lead];
  if (!sentence) return undefined;
  const told = sentenceTextOf(doc.body, lead);
  // A lead with no word of an attack has none (`attackIn`), whatever the headline: asked first.
  if (!ATTACK_WORD.test(told)) return undefined;
  // Under a headline, the headline must not be the market's or another desk's: its subject tells no other news.
  if (title.trim() !== '' && !TITLE_OF_ATTACK.test(titleSubject(title))) return undefined;
  return attackIn(told, 'body', sentence.start, entities);
}

/** Whether a place or an organisation named in `field` ends right before `at` (one space between): the striker. */
function strikerBefore(field: 'title' | 'body', at: number, entities: readonly Entity[]): boolean {
  return entities.some(
    (e) =>
      (e.type === 'place' || e.type === 'organization') &&
      e.mentions.some((m) => m.field === field && m.end >= at - 2 && m.end < at),
  );
}
