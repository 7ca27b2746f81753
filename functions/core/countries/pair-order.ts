import type { Country, CountryPair } from '../schema.js';
import { compareText } from '../text/compare.js';
import { IN_PLACE_BEFORE, MEETING_IN_BEFORE } from './meeting-hosts.js';
import { isVenue } from './place-kind.js';

/**
 * The order of pairs at equal score (read34 ★1: "Saudi, Iranian ministers meet in Beijing" scored CN-IR, CN-SA
 * and IR-SA all 1, and the alphabet put the host's pair first): first the pair whose two countries the headline
 * names as parties (not as the place a meeting is held: "meet in Beijing", "talks resume in Cairo"), then the
 * pair of the more salient countries, the alphabet last. Scores are left as they are.
 */
export function comparePairs(
  title: string,
  countries: readonly Country[],
): (x: CountryPair, y: CountryPair) => number {
  const partyInHeadline = new Map<string, number>();
  const salience = new Map<string, number>();
  for (const c of countries) {
    salience.set(c.code, c.salience);
    partyInHeadline.set(c.code, c.mentions.some((m) => m.field === 'title' && !namesPlace(title, m)) ? 1 : 0);
  }
  const weigh = (p: CountryPair, by: ReadonlyMap<string, number>) =>
    (by.get(p.countries[0]) ?? 0) + (by.get(p.countries[1]) ?? 0);
  return (x, y) =>
    y.score - x.score ||
    weigh(y, partyInHeadline) - weigh(x, partyInHeadline) ||
    weigh(y, salience) - weigh(x, salience) ||
    compareText(x.pair, y.pair);
}

/** Whether a headline mention names where something happens: a meeting's place, a city after "in"/"at". */
function namesPlace(title: string, m: Country['mentions'][number]): boolean {
  const before = title.slice(Math.max(0, m.start - 90), m.start);
  return MEETING_IN_BEFORE.test(before) || (isVenue(m) && IN_PLACE_BEFORE.test(before));
}
