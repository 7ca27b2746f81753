/**
 * "Brent rose 50 cents … U.S. West Texas Intermediate crude gained 45 cents": a country's name before the
 * crude grade priced from it names the grade, a benchmark traded the world over (a LONDON oil report quotes
 * it every day), not the country. Weighed as a currency is (mentions.ts) and no party to a pair (pairs.ts).
 * Not "U.S. crude stocks" or "U.S. crude output", which are the country's own.
 */
const GRADE_AFTER =
  /^[ \t\n]+(?:benchmark[ \t\n]+(?:crude[ \t\n]+)?)?(?:West[ \t\n]+Texas[ \t\n]+Intermediate|WTI)\b/i;

/** Does a crude grade's name follow the country mention ending at `end`? */
export function namesCrudeGrade(text: string, end: number): boolean {
  return GRADE_AFTER.test(text.slice(end, end + 48));
}
