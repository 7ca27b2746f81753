import { lowerCased } from '../text/chars.js';
import type { Candidate } from './classify.js';
import { isGivenName, isLowerWord, PERSON_TITLES } from './lexicon.js';

/** Roles a transcript or a live page labels its speakers with ("GUEST:", "OPERATOR:", "Your Honor"). */
const ROLE_LABELS = new Set(
  'guest host co-host operator moderator interviewer presenter caller narrator officer honor honour anchor reporter analyst participant questioner respondent'.split(
    ' ',
  ),
);

/**
 * A person read from a role, not a name: a transcript's "[00:00:20] GUEST:", "Your Honor", and the office
 * of "Paul Jacobson, Chief Financial Officer:" — ordinary words ending in an office ("Financial Officer"),
 * none a given name. The person it labels is named elsewhere or not at all.
 */
export function isRoleNotName(c: Candidate): boolean {
  if (c.type !== 'person') return false;
  const words = c.words;
  if (words.length === 1) return ROLE_LABELS.has(lowerCased(words[0]!));
  if (!PERSON_TITLES.has(lowerCased(words[words.length - 1]!))) return false;
  for (const word of words) if (!isLowerWord(lowerCased(word)) || isGivenName(word)) return false;
  return true;
}
