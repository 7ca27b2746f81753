/** The English months' names, as stories write them in full. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English month names by their first three letters, as feeds, pages and datelines write them. */
export const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/**
 * A pattern's source for an English month written with its capital, in full or cut short: its first three letters
 * and any letters after them ("Nov", "Sept", "November"). A period after a short form is the pattern's own to read.
 */
export const MONTH_WORD = `(?:${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})[a-z]*`;

/**
 * A pattern's source for an English month's name or one of its usual short forms, and nothing more: "Jan", "June",
 * "Sept", "September" (not "Janu"). A period after a short form is the pattern's own to read.
 */
export const MONTH_FORMS = [
  ...MONTH_NAMES.map((name) => (name.length > 3 ? `${name.slice(0, 3)}(?:${name.slice(3)})?` : name)),
  'Sept',
].join('|');

/** 1–12 for an English month name or abbreviation ("Sept.", "November"); 0 for none. */
export function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}
