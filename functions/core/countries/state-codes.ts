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
  /**
   * Whether the city before it decides when it names another country: only the country the two letters are the
   * ISO code of ("BUENOS AIRES, AR", "TEL AVIV, IL"), or any city for Western Australia's "WA" ("PERTH, WA");
   * "MOSCOW, ID" and "ATHENS, GA" are Idaho's and Georgia's towns (wild37 ★7).
   */
  yieldsToCity: boolean;
  /** The two letters, in capitals. */
  letters: string;
  /** Whether it names no country alone: only a city the gazetteer knows places the dateline. */
  needsCity?: boolean;
}

/** The country a dateline's part after a comma names as a state's postal code, if it is one. */
export function stateCode(part: string): StateCode | undefined {
  const two = TWO_LETTERS.exec(part)?.[1]?.toUpperCase();
  if (two === undefined) return undefined;
  if (US_ONLY.has(two)) return { code: 'US', yieldsToCity: false, letters: two };
  if (CANADIAN.has(two)) return { code: 'CA', yieldsToCity: false, letters: two };
  if (AUSTRALIAN_SHARED.has(two)) return { code: 'US', yieldsToCity: true, needsCity: true, letters: two };
  if (US_SHARED.has(two)) return { code: 'US', yieldsToCity: true, letters: two };
  return undefined;
}

/** Whether a city of the country `cityCode` keeps it before the state code: "BUENOS AIRES, AR", "PERTH, WA". */
export function cityKeepsCountry(state: StateCode, cityCode: string): boolean {
  return state.yieldsToCity && (state.needsCity === true || cityCode === state.letters);
}

/**
 * A state's or province's postal code written in capitals after a town and a comma ("DUBLIN, OH", "LIMA, OH",
 * "TAMPA, FL"), that makes the town another country's than its name stands for alone (the Irish and Peruvian
 * capitals): the country it names, if it is one. `cityCode` is the country of the town the name stands for.
 */
export function postalStateAfterTown(written: string, cityCode: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(written)) return undefined;
  const state = stateCode(written);
  if (!state || state.needsCity || cityKeepsCountry(state, cityCode)) return undefined;
  return state.code === cityCode ? undefined : state.code;
}

/** "N.H" → "N.H.": the abbreviation as the gazetteer lists it, or the part unchanged. */
export function withFinalPeriod(part: string): string {
  return INITIALS_WITHOUT_PERIOD.test(part) ? `${part}.` : part;
}

/** The states and provinces the postal codes of US_ONLY, US_SHARED and CANADIAN name, as the gazetteer lists them. */
const STATE_NAMES = new Map(
  (
    'AK Alaska|AL Alabama|AR Arkansas|AZ Arizona|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|' +
    'GA Georgia (U.S. state)|HI Hawaii|IA Iowa|ID Idaho|IL Illinois|IN Indiana|KS Kansas|KY Kentucky|LA Louisiana|MA Massachusetts|' +
    'MD Maryland|ME Maine|MI Michigan|MN Minnesota|MO Missouri|MS Mississippi|MT Montana|NC North Carolina|' +
    'ND North Dakota|NE Nebraska|NH New Hampshire|NJ New Jersey|NM New Mexico|NV Nevada|NY New York|OH Ohio|' +
    'OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|' +
    'UT Utah|VA Virginia|VT Vermont|WA Washington State|WI Wisconsin|WV West Virginia|WY Wyoming|AB Alberta|' +
    'BC British Columbia|MB Manitoba|NB New Brunswick|NS Nova Scotia|ON Ontario|QC Quebec'
  )
    .split('|')
    .map((row) => [row.slice(0, 2), row.slice(3)] as const),
);

/** "TX" → "Texas", "ON" → "Ontario": the state or province a postal code in capitals names. */
export function postalStateName(written: string): string | undefined {
  return /^[A-Z]{2}$/.test(written) ? STATE_NAMES.get(written) : undefined;
}
