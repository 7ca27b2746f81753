import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { packedMap } from '../text/packed-map.js';
import { countryWith } from './country-copy.js';
import { lookupDemonym } from './gazetteer.js';
import { type PeopleSpans, PLAYER_WORD_AFTER } from './players.js';
import { hostsEvent } from './venues.js';

/**
 * "Alcaraz beats Sinner to retain Wimbledon title … The 22-year-old Spaniard … Sinner, the first Italian to reach
 * …": sports copy names its players' countries by a people's word standing for the player, once, where a news
 * story would name the country. Those countries are the story's sides (read34 ★3: Spain and Italy stayed out of
 * focus while "Iga Swiatek of Poland won the women's title", a closing line, ranked Poland above them), so when the
 * headline names a player, a country named so is in focus; it still pairs with no other (players.ts).
 */

/** Before the people's word: "the", and up to three words describing the player ("the 22-year-old", "the first"). */
const THE_BEFORE = /\bthe\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * After it: the end of the phrase ("the Spaniard,", "said the Dutchman.") or a verb or linking word ("the Serbian
 * dropped", "the first Italian to reach"), not a noun ("the Italian government", "the Spanish Open"); a player's
 * description ("the Belarusian world number one") is players.ts's.
 */
const PERSON_AFTER =
  /^(?:\s*[,.;:)'"\u2019\u201d]|\s+(?:[a-z]+ed|to|who|has|had|was|is|said|says|won|wins|beat|beats|took|takes|will|would|and|in|at|on|after)\b)/;

/** A people's word in apposition to the name before it: "Kimi Antonelli, the 18-year-old Italian". */
const APPOSITION_BEFORE = /,\s+the\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * A verb after the people's word: the phrase opens a clause of its own ("Reacting to a comment by chairman Tim
 * Phillips, the American said"), no apposition to the name before the comma.
 */
const VERB_AFTER =
  /^\s+(?:[a-z]+ed|said|says|told|tells|was|is|has|had|will|would|won|wins|beat|beats|took)\b/;

/** Whether a mention is a people's word standing for a person: "the 22-year-old Spaniard,", "the first Italian to". */
function standsForPlayer(doc: TagDocument, m: Mention, people: PeopleSpans): boolean {
  // "The 2003 French Open champion": a tournament's name, not the player's people.
  if (m.field !== 'body' || lookupDemonym(m.text) === undefined || hostsEvent(doc, m)) return false;
  const text = fieldOf(doc, m.field).text;
  // "… ahead of Mercedes pair George Russell and Kimi Antonelli, the 18-year-old Italian who …": the people's word
  // of a person the headline does not name, in apposition to that person's name, is that person's, no side's
  // (wild48 item 14; "Ruud, the first Norwegian" under "Medvedev beats Ruud" stays the headline player's).
  const apposition = APPOSITION_BEFORE.exec(text.slice(Math.max(0, m.start - 48), m.start));
  if (apposition && !VERB_AFTER.test(text.slice(m.end, m.end + 16))) {
    const nameEnd = m.start - apposition[0].length;
    if (people.ends.body.has(nameEnd) && !people.headlinedEnds?.has(nameEnd)) return false;
  }
  return (
    THE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    (PERSON_AFTER.test(text.slice(m.end, m.end + 16)) ||
      PLAYER_WORD_AFTER.test(text.slice(m.end, m.end + 48)))
  );
}

/** The countries with those of the headline's players, named by a people's word, in focus. */
export function playersPeopleInFocus(doc: TagDocument, countries: Country[], people: PeopleSpans): Country[] {
  if (people.starts.title.size === 0) return countries;
  let moved = false;
  const next = packedMap(countries, (c) => {
    if (c.focus || !c.mentions.some((m) => standsForPlayer(doc, m, people))) return c;
    moved = true;
    return countryWith(c, { focus: true });
  });
  return moved ? next : countries;
}
