import type { Country, CountryPair } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { headlineRoles, namesPlace, namesTopic, titleMentionsOf } from './headline-clauses.js';
import { namedAsTalkSide, TALKS_HEADLINE } from './talk-sides.js';

/**
 * "Gaza ceasefire talks resume in Doha … mediating between Israel and Hamas" scored PS-QA 1.00 over IL-PS .75;
 * "Ukraine peace talks to resume in Istanbul" tied TR-UA with RU-UA at 1.00 and listed the host's pair first
 * (pairs35 leftover). The country a talks headline names only as where the talks are held is their venue: its
 * pairs with a side rank just below the sides' own pair. Scores only: every pair stays, as agencies index the host
 * too.
 */
const BELOW_SIDES = 0.05;

/**
 * Lowers, in place, the pairs of a talks venue with either side to just below the strongest pair of two sides: two
 * countries the headline names as parties or the body names as the talks' sides ("talks between Russia and
 * Ukraine"), neither of them a venue.
 */
export function rankTalkVenuesBelowSides(
  doc: TagDocument,
  countries: readonly Country[],
  pairs: CountryPair[],
): void {
  const title = doc.title.text;
  if (pairs.length < 2 || doc.language !== 'en' || !TALKS_HEADLINE.test(title)) return;
  const inTitle = titleMentionsOf(countries);
  const venues = new Set<string>();
  for (const c of countries) {
    const named = inTitle.filter((m) => m.code === c.code);
    if (named.length && named.every((m) => namesPlace(title, m))) venues.add(c.code);
  }
  if (!venues.size) return;
  // A country named only after the talks' "on" is their topic, no side: "US envoy holds talks in Russia on Ukraine
  // peace plan" (MOSCOW) keeps RU-US, the talks' own pair, level with the others.
  const sides = new Set(
    [...headlineRoles(title, inTitle).parties].filter(
      (code) => !inTitle.filter((m) => m.code === code).every((m) => namesTopic(title, m)),
    ),
  );
  for (const c of countries)
    if (c.mentions.some((m) => m.field === 'body' && namedAsTalkSide(doc.body.text, m))) sides.add(c.code);
  for (const v of venues) sides.delete(v);
  capBelowSides(pairs, sides, venues);
}

/**
 * Lowers, in place, the pairs of a country in `lesser` with a side to just below the strongest pair of two
 * `sides` (nothing when no two sides pair). Talk venues and a headline's background share it (background-ranks.ts).
 */
export function capBelowSides(
  pairs: CountryPair[],
  sides: ReadonlySet<string>,
  lesser: ReadonlySet<string>,
): void {
  let top: CountryPair | undefined;
  for (const p of pairs)
    if (sides.has(p.countries[0]) && sides.has(p.countries[1]) && (!top || p.score > top.score)) top = p;
  if (!top) return;
  const cap = Math.round((top.score - BELOW_SIDES) * 1000) / 1000;
  for (const p of pairs) {
    const [x, y] = p.countries;
    const lesserWithSide = (lesser.has(x) && sides.has(y)) || (lesser.has(y) && sides.has(x));
    if (lesserWithSide && p.score > cap) p.score = cap;
  }
}
