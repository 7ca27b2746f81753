import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * Monarchs and popes the news names by a title and a given name alone ("Britain's King Charles", "Pope Leo"),
 * where the title is cut from the name: the person gets the regnal name with its numeral ("Charles III", "Leo
 * XIV"), the name and id a story writing it in full gives, not the bare given name (`person:charles`, which every
 * Charles of every story shares). Only titles held by one living or late newsmaker whom today's news means by
 * them; a pope without a numeral keeps his title ("Pope Francis"). The team's own list: world knowledge.
 */
const REIGNING_NAMES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'king',
    new Map([
      ['Charles', 'Charles III'],
      ['Felipe', 'Felipe VI'],
      ['Frederik', 'Frederik X'],
      ['Harald', 'Harald V'],
      ['Mohammed', 'Mohammed VI'],
    ]),
  ],
  ['queen', new Map([['Elizabeth', 'Elizabeth II']])],
  [
    'pope',
    new Map([
      ['Leo', 'Leo XIV'],
      ['Francis', 'Pope Francis'],
      ['Benedict', 'Benedict XVI'],
    ]),
  ],
]);

/** "King Charles" (the title cut, "Charles" left): the person named by the regnal name, as "King Charles III" is. */
export function withReigningName(c: Candidate): Candidate {
  if (c.type !== 'person' || c.words.length !== 1 || c.prev === undefined || c.canonical !== undefined)
    return c;
  const regnal = REIGNING_NAMES.get(c.prev)?.get(c.words[0]!);
  return regnal === undefined ? c : candidateWith(c, { canonical: regnal });
}
