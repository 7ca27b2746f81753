// Shapes of acronyms that mix capitals and small letters, side by side because they differ on purpose: each
// rule that reads one names its own shape instead of a second copy of a pattern under another name.
import { lazyPattern } from '../text/lazy-pattern.js';

/** Two to six letters, capitals at both ends, maybe small letters inside: "PiS", "AfD", "MDC" (ASCII only). */
export const CAPITAL_ENDED_ACRONYM = /^[A-Z][A-Za-z]{0,4}[A-Z]$/;

/** An acronym with one lower-case letter inside, as German and Polish write them: "AfD", "PiS", "BiH". */
export const ACRONYM_WITH_ONE_LOWER = lazyPattern(() => /^\p{Lu}{1,2}\p{Ll}\p{Lu}{1,3}$/u);

/** Parties' acronyms with a small letter or two for a short word: "AfD", "PiS", "PvdA", "FdI". */
export const ACRONYM_WITH_SMALL_WORD = lazyPattern(() => /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u);
