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

const isSport = (word: string): boolean => SPORTS.has(lowerCased(word));

/** The words name a country or its people ("South African", "USA", "New Zealand"). */
function countryOrPeople(words: readonly string[]): boolean {
  const kind = GAZETTEER.get(lowerCased(words.join(' ')))?.kind;
  return kind === 'country' || kind === 'demonym';
}

/**
 * Two or three words, as written, are a country's or people's name and a sport's, in either order: "Scottish Rugby",
 * "New Zealand Cricket", "Tennis Australia". With `lastMayBeSport` false the last word is not read as the sport (the
 * caller's possessive, "Scottish Rugby's ..."), and only the sport-first order is asked.
 */
export function countryAndSport(words: readonly string[], lastMayBeSport = true): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (lastMayBeSport && isSport(words[words.length - 1]!)) return countryOrPeople(words.slice(0, -1));
  return isSport(words[0]!) && countryOrPeople(words.slice(1));
}

/**
 * The run (two or three words) is a country's or people's name and a sport's, in either order: "Scottish Rugby",
 * "New Zealand Cricket", "Tennis Australia". Not "American football" (a sport is written in lower case).
 */
export function sportBodyName(words: readonly Word[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 3) return false;
  const cores = words.slice(from, to).map((w) => w.core);
  return countryAndSport(cores, !words[to - 1]!.possessive);
}

/**
 * A recognised organisation's name is a sport's national body ("British Cycling", "Cricket Australia"): its sport word
 * says what the story is about, so the topic scorer reads it (score.ts `nameSpans`; read41 ★4: "New Zealand Cricket
 * agreed a pay deal" lost sport to labour once the body was typed).
 */
export function namesSportBody(name: string): boolean {
  return countryAndSport(name.split(' '));
}
