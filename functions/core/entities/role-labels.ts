import type { Entity } from '../schema.js';
import { lowerCased, POSSESSIVE_END } from '../text/chars.js';
import type { Candidate } from './classify.js';
import { isGivenName, isLowerWord, OFFICES_NAMED_LIKE_BODIES, PERSON_TITLES } from './lexicon.js';

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

/** Words before a noun that make it a common noun: "the Chancellor's office", "made a Dame", "its CEO". */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
/** A firm's offices written in capitals, which name no one wherever they stand: "CEO fired after scandal". */
const OFFICE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO']);
/** The word before an offset: letters back to a space. */
const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/**
 * The entities left once the merge has joined titles to their holders, without a title alone, which names no
 * one: one title word after an article or a possessive at every mention ("The Chancellor's office", "was made
 * a Dame in 2004", "the Mayor said") or a firm's office in capitals ("CEO fired", "the CFO"). The holder is
 * named elsewhere or not at all; a title the merge joined to a name ("Pope Leo XIV ... the Pope") is that
 * name's mention.
 */
export function withoutTitlesAlone(
  entities: Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  const kept = entities.filter((e) => !isTitleAlone(e, texts));
  return kept.length === entities.length ? entities : kept;
}

function isTitleAlone(e: Entity, texts: { readonly title: string; readonly body: string }): boolean {
  if (e.type === 'place' || e.type === 'nationality' || e.name.includes(' ')) return false;
  const word = e.name.replace(POSSESSIVE_END, '');
  if (OFFICE_ACRONYMS.has(word)) return true;
  const lower = lowerCased(word);
  if (!PERSON_TITLES.has(lower) || OFFICES_NAMED_LIKE_BODIES.has(lower)) return false;
  return e.mentions.every((m) => {
    const before = WORD_BEFORE.exec(texts[m.field].slice(Math.max(0, m.start - 12), m.start));
    return before !== null && DETERMINERS.has(lowerCased(before[1]!));
  });
}
