import { TextMemo } from '../text/text-memo.js';
import { lookupPhrase, lookupPlace, placeWords } from './gazetteer.js';

const TRAILING_DATE =
  /[,\s]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b.*$/i;

/**
 * The country a dateline place is in: the most specific part that names a country wins from the end
 * ("ROCHESTER, N.Y." → US, "TAIPEI, Taiwan" → TW, "Scarborough, Ontario" → CA), else the city
 * ("TOKYO" → JP, "WASHINGTON" → US). Datelines resolve even cities that running text leaves alone
 * because they are also common words ("MOBILE, Ala.", "READING, England").
 */
export function datelineCountry(place: string): string | undefined {
  // Datelines repeat ("NEW YORK", "LONDON"): remember recent answers; the function stays pure.
  const known = memo.get(place);
  if (known !== undefined) return known || undefined;
  const code = resolveDateline(place);
  memo.set(place, code ?? '');
  return code;
}

const memo = new TextMemo<string>(2048);

/**
 * Whether capitals that open a story before a colon name a place ("KARACHI:", "NEW DELHI:"): a town, a
 * region or a country in the gazetteer, not a name that only stands for a country ("BIDEN:" in a transcript).
 */
export function namesPlace(place: string): boolean {
  return lookupPlace(place) !== undefined;
}

function resolveDateline(place: string): string | undefined {
  // "WASHINGTON/OTTAWA": a story filed from two bureaus is placed where the first, its lead bureau, is.
  const parts = (place.split('/')[0] ?? place)
    .replace(TRAILING_DATE, '')
    // Wire noise: "****SANTO DOMINGO", "ME}LBOURNE".
    .replace(/[^\p{L}\p{M}\s.,'’-]/gu, '')
    .replace(/\s*\(.*$/, '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const entry = lookupPhrase(placeWords(part).join(' '));
    if (entry && entry.kind !== 'none' && entry.kind !== 'demonym') return entry.code;
    const found = lookupPlace(part);
    if (found) return found.countryCode;
  }
  return undefined;
}
