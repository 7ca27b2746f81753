/**
 * Whether "the Bank" of a story is the firm named "X Bank" it reports on, not a "Bank of X" it names too
 * (read24 F4): "Standard Chartered Bank reported higher profit … The Bank said it would pay a larger dividend
 * after passing the Bank of England's stress test". Firms' results copy (and many African and Asian papers)
 * call the bank itself "the Bank"; the central bank is meant when its clause speaks of rates or policy.
 * The firm must be the story's subject (the headline or the body's first sentence names it) and the clause
 * after "the Bank" must speak of the firm's own business (profit, dividend, shares, buy-backs, staff) and not
 * of a central bank's (rates, inflation, policy, the currency).
 */
export function isFirmsOwnBank(
  body: string,
  /** Where the body first writes "Bank" alone. */
  at: number,
  /** The firm "X Bank": in the headline, and where the body first names it. */
  firm: { readonly inTitle: boolean; readonly bornInBody: number },
): boolean {
  // Cheap first: the firm opens the story.
  if (!firm.inTitle && firm.bornInBody > firstSentenceEnd(body)) return false;
  const end = body.indexOf('. ', at);
  const clause = body.slice(at + 4, end < 0 ? Math.min(body.length, at + 240) : end);
  return FIRM_BUSINESS.test(clause) && !CENTRAL_BUSINESS.test(clause);
}

const firstSentenceEnd = (body: string) => {
  const end = body.indexOf('. ');
  return end < 0 ? body.length : end;
};

const FIRM_BUSINESS =
  /\b(?:profits?|dividends?|shares|buy ?back|buy-back|earnings|results|revenue|income|branch(?:es)?|customers|clients|staff|jobs|bonus(?:es)?|capital ratio)\b/;

const CENTRAL_BUSINESS =
  /\b(?:rates?|inflation|monetary|policy|governor|currency|bond[- ]buying|stimulus|hike|easing)\b/;
