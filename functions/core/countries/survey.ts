import type { Country } from '../schema.js';

/** A story that names this many countries in its body and none in its headline surveys them. */
export const SURVEY_SIZE = 10;

/**
 * A survey: the headline is about a group or a market, not a country ("OPEC OUTPUT BELOW CEILING",
 * "EC MINISTERS MEET"), and the body reports on many countries in turn. Such a story is about each
 * country it reports on, and compares them, so each is in focus and every two are linked.
 */
export function isSurvey(
  countries: readonly { readonly inTitle: boolean; readonly inBody: boolean }[],
): boolean {
  if (countries.some((c) => c.inTitle)) return false;
  return countries.filter((c) => c.inBody).length >= SURVEY_SIZE;
}

type Named = { readonly field: 'title' | 'body'; readonly text: string };

/** Reported on in the body: named in running text, not only in a table of capitals ("ARGENTINA 12,345"). */
export function reportedInBody(mentions: readonly Named[]): boolean {
  return mentions.some((m) => m.field === 'body' && /\p{Ll}/u.test(m.text));
}

/** The survey view of resolved countries (title and body mentions). */
export function surveyView(countries: readonly Country[]): { inTitle: boolean; inBody: boolean }[] {
  return countries.map((c) => ({
    inTitle: c.mentions.some((m) => m.field === 'title'),
    inBody: reportedInBody(c.mentions),
  }));
}
