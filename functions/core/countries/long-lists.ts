import type { TagDocument } from '../text/document.js';
import { countryListRuns } from './list-runs.js';
import { isLongForm } from './long-form.js';
import type { CountryMention } from './mentions.js';

/**
 * A long list of countries in a story that already reports on several: "The Soviet Union took 263,051
 * tonnes of wheat and barley, Saudi Arabia 90,944 tonnes barley, China 87,259 wheat, Algeria 64,896 …"
 * under a headline on French cereal exports, or "… along with Costa Rica, the Dominican Republic, Ecuador,
 * Honduras, India, Papua New Guinea and Peru, which proposed a new quota system" in a story on coffee talks.
 * A story about four or more countries (resolve.ts's focus before this rule) that lists six or more by name
 * in one run reports on each of them: resolve.ts puts them in focus, and focus countries pair.
 * A story about one to three countries that lists six more ("exports by destination" under one country's
 * headline) is left to the roster rules (survey.ts): there the lists are the gold's as rarely as not.
 * In long form (long-form.ts), a list of where people come from or went ("Journalists from Britain, Germany,
 * Spain, Italy, the United States, Japan and Brazil queued for seats", "4 million fled to neighbouring countries:
 * Chad, Egypt, South Sudan, …", "born abroad - in France, Spain, Belgium, …") is a detail of the feature, not six
 * countries it reports on; a list giving each a figure ("exports to Britain 300,000 tonnes, …") still is.
 */
export const MIN_FOCUS = 4;
const MIN_LIST = 6;

/**
 * A group whose members a story spells out when it names the group: "the Paris pact between the U.S., Japan,
 * West Germany, Britain, France and Canada" in a currency story, "the six states -- Saudi Arabia, Kuwait,
 * Bahrain, Oman, Qatar and the United Arab Emirates". Such a list is the group named at length, background to
 * a story about the dollar, and reported on only when the headline is about the group ("ITALY SAYS G-7 GIVES
 * CHANCE …", "GULF BOND MARKETS LAG BEHIND").
 */
const GROUPS: readonly { readonly members: ReadonlySet<string>; readonly headline: RegExp }[] = [
  {
    members: new Set(['US', 'JP', 'DE', 'FR', 'GB', 'CA', 'IT']),
    headline: /\bG-?[567]\b|\bgroup of (?:five|six|seven)\b/i,
  },
  { members: new Set(['SA', 'KW', 'BH', 'OM', 'QA', 'AE']), headline: /\bGCC\b|\bGulf\b/i },
];

/** Whether a list names only members of one group the headline does not name. */
function spellsOutGroup(codes: ReadonlySet<string>, title: string): boolean {
  return GROUPS.some((g) => [...codes].every((c) => g.members.has(c)) && !g.headline.test(title));
}

export function longListed(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  if (doc.language !== 'en' || namesTwoInHeadline(mentions)) return NONE;
  let listed: Set<string> | undefined;
  for (const run of countryListRuns(doc, mentions, MIN_LIST)) {
    const codes = new Set(run.map((m) => m.code));
    if (codes.size < MIN_LIST || spellsOutGroup(codes, doc.title.text)) continue;
    if (placesOfPeople(doc.body.text, run) && isLongForm(doc)) continue;
    listed ??= new Set();
    for (const code of codes) listed.add(code);
  }
  return listed ?? NONE;
}

/**
 * The text before a list's first item: a preposition of place ("from", "in", "to", "across") followed by lower-case
 * words only ("teams from ", "born abroad - in ", "to neighbouring countries: "), not "supported by the",
 * "along with" or a subject opening its clause.
 */
const PLACE_PREPOSITION_BEFORE = /\b(?:from|in|to|into|across|throughout)\b[^A-Z.;!?]{0,40}$/;
const PREPOSITION_WINDOW = 50;
const DIGIT = /[0-9]/;

/** Whether a list names places people come from or go to, without a figure for each (no digit in the list). */
function placesOfPeople(text: string, run: readonly CountryMention[]): boolean {
  const start = run[0]!.start;
  if (DIGIT.test(text.slice(start, run[run.length - 1]!.end))) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - PREPOSITION_WINDOW), start));
}

/**
 * "India and Pakistan resume water talks": a headline naming two countries is about their relation, and a long
 * list further down ("Diplomats from the United States, Britain, … have urged both sides") is background to
 * it, as a roster is (pairs.ts, venues-and-rosters.test.ts).
 */
function namesTwoInHeadline(mentions: readonly CountryMention[]): boolean {
  let first: string | undefined;
  for (const m of mentions) {
    if (m.field !== 'title') continue;
    if (first === undefined) first = m.code;
    else if (m.code !== first) return true;
  }
  return false;
}

const NONE: ReadonlySet<string> = new Set();
