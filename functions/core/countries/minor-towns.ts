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
 * Council", "Kalamazoo police", "the Kalamazoo City Commission"), its people ("Kalamazoo residents"), its seat in
 * parliament ("the Horsham by-election", "the Crewe constituency", "the Horsham MP"), or a firm based there
 * ("Scranton-based").
 */
const OWNED = /^['\u2019]s?\b/;
const TOWN_BODY =
  /^(?:\s+(?:(?:district\s+)?council|town|borough|by-elections?|constituency|MP|police|residents|city\s+(?:council|commission|hall))\b|-based\b)/i;
/** One of a town's people after "a" and its name: "A Tuscaloosa man was charged", "a Bundaberg teenager". */
const TOWNS_PERSON = /^\s+(?:man|woman|boy|girl|teenager|teen|couple|family|resident)\b/i;
/** The word right before a town's name. */
const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/**
 * Whether a town's name stands as a place where it is written: after a preposition of place, not owned ("in
 * Hatfield's absence" names a player), before "council", "town", "police", "residents", "borough" or its seat
 * ("Crewe council", "the Horsham by-election"), or between "a" and one of its people ("a Tuscaloosa man").
 */
function standsAsPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (OWNED.test(after)) return false;
  if (TOWN_BODY.test(after)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase();
  if (before === undefined) return false;
  if ((before === 'a' || before === 'an') && TOWNS_PERSON.test(after)) return true;
  return PLACE_BEFORE.has(before);
}

/** A sentence's end between two places of a text. */
const SENTENCE_END = /[.!?]["\u201d\u2019)]?\s/;

/**
 * Whether a region of another country than the town's is named in the town's sentence: "Wildfires in Arcadia forced
 * the evacuation of villages in the Peloponnese" is Greece's Arcadia, not California's town. Not a city, nor a region
 * someone comes from: "Police in Crewe arrested a man from Warsaw", "Kalamazoo police said the driver was from
 * Ontario" are still the town's stories.
 */
function besideAPlaceAbroad(
  doc: TagDocument,
  town: CountryMention,
  found: readonly CountryMention[],
): boolean {
  const text = fieldOf(doc, town.field).text;
  return found.some(
    (m) =>
      !m.minorTown &&
      m.field === town.field &&
      m.code !== town.code &&
      m.kind === 'region' &&
      WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase() !== 'from' &&
      !SENTENCE_END.test(
        m.start > town.end ? text.slice(town.end, m.start) : text.slice(m.end, Math.max(m.end, town.start)),
      ),
  );
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
 * Ireland's, Australia's, New Zealand's, Pakistan's, Uganda's, Kenya's and Sri Lanka's of 20,000 and up, the United
 * States', Canada's, India's, the Philippines' and Nigeria's of 50,000 and up.
 * Many of them are also common surnames (Hatfield, Buckley, Atherton, Hyde, Buxton, Carlisle), told bare in sports
 * copy ("Atherton and Hatfield each added an assist. Buckley made 30 saves"), or firms named after the town. So such
 * a town counts only where the story places it in its country (Britain below, the same for the others): with no
 * other country's dateline and no region of another country in its sentence, the town stands as a
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
      (!datelineCode &&
        (m.placed || standsAsPlace(fieldOf(doc, m.field).text, m.start, m.end)) &&
        !besideAPlaceAbroad(doc, m, found)) ||
      (named.has(m.code) && !typed(m.field, m.start, m.end)),
  );
}
