import { NATIONAL_TEAMS } from '../countries/curated.js';
import type { Field } from '../schema.js';
import { splitAtSpaces } from '../text/packed-map.js';
import type { Candidate } from './classify.js';

let sidesPattern: RegExp | undefined;
/** Names the countries stage does not count alone, as the side: "Pumas" is also Mexico's Pumas UNAM. */
const SHARED = new Set(['Pumas']);

/**
 * The listed nicknames of national sides ("All Blacks", "Springboks", "Bafana Bafana"), as written or in
 * capitals, as whole words. Built on first use: most articles are no sports copy.
 */
function sides(): RegExp {
  if (sidesPattern !== undefined) return sidesPattern;
  const names = Object.values(NATIONAL_TEAMS)
    .flat()
    .filter((name) => !SHARED.has(name));
  const forms = [...new Set(names.concat(names.map((name) => name.toUpperCase())))]
    // Longest first: "All Blacks" before "All Black".
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // No lookbehind for the word's start (WORD_BEFORE, read in nicknamesIn): one ahead of the alternation keeps
  // V8 from looking for the names' first letters and tries it at every position of the text.
  sidesPattern = new RegExp(`(?:${forms.join('|')})(?![\\w-])`, 'g');
  return sidesPattern;
}

/** A character that joins the one after it into its word: a nickname starts after none of them. */
const WORD_BEFORE = /[\w'\u2019-]/;

/**
 * Each nickname of the text as a whole word, as `(?<![\w'\u2019-])` before the pattern would find it: a match
 * after a word character is passed over, and the search goes on from its second character.
 */
function nicknamesIn(text: string): { readonly index: number; readonly name: string }[] {
  const pattern = sides();
  const found: { readonly index: number; readonly name: string }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > 0 && WORD_BEFORE.test(text[match.index - 1]!)) pattern.lastIndex = match.index + 1;
    else found.push({ index: match.index, name: match[0] });
  }
  return found;
}

/**
 * "The All Blacks salvaged some pride", "SOUTH AFRICA BEAT ALL BLACKS", "All Black hooker Codie Taylor": a national
 * side named by its nickname is the team, an organisation, as a club is. Read from the text, not from the
 * chunks: "All" opening a sentence was left out ("Blacks" alone, a body) and a name of ordinary words was
 * `other`. The candidates a nickname overlaps give way to it; its singular joins the plural's entity.
 */
export function withNationalSides(
  candidates: Candidate[],
  fields: { readonly title: { readonly text: string }; readonly body: { readonly text: string } },
): Candidate[] {
  const found: Candidate[] = [];
  for (const field of ['title', 'body'] as const) {
    const text = fields[field].text;
    for (const { index, name } of nicknamesIn(text)) found.push(side(field, index, name));
  }
  if (found.length === 0) return candidates;
  const kept = candidates.filter(
    (c) => !found.some((s) => s.field === c.field && c.start < s.end && s.start < c.end),
  );
  return kept.concat(found);
}

/** The side's candidate, written out in candidate-copy.ts's field order (one object shape for every candidate). */
function side(field: Field, start: number, text: string): Candidate {
  const canonical = canonicalOf(text);
  return {
    field,
    start,
    end: start + text.length,
    text,
    words: splitAtSpaces(canonical),
    type: 'organization',
    canonical,
    countryCode: undefined,
    strength: 3,
    locative: false,
    caseless: text === text.toUpperCase(),
    placeId: undefined,
    prev: undefined,
    teamFromPlace: undefined,
    personish: undefined,
    owner: undefined,
  };
}

/** The listed spelling of a nickname written in capitals, and the plural of a singular ("All Black" → "All Blacks"). */
function canonicalOf(text: string): string {
  const names = Object.values(NATIONAL_TEAMS).flat();
  const listed = names.find((name) => name.toUpperCase() === text.toUpperCase()) ?? text;
  return names.includes(`${listed}s`) ? `${listed}s` : listed;
}
