import { fieldOf, type TagDocument } from '../text/document.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { lookupPlace } from './gazetteer.js';
import { type CountryMention, POSSESSIVE } from './mentions.js';
import { plainKeyOf } from './normalize.js';

/** Towns up to this size: a city of a million is known by itself, whoever's possessive stands before it. */
const TOWN_SIZE = 1_000_000;
const POSSESSIVE_AFTER = /^['\u2019]s\s+/;
const WORD_GOES_ON = lazyPatternOf('^[\\p{L}\\p{N}]', 'u');

/**
 * "Tanzania's Gombe National Park … Gombe was made famous by Jane Goodall": a town the story places in another
 * country by that country's possessive (the town alone or opening a name: the park's first mention is no town
 * mention) is a place of that country in every mention, when the story never names the country the gazetteer
 * gives the name to otherwise (wild38a ★7: Nigeria's Gombe was in focus and paired with Tanzania). Where the story
 * names that country too ("Ukraine's Kursk incursion … Russia said") the possessive may be an actor's, and the
 * town stays where the gazetteer puts it.
 */
export function withPossessedTowns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  const towns = new Map<string, CountryMention>();
  for (const m of mentions)
    if (m.kind === 'city' && !m.ambiguous && (lookupPlace(plainKeyOf(m.text))?.population ?? 0) < TOWN_SIZE)
      towns.set(m.text, m);
  if (towns.size === 0) return mentions;
  const placed = new Map<string, string>();
  for (const owner of mentions) {
    if (owner.kind !== 'name' && owner.kind !== 'code') continue;
    const text = fieldOf(doc, owner.field).text;
    const after = text.slice(owner.end, owner.end + 64);
    const gap = POSSESSIVE.test(owner.text) ? /^\s+/.exec(after) : POSSESSIVE_AFTER.exec(after);
    if (!gap) continue;
    const rest = after.slice(gap[0].length);
    for (const [name, town] of towns) {
      if (town.code === owner.code || !rest.startsWith(name) || WORD_GOES_ON.test(rest.slice(name.length)))
        continue;
      // The name's own country named otherwise: the possessive may be an actor's ("Ukraine's Kursk incursion").
      if (mentions.some((o) => o.code === town.code && o.text !== name)) continue;
      placed.set(name, owner.code);
    }
  }
  if (placed.size === 0) return mentions;
  return mentions.map((m) => {
    const code = m.kind === 'city' ? placed.get(m.text) : undefined;
    return code === undefined ? m : { ...m, code };
  });
}
