import type { TagDocument } from '../text/document.js';
import { lookupPlace } from './gazetteer.js';
import type { CountryMention } from './mentions.js';

/**
 * The mentions without a dateline town's name that reads as another country, where the dateline places the town in
 * a state or province of its own country: "MEXICO, Pampanga —" and "JORDAN, Guimaras —" are towns of the
 * Philippines, not Mexico and Jordan (wild59). Only a state after the comma: "HONG KONG, China" names two places.
 */
export function withoutDatelineTownNames(
  doc: TagDocument,
  mentions: CountryMention[],
  datelineCode: string | undefined,
): CountryMention[] {
  const dateline = doc.dateline;
  if (datelineCode === undefined || dateline?.start === undefined) return mentions;
  const comma = dateline.place.indexOf(',');
  if (comma < 0) return mentions;
  const state = lookupPlace(dateline.place.slice(comma + 1).trim());
  if (state?.kind !== 'region' || state.countryCode !== datelineCode) return mentions;
  const townEnd = dateline.start + comma;
  const townName = (m: CountryMention) =>
    m.field === 'body' &&
    m.kind === 'name' &&
    m.code !== datelineCode &&
    m.start >= dateline.start! &&
    m.end <= townEnd;
  return mentions.some(townName) ? mentions.filter((m) => !townName(m)) : mentions;
}
