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
 * desk city or from two bureaus, and neither headline nor body names the dateline's country (its name, people, cities or
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
  // "LONDON/DUBAI (Reuters) - Eight OPEC+ countries led by Saudi Arabia and Russia agreed …": a story filed
  // from two bureaus is written where the region's reporters sit; the lead bureau's country, never named
  // beyond the dateline, is read as a desk's (review30 C1: Britain was the only focus country).
  if (!DESK_CITIES.has(city) && !place.includes('/')) return false;
  return !found.some((m) => m.code === datelineCode && !isInInlineDateline(doc.dateline, m.field, m.start));
}

/**
 * Whether the dateline is one of the desk cities itself ("BENGALURU, Nov 20 (Reuters) - Walmart raised …"), not two
 * bureaus: the desk's country is then no country of a story that never names it (wild50 C12), while the lead bureau
 * of "LONDON/DUBAI (Reuters) -" may still be the story's when it names no other.
 */
export function filedFromDeskCity(doc: TagDocument): boolean {
  const place = doc.dateline?.place;
  return (
    place !== undefined && !place.includes('/') && DESK_CITIES.has(place.split(',')[0]!.trim().toLowerCase())
  );
}

/**
 * "PORT SUDAN/NAIROBI (Reuters) -": a story filed from two bureaus is placed at the first (dateline-place.ts);
 * a later one is often where reporters of the region sit (Nairobi, Dubai, Bangkok) and names its country only
 * when the story does too beyond the dateline ("WASHINGTON/OTTAWA (Reuters) - Canada and the United States
 * …"). The mentions of a later bureau's country are dropped otherwise.
 */
export function withoutLaterBureaus(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  const dateline = doc.dateline;
  if (dateline?.start === undefined || !dateline.place.includes('/')) return found;
  const slash = doc.body.text.indexOf('/', dateline.start);
  const inLaterBureau = (m: CountryMention) =>
    m.field === 'body' && m.start > slash && isInInlineDateline(dateline, m.field, m.start);
  if (slash < 0 || !found.some(inLaterBureau)) return found;
  const namedElsewhere = new Set(
    found.filter((m) => !isInInlineDateline(dateline, m.field, m.start)).map((m) => m.code),
  );
  return found.filter((m) => !inLaterBureau(m) || namedElsewhere.has(m.code));
}
