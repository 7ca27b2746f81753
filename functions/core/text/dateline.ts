import { AGENCY_CREDIT, PRESS_WIRE } from './front-matter.js';

/** The place and date a story was filed from, e.g. "TAIPEI, Taiwan —" or "WASHINGTON (Reuters) -". */
export interface Dateline {
  readonly text: string;
  /** The place part: "TAIPEI, Taiwan", "WASHINGTON". */
  readonly place: string;
  /** Where the dateline is in the body; absent when it came as its own field. */
  readonly start?: number;
  readonly end?: number;
}

/** Whether a body offset falls inside the dateline written at the start of the body. */
export function isInInlineDateline(
  dateline: Dateline | undefined,
  field: 'title' | 'body',
  start: number,
): boolean {
  return field === 'body' && dateline?.end !== undefined && start < dateline.end;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
// A place name: capitalised words, with the lower-case joiners of Romance names ("RIO DE JANEIRO").
const PLACE_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ ](?:\\p{Lu}[\\p{L}.'’-]*|de|del|da|la|el|of))*";
// PLACE[/PLACE][, Region][, Month D][ (Agency)] followed by a dash; Reuters files a story from two bureaus
// as "WASHINGTON/OTTAWA". Indian agencies write no dash after their credit ("BENGALURU, June 4 (PTI) At
// least…"), so after a credit the capital or digit that opens the story stands for the dash.
const INLINE = new RegExp(
  `^\\s*(${PLACE_NAME}(?:\\s?/\\s?${PLACE_NAME})*(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*)*)?)(?:,\\s*${MONTH})?(?:\\s*${AGENCY_CREDIT}(?:\\s*(?:—|–|--|-)\\s+|\\s+(?=[\\p{Lu}\\d"“]))|\\s*(?:—|–|--|-)\\s+)`,
  'u',
);

const YEAR = ',?\\s*\\d{4}';
// A press release: "CHICAGO, March 3, 2025 /PRNewswire/ --", "BOSTON--(BUSINESS WIRE)--", "SANTA CLARA,
// Calif., Nov. 19, 2025 (GLOBE NEWSWIRE) --", "TORONTO, ON / ACCESSWIRE / June 2, 2025 /".
// Its place is written against the dash ("BOSTON--", "AUSTIN, Texas--"): a hyphen in a word joins letters.
const PRESS_WORD = "\\p{Lu}(?:[\\p{L}.'’]|-(?=\\p{L}))*";
const PRESS_RELEASE = new RegExp(
  `^\\s*(${PRESS_WORD}(?:[ ](?:${PRESS_WORD}|de|del|da|la|el|of))*(?:,\\s*${PRESS_WORD}(?:[ ]${PRESS_WORD})*)?)(?:,\\s*${MONTH}(?:${YEAR})?)?\\s*(?:(?:—|–|--|-)?\\s*\\(\\s*${PRESS_WIRE}\\s*\\)\\s*(?:—|–|--|-)|/\\s*${PRESS_WIRE}\\s*/(?:\\s*${MONTH}${YEAR}\\s*/)?(?:\\s*(?:—|–|--|-))?)\\s*`,
  'u',
);

/** The dateline given, or the one that opens the story at `from` (after a byline, say). */
export function detectDateline(body: string, given?: string, from = 0): Dateline | undefined {
  if (given?.trim()) {
    const text = given.trim();
    return { text, place: placeOf(text) };
  }
  const opening = body.slice(from, from + 200);
  const m = INLINE.exec(opening) ?? PRESS_RELEASE.exec(opening);
  if (!m?.[1]) return undefined;
  const place = m[1].trim();
  // A dateline place is short; a long capitalised run is a sentence, not a dateline.
  if (place.split(/\s+/).length > 6) return undefined;
  const start = body.indexOf(place, from);
  return { text: m[0].trim(), place, start, end: from + m[0].length };
}

function placeOf(dateline: string): string {
  return (
    dateline
      // "RICHMOND, Va. Feb 26": the date may follow without a comma.
      .replace(new RegExp(`[,\\s]+${MONTH}.*$`, 'u'), '')
      .replace(/\s*\(.*$/, '')
      .replace(/\s*[—–-]+\s*$/, '')
      .trim()
  );
}
