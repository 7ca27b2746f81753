import type { Candidate } from './classify.js';
import { isGivenName } from './lexicon.js';

/**
 * "Liam and Noel Gallagher", "Serena and Venus Williams": a given name alone before "and" and a person's
 * given name and surname is a person of that surname too (siblings, a couple). The mention keeps what the
 * text writes ("Liam"); the name and the id get the surname (`person:liam-gallagher`). Not when the article
 * gives the first name another surname elsewhere ("Kamala Harris … Kamala and Doug Emhoff").
 */
export function withSharedSurnames(candidates: Candidate[], body: string): Candidate[] {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // Cheap first: one word read as a person's, " and " right after it.
    if (c.words.length !== 1 || c.type !== 'person' || c.field !== 'body' || !body.startsWith(' and ', c.end))
      continue;
    const next = candidates.find((o) => o.field === 'body' && o.start === c.end + 5);
    if (next === undefined || next.type !== 'person' || next.words.length < 2) continue;
    const given = c.words[0]!;
    if (!isGivenName(given) || !isGivenName(next.words[0]!)) continue;
    if (candidates.some((o) => o.type === 'person' && o.words.length >= 2 && o.words[0] === given)) continue;
    const surname = next.words.slice(1);
    candidates[i] = { ...c, words: [given, ...surname], canonical: `${given} ${surname.join(' ')}` };
  }
  return candidates;
}
