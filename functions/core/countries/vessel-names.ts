/**
 * "the container ship Maersk Hangzhou", "the tanker Athens Spirit", "the ferry Berlin": a ship named after a city
 * says nothing of the city's country (wild45 item 23: "A fire broke out on the container ship Maersk Hangzhou in the
 * Red Sea" had China as its only country, in focus). A city named right after a word for a vessel, or after it and
 * up to two capitalised words of the name ("Maersk", "CMA CGM"), is part of the vessel's name. Only cities: a
 * country or a demonym before or in the name ("the Liberian-flagged tanker", "the tanker Iran Shahed") still speaks
 * of a country, and the shipping lines the news names are firms of their own (companies.ts).
 */
const VESSEL_BEFORE =
  /\b(?:ship|vessel|tanker|freighter|boxship|containership|ferry|liner|trawler|bulker|warship)\s+["\u201c]?((?:[A-Za-z][\w-]*\s+){0,2})$/i;
/** The words of the name between the vessel word and the city: each capitalised (a name, not "sailed to"). */
const NAME_WORDS = /^(?:[A-Z][\w-]*\s+)*$/;

/** A letter in lower case: in copy set in capitals every word looks like a name's ("SHIP GROUNDED IN SUEZ"). */
const LOWER = /[a-z]/;

/**
 * Whether the city mention at `start`..`end` of `text` is part of a vessel's name. In capitals only the city right
 * after the vessel word is ("THE TANKER ATHENS SPIRIT"), as the words between say nothing by their case there.
 */
export function inVesselName(text: string, start: number, end: number): boolean {
  const m = VESSEL_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  if (m === null) return false;
  const words = m[1] ?? '';
  return words === '' || (NAME_WORDS.test(words) && LOWER.test(text.slice(start, end)));
}
