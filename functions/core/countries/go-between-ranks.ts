import type { Country, CountryPair, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { fieldHolds } from '../text/field-holds.js';
import { sentenceAt } from '../text/sentences.js';
import { namedAsBroker } from './party-links.js';

/**
 * "Armenia and Azerbaijan signed a peace treaty …, witnessed by U.S. President Donald Trump", "Russia and the
 * United States exchanged prisoners … in a swap mediated by the United Arab Emirates": the go-between (a broker,
 * mediator or host of others' deal, party-links.ts, or its witness) pairs with each side, as agencies index it,
 * but the sides' own pair is what the story is about: the go-between's pairs with them tied it (AM-US 1.00 beside
 * AM-AZ 1.00) or ranked above it (AE-RU 1.00 over RU-US .95) (review33 P5 and the prisoner swap's side pair). They
 * now rank just below it. Scores only: every pair stays.
 */
const BELOW_SIDES = 0.05;

/** "witnessed by", "in the presence of (the)": the words before a witness of others' act. */
const WITNESSED_BY = /\b(?:witnessed\s+by|in\s+the\s+presence\s+of)\s+(?:the\s+)?$/i;
/** "witnessed by Qatar's emir and a U.S. envoy": one more witness of a list after those words. */
const WITNESS_LIST =
  /\b(?:witnessed\s+by|in\s+the\s+presence\s+of)\s+[^.;:]{1,60}?(?:,|\band)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** A word both patterns need: a field without one names no witness (one scan for all its mentions). */
const MAY_NAME_WITNESS = fieldHolds(/witnessed|presence/i);

/** Whether the mention names a witness of the act the sentence reports ("signed, witnessed by Trump"). */
export function namedAsWitness(text: string, m: Mention): boolean {
  if (!MAY_NAME_WITNESS(text)) return false;
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  return WITNESSED_BY.test(before) || WITNESS_LIST.test(before);
}

/** The go-between mentions of a country: as a broker, host or witness of others' act. */
function goBetweenMentions(doc: TagDocument, c: Country): Mention[] {
  return c.mentions.filter((m) => {
    const text = fieldOf(doc, m.field).text;
    return namedAsBroker(text, m) || namedAsWitness(text, m);
  });
}

/** Whether the sentence holding the mention names the country too (the sides' act and its go-between). */
function namedBeside(doc: TagDocument, m: Mention, c: Country): boolean {
  const s = sentenceAt(fieldOf(doc, m.field).sentences, m.start);
  return (
    s !== undefined && c.mentions.some((o) => o.field === m.field && o.start >= s.start && o.end <= s.end)
  );
}

/**
 * Lowers, in place, the pairs of a go-between with either side of the strongest pair of two countries that are no
 * go-betweens, to just below that pair, when the go-between is named so beside both sides.
 */
export function rankGoBetweensBelowSides(
  doc: TagDocument,
  countries: readonly Country[],
  pairs: CountryPair[],
): void {
  if (pairs.length < 2) return;
  const candidates = new Map<string, Mention[]>();
  for (const c of countries) {
    const ms = goBetweenMentions(doc, c);
    if (ms.length) candidates.set(c.code, ms);
  }
  if (!candidates.size) return;
  let sides: CountryPair | undefined;
  for (const p of pairs)
    if (
      !candidates.has(p.countries[0]) &&
      !candidates.has(p.countries[1]) &&
      (!sides || p.score > sides.score)
    )
      sides = p;
  if (!sides) return;
  // A go-between of the sides' act: named so in a sentence that names both sides.
  const [one, other] = sides.countries.map((code) => countries.find((c) => c.code === code));
  if (!one || !other) return;
  const between = new Set<string>();
  for (const [code, ms] of candidates)
    if (ms.some((m) => namedBeside(doc, m, one) && namedBeside(doc, m, other))) between.add(code);
  if (!between.size) return;
  const cap = Math.round((sides.score - BELOW_SIDES) * 1000) / 1000;
  for (const p of pairs) {
    const [x, y] = p.countries;
    const withSide = sides.countries.includes(x) || sides.countries.includes(y);
    if (withSide && between.has(x) !== between.has(y) && p.score > cap) p.score = cap;
  }
}
