import namesData from '../data/packed/entities-names.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { isLegalFormWord } from './legal-form.js';
import { isLowerWord } from './lexicon.js';

/** Lines of a list that run two capitalised parts together: "ExxonMobil", "AstraZeneca". */
const TWO_PART_LINES = lazyPattern(() => /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/gmu);

let byFirstPart: Map<string, Map<string, string>> | undefined;
/**
 * The listed firms whose names run two parts together, by their first part and then their second, as written
 * ("Exxon" → "Mobil" → "ExxonMobil": "AstraZeneca", "ConocoPhillips"). Built on the first name of two words
 * or more, so it is part of the first article's cost: one pattern finds the ~330 such lines in the list's
 * text natively (splitting the ~3,500 names and reading each in still-interpreted code cost ~35 M
 * instructions of cold start), and whether a part is an ordinary word is asked only of a pair an article
 * names (asked of all ~660 parts here it cost ~40 M more).
 */
function runTogetherFirms(): Map<string, Map<string, string>> {
  if (byFirstPart !== undefined) return byFirstPart;
  byFirstPart = new Map();
  for (const [name, first, second] of namesData.organization.matchAll(TWO_PART_LINES) as IterableIterator<
    RegExpMatchArray & [string, string, string]
  >) {
    let seconds = byFirstPart.get(first);
    if (seconds === undefined) {
      seconds = new Map();
      byFirstPart.set(first, seconds);
    }
    seconds.set(second, name);
  }
  return byFirstPart;
}

/**
 * "Exxon Mobil said", "Exxon Mobil Corp": a listed firm's name run together ("ExxonMobil") written as two
 * words, which no list knows apart, was read as a person's name of a given name and a surname
 * (`person:exxon-mobil`); it is the firm, named and identified as the list spells it
 * (`organization:exxonmobil`), as in articles that write it run together. A legal form may follow. Parts
 * that are ordinary words do not count: "Black Rock", "Pay Pal", "Master Card" written apart are seldom the firm.
 */
export function asRunTogetherFirm(c: Candidate): Candidate {
  const words = c.words;
  // Cheap first: two words or more, the first a key of the (small) table.
  if (words.length < 2 || c.type === 'place' || c.type === 'nationality') return c;
  const seconds = runTogetherFirms().get(words[0]!);
  if (seconds === undefined) return c;
  const second = words[1]!;
  const name = seconds.get(second);
  if (name === undefined) return c;
  for (let i = 2; i < words.length; i++) if (!isLegalFormWord(words[i]!)) return c;
  if (isLowerWord(words[0]!.toLowerCase()) || isLowerWord(second.toLowerCase())) return c;
  return candidateWith(c, { type: 'organization', canonical: name, strength: Math.max(c.strength, 3) });
}
