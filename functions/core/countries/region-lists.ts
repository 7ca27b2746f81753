import { storyLeadIndex, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "WHO says malaria vaccine doses reach Africa … The first doses have reached Ivory Coast, Ghana and Nigeria":
 * a headline that names a part of the world and no country says which countries in the list its lead gives.
 * Each country of a list of two or more in the lead or the sentence after it is in focus, however rarely the
 * body comes back to it (resolve.ts). Further down, a list is the story's background ("Gulf escorts …": Iran).
 */

/**
 * A part of the world a headline names instead of its countries: a proper name, so written with its capital
 * ("Gulf", "Asian"), or in a headline set all in capitals ("GULF ARAB STATES"); "a widening gulf between
 * investors and central banks" names none (read26 F2), nor does it in capitals (COMMON_GULF).
 */
const REGION =
  /\b(?:Africa|African|Europe|European|Asia|Asian|Latin America|Latin American|Gulf|Pacific|Arab|Scandinavian|South America|Central America|Middle East|Mideast|Caribbean|Balkans|Scandinavia|Nordic|Baltics?|Sahel|Horn of Africa)\b/;
const REGION_CAPITALS =
  /\b(?:AFRICA|AFRICAN|EUROPE|EUROPEAN|ASIA|ASIAN|LATIN AMERICA|LATIN AMERICAN|GULF|PACIFIC|ARAB|SCANDINAVIAN|SOUTH AMERICA|CENTRAL AMERICA|MIDDLE EAST|MIDEAST|CARIBBEAN|BALKANS|SCANDINAVIA|NORDIC|BALTICS?|SAHEL|HORN OF AFRICA)\b/;
const FOUR_CAPITALS = /[A-Z]{4}/;
/** A list of countries, not of the cities where traders sit ("Traders in Sao Paulo and Lima"). */
const AS_COUNTRY: ReadonlySet<string> = new Set(['name', 'code', 'demonym']);
/** Nothing but a list's comma or "and" between two mentions. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/i;

export function regionListed(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  if (doc.language !== 'en' || !namesRegion(doc.title.text)) return NONE;
  const inTitle = mentions.filter((m) => m.field === 'title');
  // "Poland and Baltic states to leave landmine treaty": a country the headline joins to the part of the world is
  // one more of its list; the lead's list must then hold it ("Poland, Lithuania, Latvia and Estonia said …").
  const joined = inTitle.filter((m) => joinedToRegion(doc.title.text, m));
  if (inTitle.length > 0 && joined.length === 0) return NONE;
  const start = doc.storyStart;
  const first = storyLeadIndex(doc);
  if (first < 0) return NONE;
  // The lead and the sentence after it ("… will meet in Riyadh. Ministers from Kuwait, Oman and Qatar …").
  const last = doc.body.sentences[first + 1] ?? doc.body.sentences[first]!;
  const text = doc.body.text;
  const opening = mentions
    .filter(
      (m) =>
        m.field === 'body' && m.start >= start && m.end <= last.end && AS_COUNTRY.has(m.kind) && !m.currency,
    )
    .sort((a, b) => a.start - b.start);
  // The first list only: a second one is the story's background ("… and on to Ethiopia, Somalia and Djibouti").
  const listed = new Set<string>();
  for (let i = 1; i < opening.length; i++) {
    const a = opening[i - 1]!;
    const b = opening[i]!;
    if (a.code !== b.code && LIST_GAP.test(text.slice(a.end, b.start))) {
      listed.add(a.code);
      listed.add(b.code);
    } else if (listed.size > 0) break;
  }
  if (joined.length > 0 && !joined.some((m) => listed.has(m.code))) return NONE;
  return listed;
}

/** "Poland and Baltic states", "Baltic states and Poland", "POLAND, BALTICS": the region coordinated with the country. */
const REGION_AFTER = new RegExp(
  `^\\s*(?:,|and|&)\\s+(?:the\\s+)?(?:${REGION.source}|${REGION_CAPITALS.source})`,
);
const REGION_BEFORE = new RegExp(
  `(?:${REGION.source}|${REGION_CAPITALS.source})(?:\\s+(?:states|nations|countries|STATES|NATIONS|COUNTRIES))?\\s*(?:,|and|&)\\s+(?:the\\s+)?$`,
);

export function joinedToRegion(title: string, m: { readonly start: number; readonly end: number }): boolean {
  return (
    REGION_AFTER.test(title.slice(m.end, m.end + 40)) ||
    REGION_BEFORE.test(title.slice(Math.max(0, m.start - 40), m.start))
  );
}

/**
 * "WIDENING GULF BETWEEN INVESTORS AND CENTRAL BANKS": in a headline set in capitals, where case tells nothing, a
 * gulf that widens or lies between two parties is the common noun. Not after a bare article ("A GULF SECURITY
 * PACT", "a Gulf state" are the region: read27 F5); in a mixed-case headline the capital G decides (REGION).
 */
const COMMON_GULF =
  /\b(?:(?:WIDENING|GROWING|DEEPENING|DEEP|YAWNING|WIDE|VAST|HUGE)\s+GULF|GULF\s+(?:BETWEEN|SEPARATING|DIVIDING))\b/g;

/** Whether a headline (or a lead sentence) names a part of the world: "the Middle East", "Southeast Asia". */
export function namesRegion(title: string): boolean {
  if (REGION.test(title)) return true;
  // Each of REGION_CAPITALS's names opens with four capitals: most headlines have none, and skip that pattern.
  if (!FOUR_CAPITALS.test(title) || !REGION_CAPITALS.test(title)) return false;
  return !title.includes('GULF') || REGION_CAPITALS.test(title.replace(COMMON_GULF, ' '));
}

const NONE: ReadonlySet<string> = new Set();
