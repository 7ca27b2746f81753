import type { Mention } from '../schema.js';

/**
 * A range whose two ends stand for everything between them: examples of one kind of thing spread over the world,
 * not two parties. "From Tokyo to Berlin, cities are rethinking how they are built", "governments from Japan to
 * Germany", "Countries from Mexico to Mozambique are drafting plans", "ports from China to California were
 * jammed", "a belt stretching from Senegal to Sudan". Such a range relates neither end to the other, as a route
 * or a flow does ("flights from Tokyo to Frankfurt", "shipments from Brazil to China", "moving weapons from its
 * territory to Belarus", "fled from Syria to Turkey"), which keeps its link.
 *
 * Two forms are read. A range opening its sentence and closed by a comma (a fronted adverbial: what follows says
 * what the places have in common), and a range right after a plural noun of places or of the bodies and people of
 * many places (countries, cities, governments, markets, ports, consumers, …) or after a verb of extent (ranging,
 * stretching, spanning, extending) or "everywhere"/"anywhere". A noun of what moves (flights, shipments, exports,
 * migrants, workers, refugees) is not one of them: its "from … to" is a route.
 */

/** One end of a range: up to four capitalised words, after an optional "the" ("the United Arab Emirates"). */
const END = String.raw`(?:the\s+)?[A-Z][^\s,;:()"\u201c\u201d]*(?:\s+[A-Z][^\s,;:()"\u201c\u201d]*){0,3}`;

/** "From Tokyo to Berlin," opening a sentence (after a quote or a conjunction at most). */
const OPENING_RANGE = new RegExp(
  String.raw`^\s*["'\u201c\u2018]?(?:(?:And|But|Yet|So)\s+)?From\s+${END}\s+to\s+${END}\s*,`,
);

/** The plural nouns of places and of the bodies and people of many places that a range gives examples of. */
const GROUP_NOUNS =
  'countries|nations|states|governments|capitals|cities|towns|villages|places|regions|provinces|economies|markets|' +
  'ports|coasts|leagues|clubs|parliaments|communities|consumers|shoppers|households|farmers|businesses|companies|' +
  'firms|banks|investors|schools|universities|hospitals|voters|fans|audiences|destinations|locations|venues|' +
  'restaurants|kitchens|cafes|stores|shops|campuses|beaches|resorts';
/** A word with its capital too ("Countries from Mexico to Mozambique"); the ends must stay capitalised. */
const eitherCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** "governments from Japan to Germany", "stretching from Senegal to Sudan", "everywhere from Lagos to Lima". */
const AFTER_GROUP_RANGE = new RegExp(
  String.raw`\b(?:${eitherCase(GROUP_NOUNS)}|${eitherCase('everywhere|anywhere')}|rang(?:es|ed|ing)|stretch(?:es|ed|ing)|span(?:s|ned|ning)|extend(?:s|ed|ing))\s+(?:as far\s+)?from\s+${END}\s+to\s+${END}`,
  'g',
);

/**
 * The spans of the example ranges of one sentence, from "from" to the range's last end, as offsets in `text`
 * (the sentence runs from `start` to `end`). Most sentences have none: "from" and " to " are both asked first.
 */
export function exampleRanges(text: string, start: number, end: number): [number, number][] {
  const sentence = text.slice(start, end);
  const from = sentence.search(/\bfrom\b/i);
  if (from < 0 || sentence.indexOf(' to ', from) < 0) return [];
  const out: [number, number][] = [];
  const opening = OPENING_RANGE.exec(sentence);
  if (opening) out.push([start + opening[0].indexOf('From'), start + trimmedEnd(opening[0])]);
  AFTER_GROUP_RANGE.lastIndex = 0;
  for (let m = AFTER_GROUP_RANGE.exec(sentence); m; m = AFTER_GROUP_RANGE.exec(sentence)) {
    const fromAt = m.index + m[0].search(/\bfrom\s/);
    out.push([start + fromAt, start + m.index + m[0].length]);
  }
  return out;
}

/** The end of a matched opening range (it matches from the sentence start), before its closing comma and spaces. */
function trimmedEnd(match: string): number {
  let e = match.length;
  while (e > 0 && /[\s,]/.test(match[e - 1]!)) e--;
  return e;
}

/**
 * Whether the two countries are named in the sentence only as the two ends of one example range: every mention of
 * each inside the sentence lies within the same range, and not both ends are one country's.
 */
export function onlyRangeEnds(
  ranges: readonly [number, number][],
  a: readonly Mention[],
  b: readonly Mention[],
): boolean {
  if (!ranges.length || !a.length || !b.length) return false;
  return ranges.some(
    ([s, e]) => a.every((m) => m.start >= s && m.end <= e) && b.every((m) => m.start >= s && m.end <= e),
  );
}
