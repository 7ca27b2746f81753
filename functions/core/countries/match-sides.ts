import type { Country, Mention } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { countryWith } from './country-copy.js';
import { lookupDemonym } from './gazetteer.js';
import { leadEnd } from './lead-focus.js';
import { placeKindOf } from './place-kind.js';

/**
 * "Inter Milan and Barcelona drew 3-3 in the first leg", "Paris St Germain thrashed Bayer Leverkusen 7-2": on the
 * sports page the lead sets two clubs against each other, and the towns in their names give their countries
 * (a cross-border match). The two sides are the mentions right before the match word (with one coordinated
 * to it by "and") and right after it, each a town or a country's name at most three capitalised words from it ("Paris St Germain
 * thrashed", "beat Bayer Leverkusen"); a place after "in" or "at" is where it was played. When the sides
 * name two countries or more, each is in focus, and its town there is a side, not a venue (venues.ts).
 */
const MATCH_WORD =
  /\b(?:beat|beats|beating|defeated|defeats|drew|draw\s+with|drew\s+with|edged|edges|thrashed|thrashes|crushed|crush|routed|hammered|stunned|lost\s+to|loses\s+to|knocked\s+out|eliminated|held)\b/i;
/** Between a side's town and the match word: the rest of the club's name ("St Germain", "Hotspur"). */
const NAME_REST_BEFORE = /^(?:\s+[A-Z][\w'.-]*){0,3}\s+$/;
/** Between the match word and the other side's town: the start of its name ("Bayer", "Real", "the"). */
const NAME_START_AFTER = /^\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,3}$/;
/** Two sides coordinated before the match word: "Inter Milan and Barcelona drew". */
const AND_BETWEEN = /^(?:\s+[A-Z][\w'.-]*){0,3}\s+and\s+(?:[A-Z][\w'.-]*\s+){0,3}$/;

/** The mentions of the lead that name the two sides of a match, empty when the lead sets no two countries so. */
export function matchSides(doc: TagDocument, countries: readonly Country[]): ReadonlySet<Mention> {
  const from = doc.storyStart;
  const to = leadEnd(doc);
  const text = doc.body.text;
  const match = MATCH_WORD.exec(text.slice(from, to));
  if (!match) return NONE;
  const wordStart = from + match.index;
  const wordEnd = wordStart + match[0].length;
  const inLead: { code: string; m: Mention }[] = [];
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'body' && m.start >= from && m.end <= to && namesTownOrCountry(m))
        inLead.push({ code: c.code, m });
  inLead.sort((a, b) => a.m.start - b.m.start);
  const sides: { code: string; m: Mention }[] = [];
  const before = inLead.filter((x) => x.m.end <= wordStart);
  const last = before[before.length - 1];
  if (last && NAME_REST_BEFORE.test(text.slice(last.m.end, wordStart))) {
    sides.push(last);
    const first = before[before.length - 2];
    if (first && AND_BETWEEN.test(text.slice(first.m.end, last.m.start))) sides.push(first);
  }
  const next = inLead.find((x) => x.m.start >= wordEnd);
  if (next && NAME_START_AFTER.test(text.slice(wordEnd, next.m.start))) sides.push(next);
  if (new Set(sides.map((x) => x.code)).size < 2) return NONE;
  return new Set(sides.map((x) => x.m));
}

/** A town, a country or a club, not a people's word or a state: "the Cleveland Indians", "the Texas Rangers". */
function namesTownOrCountry(m: Mention): boolean {
  return placeKindOf(m) !== 'region' && lookupDemonym(m.text) === undefined;
}

/** The countries with a side in `sides` put in focus. */
export function sidesInFocus(countries: Country[], sides: ReadonlySet<Mention>): Country[] {
  if (sides.size === 0) return countries;
  return countries.map((c) =>
    !c.focus && c.mentions.some((m) => sides.has(m)) ? countryWith(c, { focus: true }) : c,
  );
}

const NONE: ReadonlySet<Mention> = new Set();
