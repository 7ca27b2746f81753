import type { Country, CountryPair, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';

/**
 * At most this many pairs a story: every pair of 25 countries (the most linked on the dev sets is 153, a Reuters
 * table of 19). A page that names every country in one sentence links ~31,000 pairs; their JSON, each with the
 * sentence as evidence, ran past a 4 GB heap, so the ingest function and the CLI could not write the result.
 */
export const MAX_PAIRS = 300;

/**
 * The longest evidence span, in UTF-16 code units. A sentence longer than this (a table with no full stops, a run-on
 * scrape: 1% of the dev sets' evidence, up to 2,376) is shown as the stretch of it around the two countries.
 */
export const EVIDENCE_MAX_CHARS = 1000;

/** The best `MAX_PAIRS` of pairs ranked best first, each evidence span no longer than `EVIDENCE_MAX_CHARS`. */
export function boundPairs(
  doc: TagDocument,
  countries: readonly Country[],
  ranked: readonly CountryPair[],
): CountryPair[] {
  const kept = ranked.length > MAX_PAIRS ? ranked.slice(0, MAX_PAIRS) : ranked;
  if (!kept.some((p) => p.evidence.some(tooLong))) return kept as CountryPair[];
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return kept.map((p) =>
    p.evidence.some(tooLong)
      ? {
          ...p,
          evidence: p.evidence.map((e) =>
            tooLong(e) ? windowAround(doc, e, byCode.get(p.countries[0]), byCode.get(p.countries[1])) : e,
          ),
        }
      : p,
  );
}

const tooLong = (e: Mention): boolean => e.end - e.start > EVIDENCE_MAX_CHARS;

/**
 * The part of a long span that shows the link: the nearest mentions of the two countries in it and the words around
 * them, cut at spaces. When even those two are further apart than the limit, the stretch around the first of them.
 */
function windowAround(
  doc: TagDocument,
  span: Mention,
  a: Country | undefined,
  b: Country | undefined,
): Mention {
  const text = fieldOf(doc, span.field).text;
  const [low, high] = nearestPair(mentionsIn(span, a), mentionsIn(span, b)) ?? [span.start, span.start];
  const room = EVIDENCE_MAX_CHARS - (high - low);
  let start = Math.max(span.start, Math.min(low - Math.floor(room / 2), span.end - EVIDENCE_MAX_CHARS));
  let end = Math.min(span.end, start + EVIDENCE_MAX_CHARS);
  start = startOfWord(text, start, span.start, low);
  end = endOfWord(text, end, span.end, Math.max(high, start));
  return { field: span.field, start, end, text: text.slice(start, end) };
}

function mentionsIn(span: Mention, c: Country | undefined): Mention[] {
  if (!c) return [];
  return c.mentions
    .filter((m) => m.field === span.field && m.start >= span.start && m.end <= span.end)
    .sort((x, y) => x.start - y.start);
}

/** The closest mentions of the two lists (each sorted), as [from, to], if within the limit; else around one. */
function nearestPair(as: readonly Mention[], bs: readonly Mention[]): [number, number] | undefined {
  const first = as[0] ?? bs[0];
  if (first === undefined) return undefined;
  let best: [number, number] = [first.start, first.end];
  let bestWidth = Number.POSITIVE_INFINITY;
  let j = 0;
  for (const m of as) {
    while (j + 1 < bs.length && bs[j + 1]!.start <= m.start) j++;
    for (const n of [bs[j], bs[j + 1]]) {
      if (n === undefined) continue;
      const from = Math.min(m.start, n.start);
      const to = Math.max(m.end, n.end);
      if (to - from < bestWidth) {
        bestWidth = to - from;
        best = [from, to];
      }
    }
  }
  return bestWidth <= EVIDENCE_MAX_CHARS ? best : [first.start, first.end];
}

/** Moves a cut inside a word forward to the word's start-after-space, never past `limit`. */
function startOfWord(text: string, at: number, floor: number, limit: number): number {
  if (at <= floor) return floor;
  let i = at;
  while (i < limit && !isSpace(text.charCodeAt(i - 1))) i++;
  if (i >= limit) i = at;
  return isLowSurrogate(text.charCodeAt(i)) && i < limit ? i + 1 : i;
}

/** Moves a cut inside a word back to the end of the previous word, never before `limit`. */
function endOfWord(text: string, at: number, ceiling: number, limit: number): number {
  if (at >= ceiling) return ceiling;
  let i = at;
  while (i > limit && !isSpace(text.charCodeAt(i))) i--;
  if (i <= limit) i = at;
  return isHighSurrogate(text.charCodeAt(i - 1)) && i > limit ? i - 1 : i;
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
