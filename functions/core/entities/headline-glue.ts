// Headline-ese glues a person's surname to the next name: "Yeltsin backs Lebed Chechnya peace plan",
// "Netanyahu Washington visit postponed", "Queen Elizabeth Canada visit postponed" (wild52 X19). Headlines drop
// the articles and prepositions ("Lebed's plan for Chechnya") and stack nouns, so a surname the story gives a
// person and a place the lists know come out as one run of capitals, which no single name is.
import { lookupPlace } from '../countries/gazetteer.js';
import type { Chunk, Word } from './chunk.js';
import { GAZETTEER, isGivenName, PERSON_TITLES } from './lexicon.js';
import { wordWith } from './word-copy.js';

/** Titles of a monarch before a given name ("Queen Elizabeth", "King Fahd"), who need no surname. */
const ROYAL_TITLES = new Set(['queen', 'king', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sultan']);

/** Kinds of the entity lists' entries that name a place (a country, a region, a town). */
const PLACE_KINDS = new Set(['country', 'place']);

/** A country, region or town the lists know: the place a headline stacks after a person's name. */
function placeWord(w: Word): boolean {
  if (w.possessive) return false;
  const kind = GAZETTEER.get(w.lower)?.kind;
  return (
    (kind !== undefined && PLACE_KINDS.has(kind)) || (kind === undefined && lookupPlace(w.core) !== undefined)
  );
}

/**
 * The surnames the story gives people: the last word of a run with a given name or a person's title before it
 * ("Alexander Lebed", "Russian President Boris Yeltsin"), other than countries, peoples and bodies. One pass over the chunks.
 */
function storySurnames(chunks: readonly Chunk[]): Set<string> {
  const surnames = new Set<string>();
  for (const chunk of chunks) {
    const words = chunk.words;
    if (words.length < 2 || chunk.caseless) continue;
    const last = words[words.length - 1]!;
    // "Israeli Prime Minister Benjamin Netanyahu", "Russian President Boris Yeltsin": a given name or a title
    // before the last word.
    let person = false;
    for (let i = 0; i < words.length - 1 && !person; i++)
      person = isGivenName(words[i]!.core) || PERSON_TITLES.has(words[i]!.lower);
    if (!person) continue;
    // (A surname that is also a town stays one: "Bill Clinton"; a country or a people's word does not.)
    const kind = GAZETTEER.get(last.lower)?.kind;
    if (last.core.length < 3 || kind === 'country' || kind === 'demonym' || kind === 'organization') continue;
    surnames.add(last.lower);
  }
  return surnames;
}

/** Words of where one is, before a place the story names alone: "peace in Chechnya", "near Dravik". */
const PLACE_BEFORE = /\b(?:in|near|outside|across|throughout)\s+$/;

/**
 * The one-word names the story writes after "in", "near" … ("Lebed is now in Dravik"): a word no list knows is a
 * place the story names, as a listed one is. One pass over the chunks.
 */
function storyPlaces(
  chunks: readonly Chunk[],
  texts: { readonly title: string; readonly body: string },
): Set<string> {
  const places = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.words.length !== 1 || chunk.caseless) continue;
    const text = chunk.field === 'title' ? texts.title : texts.body;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, chunk.start - 12), chunk.start)))
      places.add(chunk.words[0]!.lower);
  }
  return places;
}

/** Where a glued run splits: the index of its place word, or -1. */
function placeAfterPerson(
  words: readonly Word[],
  surnames: () => ReadonlySet<string>,
  places: () => ReadonlySet<string>,
): number {
  const last = words[words.length - 1]!;
  // ("Lebed Dravik peace plan … Lebed is now in Dravik": a word no list knows that the story writes as a place.)
  const unlistedPlace =
    words.length === 2 &&
    !last.possessive &&
    GAZETTEER.get(last.lower) === undefined &&
    !isGivenName(last.core) &&
    places().has(last.lower);
  if (!placeWord(last) && !unlistedPlace) return -1;
  // "Lebed Chechnya": a surname the story gives a person elsewhere, then a place.
  if (words.length === 2) {
    const first = words[0]!;
    // Stacked with a space between, nothing else ("Henman & Murray" joins two people, and "&" says so).
    if (last.start !== first.end + 1) return -1;
    // ("Jordan Washington": a given name or a country opens a person's name, whatever the story's surnames; a
    // surname that is also a town, "Clinton Hebron", is still the person's.)
    return !first.possessive &&
      !isGivenName(first.core) &&
      GAZETTEER.get(first.lower)?.kind !== 'country' &&
      surnames().has(first.lower)
      ? 1
      : -1;
  }
  // "Queen Elizabeth Canada": a monarch's title and given name, then a place.
  if (words.length === 3 && ROYAL_TITLES.has(words[0]!.lower) && isGivenName(words[1]!.core)) return 2;
  return -1;
}

/** A chunk of `words` with the run's offsets and neighbours. */
function part(chunk: Chunk, text: string, words: readonly Word[], initial: boolean): Chunk {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    field: chunk.field,
    words,
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    before: first.index - 1,
    after: last.index + 1,
    caseless: chunk.caseless,
    initial,
    work: chunk.work,
  };
}

/**
 * Splits runs that glue a person's name to a place ("Lebed Chechnya" → "Lebed", "Chechnya"), where the person
 * is one the story names in full elsewhere (or a monarch by title and given name) and the place is listed. A run
 * with more words after the place is left whole ("Lebed Chechnya Commission" would name a body).
 */
export function withGluedNamesSplit(
  chunks: Chunk[],
  texts: { readonly title: string; readonly body: string },
): Chunk[] {
  // The story's surnames are gathered once, and only for an article with a run that ends in a place.
  let surnames: Set<string> | undefined;
  const story = (): ReadonlySet<string> => {
    surnames ??= storySurnames(chunks);
    return surnames;
  };
  let places: Set<string> | undefined;
  const written = (): ReadonlySet<string> => {
    places ??= storyPlaces(chunks, texts);
    return places;
  };
  let out: Chunk[] | undefined;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const words = chunk.words;
    const at =
      (words.length === 2 || words.length === 3) && !chunk.caseless && !chunk.work
        ? placeAfterPerson(words, story, written)
        : -1;
    if (at < 0) {
      out?.push(chunk);
      continue;
    }
    out ??= chunks.slice(0, k);
    const text = chunk.field === 'title' ? texts.title : texts.body;
    const place = wordWith(words[at]!, { initial: false });
    out.push(part(chunk, text, words.slice(0, at), chunk.initial), part(chunk, text, [place], false));
  }
  return out ?? chunks;
}
