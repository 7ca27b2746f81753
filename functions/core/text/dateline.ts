import { AGENCY_CREDIT } from './front-matter.js';

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
// PLACE[, Region][, Month D][ (Agency)] followed by a dash; the place is capitalised words.
const INLINE = new RegExp(
  `^\\s*((?:\\p{Lu}[\\p{L}.'’-]*)(?:[ ](?:\\p{Lu}[\\p{L}.'’-]*|de|del|da|la|el|of))*(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*)*)?)(?:,\\s*${MONTH})?(?:\\s*${AGENCY_CREDIT})?\\s*(?:—|–|--|-)\\s+`,
  'u',
);

/** The dateline given, or the one that opens the story at `from` (after a byline, say). */
export function detectDateline(body: string, given?: string, from = 0): Dateline | undefined {
  if (given?.trim()) {
    const text = given.trim();
    return { text, place: placeOf(text) };
  }
  const m = INLINE.exec(body.slice(from, from + 200));
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
