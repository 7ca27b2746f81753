import type { Country, CountryPair } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { headlineRoles, namesPlace, titleMentionsOf } from './headline-clauses.js';
import { capBelowSides } from './talk-venues.js';

/**
 * "Poland and Baltic states to leave landmine treaty amid Russia threat": the country of a headline's closing
 * "as"/"amid" clause is the background (headline-clauses.ts), yet named in the headline it scored PL-RU 1.00 over
 * the leaving states' own pairs (EE-PL .75), and the order of equal scores (pair-order.ts) could not help. Its pairs
 * with the story's sides now rank just below the strongest pair of two sides. Scores only: every pair stays.
 *
 * Lowers, in place, the pairs of a closing-clause background country with a side to just below the strongest pair
 * of two sides: focus countries the headline names neither as background nor as a place ("meet in Beijing").
 */
export function rankBackgroundBelowSides(
  doc: TagDocument,
  countries: readonly Country[],
  pairs: CountryPair[],
): void {
  if (pairs.length < 2 || doc.language !== 'en') return;
  const title = doc.title.text;
  const inTitle = titleMentionsOf(countries);
  const { background } = headlineRoles(title, inTitle);
  if (!background.size) return;
  const sides = new Set<string>();
  for (const c of countries) {
    if (!c.focus || background.has(c.code)) continue;
    if (inTitle.some((m) => m.code === c.code && namesPlace(title, m))) continue;
    sides.add(c.code);
  }
  capBelowSides(pairs, sides, background);
}
