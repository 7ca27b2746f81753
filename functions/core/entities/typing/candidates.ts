// Making candidates: candidate() with its defaults (Base, Info), the gazetteer lookups (lookup, fromGazetteer)
// and the place fields a mention takes from a gazetteer entry.
import { lookupPlace, type PlaceEntry } from '../../countries/gazetteer.js';
import { type Chunk, lookupKey, type Word } from '../chunk.js';
import { FAMILY_NAMES_FIRST, GAZETTEER, type GazetteerEntry } from '../lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  placeOfWord,
  startsLongerNameWord,
} from '../word-facts.js';
import type { Candidate, CandidateType, Context } from './context.js';

export interface Base {
  readonly locative: boolean;
  readonly prev: string;
}

/** What a gazetteer adds to a candidate; one shape for all. */
interface Info {
  readonly canonical: string | undefined;
  readonly countryCode: string | undefined;
  readonly placeId: string | undefined;
  readonly teamFromPlace: boolean | undefined;
  readonly personish: 1 | 2 | undefined;
}

/** Quotes and brackets that open a nickname inside a name ('Ramesh "Sunny" Balwani', 'James (Leo) Nichols'). */
const NICKNAME_OPENERS = new Set(['"', '“', "'", '‘', '(']);

export const NO_INFO: Info = {
  canonical: undefined,
  countryCode: undefined,
  placeId: undefined,
  teamFromPlace: undefined,
  personish: undefined,
};
export const TEAM_FROM_PLACE: Info = { ...NO_INFO, teamFromPlace: true };
export const PERSONISH: Info = { ...NO_INFO, personish: 1 };
export const SPEAKER: Info = { ...NO_INFO, personish: 2 };
export const X_PLATFORM: Info = { ...NO_INFO, canonical: 'X' };

export function candidate(
  chunk: Chunk,
  from: number,
  to: number,
  type: CandidateType,
  strength: number,
  base: Base,
  info: Info = NO_INFO,
): Candidate {
  const first = chunk.words[from]!;
  const last = chunk.words[to - 1]!;
  const text = chunk.text.slice(first.start - chunk.start, last.end - chunk.start);
  const words: string[] = [];
  // Words apart by more than a particle: a quoted nickname the name leaves out ('Ramesh "Sunny" Balwani').
  let skipsNickname = false;
  for (let i = from; i < to; i++) {
    words.push(chunk.words[i]!.core);
    // ("Boatmen 's Bancshares": a spaced "'s" is no quote.)
    if (i > from && chunk.words[i]!.index - chunk.words[i - 1]!.index > 2) {
      const at = chunk.words[i - 1]!.end + 1 - chunk.start;
      skipsNickname ||=
        NICKNAME_OPENERS.has(chunk.text[at] ?? '') && chunk.text.slice(at + 1, at + 3) !== 's ';
    }
  }
  // One object shape for every candidate keeps later passes monomorphic.
  return {
    field: chunk.field,
    start: first.start,
    end: last.end,
    text,
    words,
    type,
    canonical: info.canonical ?? (skipsNickname ? words.join(' ') : undefined),
    countryCode: info.countryCode,
    strength,
    locative: base.locative,
    caseless: chunk.caseless,
    placeId: info.placeId,
    prev: base.prev,
    teamFromPlace: info.teamFromPlace,
    personish: info.personish,
    owner: undefined,
  };
}

/**
 * "Rolls Royce fell 12 pence", "Mercedes Benz said": a firm the lists write with a hyphen ("Rolls-Royce"), written
 * as two words, as copy (and tokenised text) often does. Firms only: a place or a person keeps its own reading, and
 * so do two words a person's name may be ("Li Ning", "Kimberly Clark": a family name first, or a given name and a
 * surname; "Mercedes Benz" has no surname the lists know).
 */
function hyphenDropped(first: Word, second: Word): GazetteerEntry | undefined {
  if (FAMILY_NAMES_FIRST.has(first.core) || (isGivenNameWord(first) && isKnownSurnameWord(second)))
    return undefined;
  const entry = GAZETTEER.get(`${first.lower}-${second.lower}`);
  return entry?.kind === 'organization' ? entry : undefined;
}

export function lookup(
  words: readonly Word[],
  from: number,
  to: number,
  ctx: Context,
): GazetteerEntry | Candidate | undefined {
  if (from >= to) return ctx.known?.get('') ?? GAZETTEER.get('');
  if (to === from + 1) {
    const w = words[from]!;
    return ctx.known?.get(w.lower) ?? gazetteerOfWord(w);
  }
  // The lists' names of several words start with few words: for a run that starts with any other, the
  // key (a new string to hash) is built only for the article's own names.
  if (!startsLongerNameWord(words[from]!))
    return (
      (ctx.known === undefined ? undefined : ctx.known.get(lookupKey(words, from, to))) ??
      (to === from + 2 ? hyphenDropped(words[from]!, words[from + 1]!) : undefined)
    );
  const key = lookupKey(words, from, to);
  const found = ctx.known?.get(key) ?? GAZETTEER.get(key);
  if (found !== undefined || !key.includes(' and ')) return found;
  // "Johnson and Johnson": a firm the lists write with "&", named as the text writes it (so "Procter and
  // Gamble" stays the short form of "Procter and Gamble Co").
  const ampersand = GAZETTEER.get(key.replace(' and ', ' & '));
  return ampersand && { ...ampersand, name: ampersand.name.replace(' & ', ' and ') };
}

export function fromGazetteer(entry: GazetteerEntry): {
  type: CandidateType;
  strength: number;
  canonical: string | undefined;
} {
  switch (entry.kind) {
    case 'country':
      return { type: 'place', strength: 3, canonical: entry.name };
    case 'demonym':
      return { type: 'nationality', strength: 3, canonical: entry.name };
    case 'group':
      return { type: 'other', strength: 1, canonical: undefined };
    case 'place':
      return { type: 'place', strength: 2, canonical: entry.name };
    case 'organization':
      return { type: 'organization', strength: 2, canonical: entry.name };
    case 'person':
      return { type: 'person', strength: 1, canonical: undefined };
  }
}
/** Context of a name typed by its own words alone (a named day, a storm): no cue around it counts. */
export const NO_CONTEXT: Base = { locative: false, prev: '' };

export function placeOfSpan(chunk: Chunk, from: number, to: number): PlaceEntry | undefined {
  const words = chunk.words;
  const text = chunk.text.slice(words[from]!.start - chunk.start, words[to - 1]!.end - chunk.start);
  return to === from + 1 && text === words[from]!.core ? placeOfWord(words[from]!) : lookupPlace(text);
}

export function placeFields(place: PlaceEntry): Info {
  if (place.kind === 'country') return { ...NO_INFO, countryCode: place.countryCode, canonical: place.name };
  return {
    ...NO_INFO,
    canonical: place.name,
    placeId: place.geonamesId ? `place:geonames:${place.geonamesId}` : undefined,
  };
}

export function placeIdOf(chunk: Chunk, from: number, to: number): string | undefined {
  const place = placeOfSpan(chunk, from, to);
  return place?.geonamesId ? `place:geonames:${place.geonamesId}` : undefined;
}
