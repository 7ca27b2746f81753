// A sport's national body named by its country and its sport: "South African Rugby said", "Cricket Australia",
// "USA Swimming", "British Cycling" (ents41: read as a place through "South", as a person, or as "other").
import { lowerCased } from '../../text/chars.js';
import type { Word } from '../chunk.js';
import { GAZETTEER } from '../lexicon.js';

/** Sports whose national bodies are named so. */
const SPORTS = new Set(
  `rugby cricket swimming athletics tennis golf football hockey cycling netball rowing soccer boxing sailing
  gymnastics triathlon badminton squash basketball volleyball`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words `from`..`to` name a country or its people ("South African", "USA", "New Zealand"). */
function countryOrPeople(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from) return false;
  let text = words[from]!.core;
  for (let i = from + 1; i < to; i++) text += ` ${words[i]!.core}`;
  const kind = GAZETTEER.get(lowerCased(text))?.kind;
  return kind === 'country' || kind === 'demonym';
}

/**
 * The run (two or three words) is a country's or people's name and a sport's, in either order: "Scottish Rugby",
 * "New Zealand Cricket", "Tennis Australia". Not "American football" (a sport is written in lower case).
 */
export function sportBodyName(words: readonly Word[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 3) return false;
  if (SPORTS.has(words[to - 1]!.lower) && !words[to - 1]!.possessive)
    return countryOrPeople(words, from, to - 1);
  return SPORTS.has(words[from]!.lower) && countryOrPeople(words, from + 1, to);
}

/**
 * A recognised organisation's name is a sport's national body ("British Cycling", "Cricket Australia"): its sport word
 * says what the story is about, so the topic scorer reads it (score.ts `nameSpans`; read41 ★4: "New Zealand Cricket
 * agreed a pay deal" lost sport to labour once the body was typed).
 */
export function namesSportBody(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const isSport = (word: string | undefined) => word !== undefined && SPORTS.has(lowerCased(word));
  const isCountry = (parts: readonly string[]) => {
    const kind = GAZETTEER.get(lowerCased(parts.join(' ')))?.kind;
    return kind === 'country' || kind === 'demonym';
  };
  if (isSport(words.at(-1))) return isCountry(words.slice(0, -1));
  return isSport(words[0]) && isCountry(words.slice(1));
}
