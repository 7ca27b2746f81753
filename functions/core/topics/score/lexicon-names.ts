import { clubNamer } from '../club-ownership.js';
import { wordKey } from '../compile.js';
import { LEXICON } from './lexicon.js';
import { FINANCIAL_SERVICE, LINES_OF_WORK, SPORT_TOP } from './nodes.js';

/** A name the lexicon writes as a financial firm's ("Goldman Sachs", "JPMorgan", "UBS"): adviser-banks.ts. */
export function namesAFinancier(mention: string): boolean {
  const first = mention.split(' ', 1)[0] ?? '';
  for (const entry of LEXICON.index.get(wordKey(first)) ?? []) {
    if (entry.phrase !== mention) continue;
    for (let k = 0; k < entry.gains.length; k += 2) if (entry.gains[k] === FINANCIAL_SERVICE) return true;
  }
  return false;
}

/** A word for people who do something, in the plural: "Strikers", "Bowlers", "Chargers". */
const PLAYERS = /ers$/;

/** The top levels a word alone feeds in the lexicon. */
function desksOfWord(word: string): Set<number> {
  const levels = new Set<number>();
  for (const entry of LEXICON.index.get(wordKey(word)) ?? []) {
    if (entry.rest.length > 0) continue;
    for (let k = 0; k < entry.gains.length; k += 2) {
      const node = entry.gains[k] ?? -1;
      if (LEXICON.nodes[node]?.level === 1) levels.add(node);
    }
  }
  return levels;
}

/**
 * A body's name says what it does: its last word names a line of work ("Kelvane Software", "British Cycling"), or
 * shares a desk with another word of the name ("Catholic Church", "Anglican Church"; read56). A sport's players
 * named as a team ("Adelaide Strikers", a cricket club) say what the club is called, not what it plays.
 */
export function namesWhatItDoes(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const desks = desksOfWord(last);
  if (desks.size === 0) return false;
  if (LINES_OF_WORK.some((desk) => desks.has(desk)) && !(desks.has(SPORT_TOP) && PLAYERS.test(last)))
    return true;
  return words.slice(0, -1).some((word) => [...desksOfWord(word)].some((desk) => desks.has(desk)));
}

/** A name the lexicon writes as a team sport's club's (club-ownership.ts). */
export const namesAClub = clubNamer(LEXICON);

/** What ends a name's first word. */
const SPACE = /\s/;

/** Whether a lexicon phrase that opens with the name's first word counts for sport. */
export function namesSport(name: string): boolean {
  const first = name.split(SPACE, 1)[0] ?? '';
  for (const entry of LEXICON.index.get(wordKey(first)) ?? [])
    for (let k = 0; k < entry.gains.length; k += 2) if (entry.gains[k] === SPORT_TOP) return true;
  return false;
}
