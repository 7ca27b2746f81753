import type { Country } from '../schema.js';
import type { TagDocument } from '../text/document.js';

/** A verb of accord right after the headline's subject: "agree", "signed", "ink", "seal". */
const ACCORD = /^\s*(?:agree[sd]?|sign(?:s|ed)?|ink(?:s|ed)?|seal(?:s|ed)?)\b/i;
/**
 * A sports prize the verb takes within its next words (read37 ★5: "Argentina and Brazil seal World Cup places"):
 * national sides, not states, that win a place, a spot, a berth, a title.
 */
const SPORTS_OBJECT =
  /^\s*\S+(?:\s+\S+){0,4}?\s+(?:places?|spots?|berths?|titles?|wins?|victor(?:y|ies)|series|finals?|qualif\w*|tickets?|promotion|trophy|medals?)\b/i;
/** What may stand between the countries of the subject: "and", "&", a comma. */
const JOINER = /^\s*(?:,|&|and)?\s*$/i;

/**
 * The headline's subject is two countries or more of the story's focus, and its verb one of accord ("Nigeria and
 * Ghana agree on power line", "Japan, South Korea sign currency swap"): states that agree are diplomacy, whatever
 * their agreement is about (lead's probe, session 37: the power-line story had no topic). The subject holds nothing
 * but the countries' names ("Toyota and China's BYD sign deal" is no accord of states).
 */
export function statesAgreeInTitle(doc: TagDocument, countries: readonly Country[]): string[] {
  const title = doc.title.text;
  const spans: [number, number, string][] = [];
  for (const country of countries)
    if (country.focus)
      for (const m of country.mentions) if (m.field === 'title') spans.push([m.start, m.end, country.name]);
  if (spans.length < 2) return [];
  spans.sort((a, b) => a[0] - b[0]);
  const names = new Set<string>();
  let at = 0;
  for (const [start, end, name] of spans) {
    if (!JOINER.test(title.slice(at, start))) break;
    names.add(name);
    at = end;
    if (names.size >= 2 && ACCORD.test(title.slice(at)))
      return SPORTS_OBJECT.test(title.slice(at)) ? [] : [...names];
  }
  return [];
}
