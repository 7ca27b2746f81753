import type { Candidate } from './classify.js';
import { isLegalFormWord } from './legal-form.js';
import { isLowerWord } from './lexicon.js';

/** Up to four capitalised words ending where " of " begins: the name's first part, when no candidate holds it. */
const RUN_BEFORE = /(?:^|[^\p{L}\p{N}.&'-])((?:\p{Lu}[\p{L}.&'-]*\s){0,3}\p{Lu}[\p{L}.&'-]*)$/u;
/** What ends a sentence before a word: its first word may be capitalised only for that. */
const SENTENCE_END = /(?:^|[.!?]["'\u201d]?\s+|\n\s*)$/;

/**
 * "Gold Fields of South Africa Ltd said", "First of Long Island Corp": a firm's name that holds a place after
 * "of" and ends in a legal form was cut at "of" ("South Africa Ltd" a body, "Gold Fields" a thing of its own).
 * The legal form vouches for the whole: the name before "of" joins it, when no rule read that part as a person
 * or a place ("John Smith of Acme Ltd" stays two), and when it is not an ordinary word that merely opens the
 * sentence ("Shares of Acme Ltd rose").
 */
export function withFirmsOfPlaces(
  candidates: Candidate[],
  fields: { readonly title: { readonly text: string }; readonly body: { readonly text: string } },
): Candidate[] {
  let out: Candidate[] | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.words.length < 2 || !isLegalFormWord(c.words[c.words.length - 1]!))
      continue;
    const text = fields[c.field].text;
    const ofAt = c.start - 4;
    if (ofAt <= 0 || text.slice(ofAt, c.start) !== ' of ') continue;
    const before = candidates.find((p) => p.field === c.field && p.start < ofAt && p.end > ofAt - 1);
    let start: number;
    let firstWords: readonly string[];
    if (before !== undefined) {
      if (before.end !== ofAt || before.type === 'person' || before.type === 'place') continue;
      start = before.start;
      firstWords = before.words;
    } else {
      const run = RUN_BEFORE.exec(text.slice(Math.max(0, ofAt - 60), ofAt))?.[1];
      if (run === undefined) continue;
      start = ofAt - run.length;
      firstWords = run.split(/\s+/);
      if (
        SENTENCE_END.test(text.slice(Math.max(0, start - 4), start)) &&
        isLowerWord(firstWords[0]!.toLowerCase())
      )
        continue;
    }
    out ??= candidates.slice();
    out = out.filter((x) => x !== c && x !== before);
    out.push(joinedAt(c, start, text, [...firstWords, 'of', ...c.words]));
  }
  return out ?? candidates;
}

/** The joined candidate from `start` on, built in candidate-copy.ts's field order. */
function joinedAt(c: Candidate, start: number, text: string, words: readonly string[]): Candidate {
  return {
    field: c.field,
    start,
    end: c.end,
    text: text.slice(start, c.end),
    words,
    type: 'organization',
    canonical: undefined,
    countryCode: undefined,
    strength: Math.max(c.strength, 3),
    locative: false,
    caseless: c.caseless,
    placeId: undefined,
    prev: undefined,
    teamFromPlace: undefined,
    personish: undefined,
    owner: undefined,
  };
}
