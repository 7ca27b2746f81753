import type { Country, CountryPair, Mention } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
import { placeKindOf } from './place-kind.js';

/** How many countries in focus make a story a round-up of countries (a fifth one is seldom background). */
export const ROUND_UP_FOCUS = 5;
/** The score of a member's pair: below every pair a sentence or a list links. */
const MEMBER_SCORE = 0.3;
/** The most text between a member and the nearest focus country of its clause. */
const MAX_GAP = 300;
/**
 * What ends the clause of the round-up's countries before a member: a contrast ("but", "while") or a second
 * predicate (", and stressed …"): "closer ties with Kenya, Uganda, Rwanda, Tanzania and Burundi, and stressed the
 * corridor … on to Ethiopia, Somalia and Djibouti" names the route, no member.
 */
const CLAUSE_BREAK = /\b(?:while|whereas|but|although|though)\b|,\s+and\s+[a-z]+(?:ed|s)\b/i;

/**
 * A round-up about five or more countries (a commodity's producers and buyers, an exporter's customers, a
 * conference's delegations, a donors' list) names its further members once each, in a clause beside countries it
 * is about: "Costa Rica, Guatemala and El Salvador also backed the proposal, as did Brazil", "wheat went to Poland
 * and Sri Lanka as well as China". Their salience, shared among so many, stays under the focus bar, yet the story
 * sets them beside the others as one of the group, as it sets its focus countries beside each other. A country
 * named by its own name there, in a body clause that names a focus country too, pairs with each focus country (its
 * name, not a people's word or a city: "Japanese buyers", "traders in London" are the market, no member). The pairs
 * score below all others and do not make the country a focus country. Reuters dev: pairs .730 → .741.
 */
export function roundUpMemberPairs(
  doc: TagDocument,
  countries: readonly Country[],
  pairs: readonly CountryPair[],
): CountryPair[] {
  const focus = countries.filter((c) => c.focus);
  if (focus.length < ROUND_UP_FOCUS) return [];
  const sentences = doc.body.sentences;
  const focusMentions: Mention[] = [];
  const firstSentence = new Map<string, number>();
  for (const c of focus)
    for (const m of c.mentions) {
      if (m.field !== 'body') continue;
      focusMentions.push(m);
      const index = sentenceIndex(sentences, m.start);
      const first = firstSentence.get(c.code);
      if (first === undefined || index < first) firstSentence.set(c.code, index);
    }
  if (!focusMentions.length) return [];
  focusMentions.sort((a, b) => a.start - b.start);
  const text = doc.body.text;
  const paired = new Set(pairs.map((p) => p.pair));
  const out: CountryPair[] = [];
  for (const c of countries) {
    if (c.focus) continue;
    const beside = c.mentions.find(
      (m) =>
        m.field === 'body' && placeKindOf(m) === 'country' && besideFocus(text, sentences, focusMentions, m),
    );
    if (beside === undefined) continue;
    const own = sentenceIndex(sentences, beside.start);
    for (const f of focus) {
      const codes: [string, string] = c.code < f.code ? [c.code, f.code] : [f.code, c.code];
      const pair = `${codes[0]}-${codes[1]}`;
      if (paired.has(pair)) continue;
      const evidence = [sentenceAt(doc, own)];
      const theirs = firstSentence.get(f.code);
      if (theirs !== undefined && theirs !== own) evidence.push(sentenceAt(doc, theirs));
      out.push({ pair, countries: codes, score: MEMBER_SCORE, evidence });
    }
  }
  return out;
}

/** Whether the nearest focus mention before or after `m`, in its sentence, is in its clause. */
function besideFocus(
  text: string,
  sentences: TagDocument['body']['sentences'],
  focusMentions: readonly Mention[],
  m: Mention,
): boolean {
  const sentence = sentenceIndex(sentences, m.start);
  // The first focus mention starting at or after the member's end.
  let lo = 0;
  let hi = focusMentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (focusMentions[mid]!.start < m.end) lo = mid + 1;
    else hi = mid;
  }
  const after = focusMentions[lo];
  let at = lo - 1;
  while (at >= 0 && focusMentions[at]!.end > m.start) at--;
  const before = at >= 0 ? focusMentions[at] : undefined;
  return (
    (before !== undefined && inClause(text, sentences, sentence, before.end, m.start, before.start)) ||
    (after !== undefined && inClause(text, sentences, sentence, m.end, after.start, after.start))
  );
}

function inClause(
  text: string,
  sentences: TagDocument['body']['sentences'],
  sentence: number,
  from: number,
  to: number,
  other: number,
): boolean {
  if (to - from > MAX_GAP || sentenceIndex(sentences, other) !== sentence) return false;
  return !CLAUSE_BREAK.test(text.slice(from, to));
}

function sentenceAt(doc: TagDocument, index: number): Mention {
  const field = doc.body;
  const s = index < 0 ? undefined : field.sentences[index];
  const start = s?.start ?? 0;
  const end = s?.end ?? field.text.length;
  return { field: 'body', start, end, text: field.text.slice(start, end) };
}
