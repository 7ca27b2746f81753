/**
 * A state's postal code closing a dateline: "OAK LAWN, Il.", "NORTH DIGHTON, MA.", "CLARINDA, Ia.", "AUSTIN, TX",
 * and an AP abbreviation that lost its last period ("MANCHESTER, N.H"). Only a dateline's part after a comma is
 * read so: running text writes "IN", "ME", "OR" as words.
 */

/** US postal codes that are no country's ISO code nor another country's state: the state whatever the city. */
const US_ONLY = new Set('AK CT DC FL HI IA KS MI ND NH NJ NM NV NY OH OK OR RI TX UT VT WI WV WY'.split(' '));
/**
 * US postal codes that are also a country's ISO code ("IL" Israel, "CA" Canada, "DE" Germany) or an Australian
 * state's ("PERTH, WA"): the state only when the city before them is no other country's ("BUENOS AIRES, AR").
 */
const US_SHARED = new Set(
  'AL AR AZ CA CO DE GA ID IL IN KY LA MA MD ME MN MO MS MT NC NE PA SC SD TN VA WA'.split(' '),
);
/**
 * US postal codes that are also an Australian state's ("WA" is Western Australia): an AAP dateline of a town the
 * gazetteer lacks ("BROOME, WA", "KALGOORLIE, WA") is as likely Australian, so only a known city decides.
 */
const AUSTRALIAN_SHARED = new Set(['WA']);
/** Canadian provinces' postal codes that are no country's ISO code nor an Australian state's. */
const CANADIAN = new Set('AB BC MB NB NS NU ON QC YT'.split(' '));

const TWO_LETTERS = /^([A-Za-z]{2})\.?$/;
/** "N.H", "W.Va": an AP abbreviation of initials without its final period. */
const INITIALS_WITHOUT_PERIOD = /^(?:[A-Z]\.){1,2}[A-Za-z]{1,2}$/;

export interface StateCode {
  code: string;
  /** Whether the city before it decides when it names another country. */
  yieldsToCity: boolean;
  /** Whether it names no country alone: only a city the gazetteer knows places the dateline. */
  needsCity?: boolean;
}

/** The country a dateline's part after a comma names as a state's postal code, if it is one. */
export function stateCode(part: string): StateCode | undefined {
  const two = TWO_LETTERS.exec(part)?.[1]?.toUpperCase();
  if (two === undefined) return undefined;
  if (US_ONLY.has(two)) return { code: 'US', yieldsToCity: false };
  if (CANADIAN.has(two)) return { code: 'CA', yieldsToCity: false };
  if (AUSTRALIAN_SHARED.has(two)) return { code: 'US', yieldsToCity: true, needsCity: true };
  if (US_SHARED.has(two)) return { code: 'US', yieldsToCity: true };
  return undefined;
}

/** "N.H" → "N.H.": the abbreviation as the gazetteer lists it, or the part unchanged. */
export function withFinalPeriod(part: string): string {
  return INITIALS_WITHOUT_PERIOD.test(part) ? `${part}.` : part;
}
