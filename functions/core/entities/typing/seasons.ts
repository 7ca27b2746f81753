// Seasons that are given names too ("Summer McIntosh", "Autumn Peltier") before the name of a thing.
import type { Word } from '../chunk.js';
import { isSeasonGivenName } from '../lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { EVENT_HEADS } from './cue-words.js';
import { EVENT_WORDS } from './events-and-works.js';

/**
 * "the Autumn Budget", "Summer Davos", "the Autumn Statement", "the Summer Olympics": a season before an
 * ordinary word, a place or an event's word names the season's event, not a person, whom only a surname or a
 * word no list knows follows ("Summer Walker", "Summer McIntosh", "Autumn Peltier") (read33 F4).
 */
export function seasonBeforeThing(season: Word, next: Word): boolean {
  if (season === next || !isSeasonGivenName(season.core)) return false;
  if (isKnownSurnameWord(next) || isGivenNameWord(next)) return false;
  return (
    isLowerWordWord(next) ||
    placeOfWord(next) !== undefined ||
    gazetteerOfWord(next) !== undefined ||
    EVENT_HEADS.has(next.lower) ||
    EVENT_WORDS.has(next.lower)
  );
}

/** Words that name a day of the week's feast, sale or vote: "Black Friday", "Super Tuesday", "Good Friday". */
const DAY_QUALIFIERS = new Set('black cyber super giving good holy ash maundy shrove palm bloody'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/**
 * "on Black Friday", "Cyber Monday sales": a qualifier before a weekday (which opens no name) is the day's
 * name, no person or firm ("Black" was a person, "Cyber" an organisation). `next` is the token after it.
 */
export function qualifierOfDay(word: Word, next: string): boolean {
  return DAY_QUALIFIERS.has(word.lower) && WEEKDAYS.has(next);
}
