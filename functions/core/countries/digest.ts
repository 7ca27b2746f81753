/**
 * A digest of one-paragraph items, each opened by its country's name and a colon: "Japan: Prime Minister
 * Shigeru Ishiba's coalition lost …", "Chile: Voters go to the polls …". Each labelled item is about its
 * country, so the country is in focus however briefly the item names it; the items are separate stories,
 * so no pair is read across them (review22 ★9: a world briefing had one country in focus of eight).
 * No dev story has such labels; a line-up ("England: Robinson, Lewsey, …") names no sentence and is no item.
 */

import { letterPattern } from '../text/letters.js';

interface Placed {
  readonly code: string;
  readonly field: string;
  readonly start: number;
  readonly end: number;
}

const COLON = 58;
const NEWLINE = 10;
// Two digest items at least: one label is a heading.
const MIN_ITEMS = 2;
/**
 * After the colon, or a dash a web page's bold label is set off by ("**Japan** — Prime Minister …", wild56 a/38): a
 * sentence, i.e. a capital and, before its end, a word in lower case ("Voters go").
 */
const ITEM_SENTENCE = letterPattern(
  String.raw`^(?::| [\u2014\u2013]| --?) +[\p{Lu}"\u201c][^.\n]*?\s\p{Ll}{3,}`,
);
const SPACE = 32;

/** Whether the body mention at start..end labels an item: it opens a paragraph and a colon or a dash follows it. */
function labelsItem(text: string, start: number, end: number): boolean {
  if (end >= text.length || (text.charCodeAt(end) !== COLON && text.charCodeAt(end) !== SPACE)) return false;
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== NEWLINE) return false;
  // A paragraph opens after the body's start, a blank line or a line ending a sentence (not a wrapped one). The
  // blank line was in this comment and not in the test: the first item under a heading with no full stop
  // ("BRIEFS", "Around the world today") was no item (wild43 item 11).
  let j = i - 1;
  let lines = 1;
  while (j >= 0 && /\s/.test(text[j]!)) if (text.charCodeAt(j--) === NEWLINE) lines++;
  if (j >= 0 && lines < 2 && !/[.!?"\u201d)]/.test(text[j]!)) return false;
  return ITEM_SENTENCE.test(text.slice(end, end + 120));
}

/** The countries labelling the items of a digest body, or none when the body is no digest. */
export function digestLabels(text: string, mentions: readonly Placed[]): ReadonlySet<string> {
  let codes: Set<string> | undefined;
  for (const m of mentions) {
    if (m.field !== 'body' || !labelsItem(text, m.start, m.end)) continue;
    codes ??= new Set();
    codes.add(m.code);
  }
  return codes && codes.size >= MIN_ITEMS ? codes : NO_CODES;
}

const NO_CODES: ReadonlySet<string> = new Set();

interface Named {
  readonly code: string;
  readonly mentions: readonly { readonly field: string; readonly start: number; readonly end: number }[];
}

/** Whether the body is a digest, read from the countries found in it (pairs.ts). */
export function isDigest(text: string, countries: readonly Named[]): boolean {
  let labels = 0;
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'body' && labelsItem(text, m.start, m.end)) {
        if (++labels >= MIN_ITEMS) return true;
        break;
      }
  return false;
}

/**
 * A headline that names a collection of briefs ("World briefing", "News in brief", "Africa digest", "The world at a
 * glance"), not one story: "briefs"/"briefing" as a noun, not "to brief" or "a brief war".
 */
const BRIEFS_HEADLINE =
  /\b(?:briefing|briefs|in\s+brief|news\s+brief|world\s+brief|digest|at\s+a\s+glance|around\s+the\s+world|news\s+summary)\b/i;
/** A briefing has at least this many items naming countries. */
const MIN_BRIEFING_ITEMS = 3;

/**
 * "World briefing" over one-paragraph items that each name their own countries (a quake in Chile, the peso in
 * Argentina, Japan–South Korea talks, arrests in Sweden): a digest without labels (wild38b ★3). The headline names
 * briefs and no country, and at least three paragraphs name only countries no other paragraph names (a press
 * briefing on one conflict comes back to its two sides). `paragraphOf` gives the paragraph of a body offset.
 */
export function isBriefing(
  title: string,
  countries: readonly Named[],
  paragraphOf: (start: number) => number,
  storyStart: number,
): boolean {
  if (!BRIEFS_HEADLINE.test(title)) return false;
  // Each paragraph's countries, and the paragraphs a country is named in (more than one: it comes back).
  const shared = new Set<number>();
  const named = new Set<number>();
  for (const c of countries) {
    const own = new Set<number>();
    for (const m of c.mentions) {
      if (m.field === 'title') return false;
      if (m.start >= storyStart) own.add(paragraphOf(m.start));
    }
    for (const p of own) {
      named.add(p);
      if (own.size > 1) shared.add(p);
    }
  }
  let items = 0;
  for (const p of named) if (!shared.has(p)) items++;
  return items >= MIN_BRIEFING_ITEMS;
}
