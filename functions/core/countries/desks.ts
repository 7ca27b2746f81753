import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * Cities from which a news agency files the company news of the whole world: Reuters writes its
 * global company desk's stories from Bengaluru (Bangalore) and Gdansk ("BENGALURU, Dec 1 (Reuters) -
 * Toyota Motor cut its profit forecast …", "GDANSK, Nov 5 (Reuters) - Orlen …"). Such a dateline says
 * where the story was written, not where it happened.
 */
const DESK_CITIES: ReadonlySet<string> = new Set(['bengaluru', 'bangalore', 'gdansk']);

/**
 * Whether the story was written at an agency's world company desk about somewhere else: filed from a
 * desk city, and neither headline nor body names the dateline's country (its name, people, cities or
 * firms) beyond the dateline itself. A story that does ("BENGALURU - Infosys … The Indian IT firm") is
 * a home story and keeps its dateline country.
 */
export function filedFromDesk(
  doc: TagDocument,
  found: readonly CountryMention[],
  datelineCode: string | undefined,
): boolean {
  const place = doc.dateline?.place;
  if (!place || datelineCode === undefined) return false;
  const city = place.split(/[,/]/)[0]!.trim().toLowerCase();
  if (!DESK_CITIES.has(city)) return false;
  return !found.some((m) => m.code === datelineCode && !isInInlineDateline(doc.dateline, m.field, m.start));
}
