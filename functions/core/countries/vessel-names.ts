/**
 * "the container ship Maersk Hangzhou", "the tanker Athens Spirit", "the ferry Berlin": a ship named after a city
 * says nothing of the city's country (wild45 item 23: "A fire broke out on the container ship Maersk Hangzhou in the
 * Red Sea" had China as its only country, in focus). A city named right after a word for a vessel, or after it and
 * up to two capitalised words of the name ("Maersk", "CMA CGM"), is part of the vessel's name. Only cities: a
 * country or a demonym before or in the name ("the Liberian-flagged tanker", "the tanker Iran Shahed") still speaks
 * of a country, and the shipping lines the news names are firms of their own (companies.ts).
 */
const VESSEL_BEFORE =
  /\b(ship|vessel|tanker|freighter|boxship|containership|ferry|liner|trawler|bulker|warship)\s+["\u201c]?((?:[A-Za-z][\w-]*\s+){0,2})$/i;
/**
 * "ship" and "ferry" are verbs as well ("helicopters will ferry Kabul residents", "would ship Odesa grain"): there the
 * city is what is carried, not a name. Read as a vessel only with the noun's reading: a determiner or a possessive
 * before the word (words of the kind between: "the container ship"), a vessel's kind before it ("cargo ship",
 * "passenger ferry", "Liberian-flagged ship"), or capitalised words of the name between it and the city.
 */
const VERB_TOO = /^(?:ship|ferry)$/i;
const NOUN_BEFORE =
  /(?:\b(?:a|an|the|this|that|its|their|his|her|our|whose|each|every)\s+(?:[\w-]+\s+){0,2}|['\u2019]s\s+(?:[\w-]+\s+){0,2}|\b(?:container|cargo|passenger|car|cruise|research|supply|hospital|naval|navy|merchant|bulk|fishing|ro-ro|\w+-flagged|\w+-registered|\w+-owned)\s+)$/i;
/** Words a verb "ship"/"ferry" follows ("would ship", "to ferry", "they ship"): never the noun. */
const VERB_BEFORE =
  /\b(?:to|will|would|could|can|may|might|must|shall|should|did|do|does|not|n't|they|we|you|i)\s+$/i;

/** The words of the name between the vessel word and the city: each capitalised (a name, not "sailed to"). */
const NAME_WORDS = /^(?:[A-Z][\w-]*\s+)*$/;

/** A letter in lower case: in copy set in capitals every word looks like a name's ("SHIP GROUNDED IN SUEZ"). */
const LOWER = /[a-z]/;

/**
 * Whether the city mention at `start`..`end` of `text` is part of a vessel's name. In capitals only the city right
 * after the vessel word is ("THE TANKER ATHENS SPIRIT"), as the words between say nothing by their case there.
 */
export function inVesselName(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 48);
  const m = VESSEL_BEFORE.exec(text.slice(from, start));
  if (m === null) return false;
  const words = m[2] ?? '';
  if (VERB_TOO.test(m[1] ?? '') && !nounReading(text, from + m.index, words)) return false;
  return words === '' || (NAME_WORDS.test(words) && LOWER.test(text.slice(start, end)));
}

/** Whether "ship"/"ferry" at `at` of `text`, followed by the name words `words`, reads as the noun. */
function nounReading(text: string, at: number, words: string): boolean {
  if (words !== '' && NAME_WORDS.test(words) && LOWER.test(words)) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  return NOUN_BEFORE.test(before) && !VERB_BEFORE.test(before);
}
