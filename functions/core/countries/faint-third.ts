/**
 * A story about two countries that names a third at a fifth of the weight of the first ("U.S. banks" beside
 * Brazil's debt talks with West German banks, "Japan" where China raised its bonds before, in a Peking story
 * on a U.S. court ruling): the third passes the body's bar for focus by its count alone, but the story is
 * about the two. Measured on reuters-dev (session 28): of the third focus countries of three, neither filed
 * from nor in the headline, with salience under .25 while the second has .45 or more, 0 of 10 were indexed;
 * each brought two false pairs. With four or more in focus the faint ones are members of what the story
 * reports on as often as not, so they stay.
 */
const FAINT = 0.25;
const SECOND_STRONG = 0.45;

export interface RankedFocus {
  readonly code: string;
  readonly salience: number;
  /** Filed from, named in the headline, or put in focus by a rule of its own (a list, a party): kept. */
  readonly anchored: boolean;
}

/** The code of the faint third of three focus countries, to leave out of focus; undefined if none. */
export function faintThird(focus: readonly RankedFocus[]): string | undefined {
  if (focus.length !== 3) return undefined;
  const [, second, third] = [...focus].sort((a, b) => b.salience - a.salience);
  if (second!.salience < SECOND_STRONG || third!.salience >= FAINT || third!.anchored) return undefined;
  return third!.code;
}
