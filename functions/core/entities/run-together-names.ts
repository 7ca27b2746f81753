import namesData from '../data/packed/entities-names.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import type { Candidate } from './classify.js';
import { isLegalFormWord } from './legal-form.js';
import { isLowerWord } from './lexicon.js';

/** A listed firm's name of two capitalised parts run together: "ExxonMobil", "AstraZeneca", "ConocoPhillips". */
const TWO_PARTS = lazyPattern(() => /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u);

let byFirstPart: Map<string, Map<string, string>> | undefined;
/**
 * The listed firms whose names run two parts together, by their first part and then their second, as written
 * ("Exxon" → "Mobil" → "ExxonMobil"). Built on the first name of two words or more, so it is part of the
 * first article's cost: the ~3,500 names are read by character codes (the pattern only for the few with
 * letters beyond ASCII), and whether a part is an ordinary word is asked only of a pair an article names
 * (asking it of all ~660 parts here cost ~75 M instructions of cold start).
 */
function runTogetherFirms(): Map<string, Map<string, string>> {
  if (byFirstPart !== undefined) return byFirstPart;
  byFirstPart = new Map();
  for (const name of namesData.organization.split('\n')) {
    const cut = twoPartsCut(name);
    if (cut < 0) continue;
    const first = name.slice(0, cut);
    let seconds = byFirstPart.get(first);
    if (seconds === undefined) {
      seconds = new Map();
      byFirstPart.set(first, seconds);
    }
    seconds.set(name.slice(cut), name);
  }
  return byFirstPart;
}

/** Where the second part starts in a name TWO_PARTS matches, else -1. */
function twoPartsCut(name: string): number {
  const n = name.length;
  if (n < 6) return -1;
  let second = -1;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) {
      const parts = TWO_PARTS.exec(name);
      return parts === null ? -1 : parts[1]!.length;
    }
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) return -1;
    if (i === 0) {
      if (!upper) return -1;
    } else if (upper) {
      if (second >= 0 || i < 3) return -1;
      second = i;
    }
  }
  return second >= 0 && n - second >= 3 ? second : -1;
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
  return { ...c, type: 'organization', canonical: name, strength: Math.max(c.strength, 3) };
}
