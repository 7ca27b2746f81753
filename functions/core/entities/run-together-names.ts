import namesData from '../data/packed/entities-names.js';
import type { Candidate } from './classify.js';
import { isLegalFormWord } from './legal-form.js';
import { isLowerWord } from './lexicon.js';

/** A listed firm's name of two capitalised parts run together: "ExxonMobil", "AstraZeneca", "ConocoPhillips". */
const TWO_PARTS = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

let byFirstPart: Map<string, Map<string, string>> | undefined;
/**
 * The listed firms whose names run two parts together, by their first part and then their second, as written
 * ("Exxon" → "Mobil" → "ExxonMobil"). Parts that are ordinary words are left out: "Black Rock", "Pay Pal",
 * "Master Card" written apart are seldom the firm.
 */
function runTogetherFirms(): Map<string, Map<string, string>> {
  if (byFirstPart !== undefined) return byFirstPart;
  byFirstPart = new Map();
  for (const name of namesData.organization.split('\n')) {
    const parts = TWO_PARTS.exec(name);
    if (parts === null) continue;
    const [, first, second] = parts as unknown as [string, string, string];
    if (isLowerWord(first.toLowerCase()) || isLowerWord(second.toLowerCase())) continue;
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
 * (`organization:exxonmobil`), as in articles that write it run together. A legal form may follow.
 */
export function asRunTogetherFirm(c: Candidate): Candidate {
  const words = c.words;
  // Cheap first: two words or more, the first a key of the (small) table.
  if (words.length < 2 || c.type === 'place' || c.type === 'nationality') return c;
  const seconds = runTogetherFirms().get(words[0]!);
  if (seconds === undefined) return c;
  const name = seconds.get(words[1]!);
  if (name === undefined) return c;
  for (let i = 2; i < words.length; i++) if (!isLegalFormWord(words[i]!)) return c;
  return { ...c, type: 'organization', canonical: name, strength: Math.max(c.strength, 3) };
}
