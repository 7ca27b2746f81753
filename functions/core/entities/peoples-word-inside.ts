import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';
import { GAZETTEER } from './lexicon.js';

/** Whether a name of three words or more has a people's word inside it (neither first nor last). */
function hasPeoplesWordInside(words: readonly string[]): boolean {
  for (let i = 1; i < words.length - 1; i++)
    if (GAZETTEER.get(words[i]!.toLowerCase())?.kind === 'demonym') return true;
  return false;
}

/**
 * "Royal Dutch Shell said … Shell shares rose": a people's word inside a name of three words or more makes it
 * a firm, though each word is also a given name ("Royal", "Dutch", "Shell" made a person), and the firm's
 * first or last word alone, read as that person's, is the firm too. People are not named with a nationality
 * between their names: a surname such as "English" or "French" ends a name, "Dutch" as a nickname opens one.
 */
export function withFirmsOfPeoplesWords(candidates: Candidate[]): Candidate[] {
  let parts: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || c.words.length < 3 || !hasPeoplesWordInside(c.words)) continue;
    parts ??= new Set();
    parts.add(c.words.join(' '));
    parts.add(c.words[0]!);
    parts.add(c.words[c.words.length - 1]!);
  }
  if (parts === undefined) return candidates;
  const firms = parts;
  return candidates.map((c) =>
    c.type === 'person' && firms.has(c.words.join(' ')) ? candidateWith(c, { type: 'organization' }) : c,
  );
}
