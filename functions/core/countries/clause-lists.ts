import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import { sentenceHolds } from '../text/sentence-holds.js';
import { type Sentence, sentenceAt } from '../text/sentences.js';
import { countryWith } from './country-copy.js';
import { storyDatelineCountry } from './georgia-dateline.js';
import { bodyMentionEdges, type MentionEdges, namedOnlyInRelativeClauses } from './relative-clauses.js';

/** Countries a side clause lists, at least: one or two named so are read by pairs.ts alone. */
const LIST_SIZE = 3;

/**
 * "Unilever, which has factories in Germany, Poland, Brazil, Mexico and India, said …": countries listed only
 * inside a non-restrictive relative clause (relative-clauses.ts) and nowhere else, the title included, are
 * background to what the sentence says about its subject, so they leave the focus (wild37 \u26052: all five were
 * in focus at .59 and paired with one another). So are the countries a study's sample lists and nothing else names
 * ("a study of data from eight countries including the US, the UK, Brazil, Chile …"): where the data came from,
 * not what the story is about. Only a list of LIST_SIZE or more such countries, and only when a country named
 * outside them (or the dateline's) stays in focus.
 */
export function clauseListsOutOfFocus(doc: TagDocument, countries: Country[]): Country[] {
  const focus = countries.filter((c) => c.focus);
  if (focus.length <= LIST_SIZE) return countries;
  const edges = bodyMentionEdges(countries);
  const filedFrom = storyDatelineCountry(doc);
  const sampled = sentenceHolds(doc.body.text, SAMPLE_WORDS);
  const background = new Set(
    focus.filter(
      (c) =>
        c.code !== filedFrom &&
        (namedOnlyInRelativeClauses(doc, c, edges) || namedOnlyInSample(doc, c, edges, sampled)),
    ),
  );
  if (background.size < LIST_SIZE || background.size === focus.length) return countries;
  return countries.map((c) => (background.has(c) ? countryWith(c, { focus: false }) : c));
}

/** "eight countries including", "nations such as": a list of countries opens. */
const COUNTRIES_INCLUDING = /\b(?:countries|nations)\s*,?\s*(?:including|such\s+as|among\s+them)\s+$/;
/** Words of a study's sample in the sentence: "a study of data from", "participants in", "surveyed". */
const SAMPLE_WORDS =
  /\b(?:stud(?:y|ies)|survey(?:s|ed)?|data|research(?:ers)?|participants|respondents|cohorts?|sample[ds]?|trials?|analy[sz]ed|analysis)\b/i;
/** Between two countries of a list: ", ", " and ", ", and the ". */
const LIST_GAP = /^,?\s+(?:and\s+|or\s+)?(?:the\s+)?$|^,\s*(?:the\s+)?$/;

/** Whether every body mention of `c` (the title naming none) is in a study's list of countries. */
function namedOnlyInSample(
  doc: TagDocument,
  c: Country,
  edges: MentionEdges,
  sampled: (s: Sentence) => boolean,
): boolean {
  let named = false;
  for (const m of c.mentions) {
    if (m.field === 'title') return false;
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (!inSampleList(doc, m, edges, sampled)) return false;
    named = true;
  }
  return named;
}

/**
 * Whether `m` is an item of a list that "countries including" opens, in a sentence with a study's words: the
 * list is walked back from `m` over the gaps between countries (`edges`) to its opening.
 */
function inSampleList(
  doc: TagDocument,
  m: Mention,
  edges: MentionEdges,
  sampled: (s: Sentence) => boolean,
): boolean {
  const text = doc.body.text;
  const s = sentenceAt(doc.body.sentences, m.start);
  if (!s || !sampled(s)) return false;
  let start = m.start;
  for (let steps = 0; steps < 40; steps++) {
    const head = text.slice(Math.max(s.start, start - 40), start);
    if (COUNTRIES_INCLUDING.test(head.replace(/\bthe\s+$/, ''))) return true;
    // The end of the list item before this one: a country's mention ending where the gap to `start` begins.
    const gap = /,?\s+(?:and\s+|or\s+)?(?:the\s+)?$|,\s*(?:the\s+)?$/.exec(head);
    if (!gap) return false;
    const end = start - gap[0].length;
    if (!edges.ends.has(end) || !LIST_GAP.test(gap[0])) return false;
    start = [...edges.starts].filter((x) => x < end && x >= s.start).reduce((a, b) => Math.max(a, b), -1);
    if (start < 0) return false;
  }
  return false;
}
