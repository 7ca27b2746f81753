import type { Entity, Field } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * Prepositions of place: a town name after one stands as a place ("a gas leak closed roads in Aldershot", "a crash
 * near Crewe"). "from", "to" and "against" are left out: "a pass from Hatfield", "lost to Buxton" name players as
 * often as towns.
 */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around', 'across']);

/**
 * After a town's name: owned ("Hatfield's"), and a body or part of the town ("Crewe council", "Horsham District
 * Council"), or its seat in parliament ("the Horsham by-election", "the Crewe constituency", "the Horsham MP").
 */
const OWNED = /^['\u2019]s?\b/;
const TOWN_BODY = /^\s+(?:(?:district\s+)?council|town|borough|by-elections?|constituency|MP)\b/i;
/** The word right before a town's name. */
const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/**
 * Whether a town's name stands as a place where it is written: after a preposition of place, not owned ("in
 * Hatfield's absence" names a player), or before "council", "town", "borough" or its seat ("Crewe council", "the
 * Horsham by-election").
 */
function standsAsPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (OWNED.test(after)) return false;
  if (TOWN_BODY.test(after)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return before !== null && PLACE_BEFORE.has(before[1]!.toLowerCase());
}

/**
 * Whether a person's mention holds [start, end) of a field: the spans sorted by start once, with
 * the furthest end reached so far, so each question is a binary search (a hostile page's many names stay linear-log).
 */
function typedSpans(entities: readonly Entity[]): (field: Field, start: number, end: number) => boolean {
  const byField = new Map<Field, { starts: number[]; reach: number[] }>();
  const spans: [Field, number, number][] = [];
  for (const e of entities)
    if (e.type === 'person') for (const x of e.mentions) spans.push([x.field, x.start, x.end]);
  spans.sort((a, b) => a[1] - b[1]);
  for (const [field, start, end] of spans) {
    let f = byField.get(field);
    if (!f) {
      f = { starts: [], reach: [] };
      byField.set(field, f);
    }
    f.reach.push(Math.max(end, f.reach.at(-1) ?? 0));
    f.starts.push(start);
  }
  return (field, start, end) => {
    const f = byField.get(field);
    if (!f) return false;
    let lo = 0;
    let hi = f.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (f.starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && f.reach[lo - 1]! >= end;
  };
}

/**
 * Towns under 100,000 people (minor-towns.json; the gazetteer's other cities have 100,000 or more): Britain's,
 * Ireland's, Australia's and New Zealand's of 20,000 and up, the United States' and Canada's of 50,000 and up.
 * Many of them are also common surnames (Hatfield, Buckley, Atherton, Hyde, Buxton, Carlisle), told bare in sports
 * copy ("Atherton and Hatfield each added an assist. Buckley made 30 saves"), or firms named after the town. So such
 * a town counts only where the story places it in its country (Britain below, the same for the others): with no
 * other country's dateline, the town stands as a
 * place where it is written (`standsAsPlace`: "a gas leak in Aldershot", which holds even where the entity pass took
 * the name for a person's, "products made in Newton Aycliffe"); or the story names Britain another way (a nation, a
 * bigger city, a region, a British dateline), unless the entity pass read that very span as a person (read48; an
 * organisation so named is mostly the town's club, "Falkirk", "Crewe": British). Under another country's dateline
 * only Britain named otherwise counts: "TORONTO - Aldershot Resources Ltd said…", "Inverness said" (a Canadian firm either time); "its plant in
 * Wrexham, U.K." is kept.
 */
export function withoutMinorTownsAbroad(
  doc: TagDocument,
  found: CountryMention[],
  entities: readonly Entity[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (!found.some((m) => m.minorTown)) return found;
  const named = new Set<string>(datelineCode ? [datelineCode] : []);
  for (const m of found) if (!m.minorTown) named.add(m.code);
  const typed = typedSpans(entities);
  return found.filter(
    (m) =>
      !m.minorTown ||
      (!datelineCode && (m.placed || standsAsPlace(fieldOf(doc, m.field).text, m.start, m.end))) ||
      (named.has(m.code) && !typed(m.field, m.start, m.end)),
  );
}
