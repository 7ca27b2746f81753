import type { Country, CountryPair, Mention } from '../schema.js';
import { compareMentionPlaces } from '../text/compare.js';
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
  const mentionsOf = sortedMentions(countries);
  return kept.map((p) =>
    p.evidence.some(tooLong)
      ? {
          ...p,
          evidence: p.evidence.flatMap((e) =>
            tooLong(e) ? windowsAround(doc, e, mentionsOf(p.countries[0]), mentionsOf(p.countries[1])) : [e],
          ),
        }
      : p,
  );
}

const tooLong = (e: Mention): boolean => e.end - e.start > EVIDENCE_MAX_CHARS;

/** Each country's mentions in reading order, sorted once and only for the countries asked for. */
function sortedMentions(countries: readonly Country[]): (code: string) => readonly Mention[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const sorted = new Map<string, readonly Mention[]>();
  return (code) => {
    let mentions = sorted.get(code);
    if (mentions === undefined) {
      mentions = [...(byCode.get(code)?.mentions ?? [])].sort(compareMentionPlaces);
      sorted.set(code, mentions);
    }
    return mentions;
  };
}

/**
 * The part of a long span that shows the link: the nearest mentions of the two countries in it and the words around
 * them, cut at spaces. When even those two are further apart than the limit, a stretch around each of them.
 */
function windowsAround(
  doc: TagDocument,
  span: Mention,
  aMentions: readonly Mention[],
  bMentions: readonly Mention[],
): Mention[] {
  const text = fieldOf(doc, span.field).text;
  const as = mentionsIn(span, aMentions);
  const bs = mentionsIn(span, bMentions);
  const near = nearestPair(as, bs);
  if (near) return [windowOf(text, span, near[0], near[1])];
  const ends = [as[0], bs[0]].filter((m) => m !== undefined).sort(compareMentionPlaces);
  if (!ends.length) return [windowOf(text, span, span.start, span.start)];
  return ends.map((m) => windowOf(text, span, m.start, m.end));
}

/** The stretch of `span`, at most `EVIDENCE_MAX_CHARS` long, centred on `low..high` and cut between words. */
function windowOf(text: string, span: Mention, low: number, high: number): Mention {
  const room = EVIDENCE_MAX_CHARS - (high - low);
  let start = Math.max(span.start, Math.min(low - Math.floor(room / 2), span.end - EVIDENCE_MAX_CHARS));
  let end = Math.min(span.end, start + EVIDENCE_MAX_CHARS);
  start = startOfWord(text, start, span.start, low);
  end = endOfWord(text, end, span.end, Math.max(high, start));
  return { field: span.field, start, end, text: text.slice(start, end) };
}

/** The mentions (sorted) that lie inside the span, found by bisection: a country may be named 100,000 times. */
function mentionsIn(span: Mention, sorted: readonly Mention[]): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareMentionPlaces(sorted[mid]!, span) < 0) lo = mid + 1;
    else hi = mid;
  }
  const inside: Mention[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.field !== span.field || m.start >= span.end) break;
    if (m.end <= span.end) inside.push(m);
  }
  return inside;
}

/** The closest mentions of the two lists (each sorted), as [from, to], when they fit in one window. */
function nearestPair(as: readonly Mention[], bs: readonly Mention[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestWidth = EVIDENCE_MAX_CHARS + 1;
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
  return best;
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
