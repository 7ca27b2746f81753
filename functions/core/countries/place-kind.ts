import type { Mention } from '../schema.js';
import { TextMemo } from '../text/text-memo.js';
import { BRITISH_GROUNDS } from './curated.js';
import { lookupPlace, type PlaceKind } from './gazetteer.js';

/** What a country mention names: the country itself, one of its cities, or a region (null: a demonym, a code…). */
export function placeKindOf(m: Pick<Mention, 'text'>): PlaceKind | null {
  let kind = PLACE_KINDS_BY_TEXT.get(m.text);
  if (kind === undefined) kind = PLACE_KINDS_BY_TEXT.set(m.text, lookupPlace(m.text)?.kind ?? null);
  return kind;
}
// The same few mention texts ("China", "the U.S.") are asked about over and over (bounded).
const PLACE_KINDS_BY_TEXT = new TextMemo<PlaceKind | null>(10_000);

/** A city, a region (a state, a province) or a ground ("Twickenham"): where a match is held, not who plays it. */
export function isVenue(m: Pick<Mention, 'text'>): boolean {
  const kind = placeKindOf(m);
  return kind === 'city' || kind === 'region' || (kind === null && GROUNDS.has(m.text));
}
const GROUNDS: ReadonlySet<string> = new Set(Object.values(BRITISH_GROUNDS).flat());
