import type { FieldText } from '../text/document.js';
import type { Word } from './chunk.js';
import { knownBodyNamed } from './known-bodies.js';
import { PERSON_TITLES } from './lexicon.js';
import { isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from './word-facts.js';

/**
 * Bodies a text goes on naming by their head word alone after giving the full name ("the Bank of England …
 * the Bank's Monetary Policy Committee", "the party's Central Committee"): the possessive is that body's.
 */
const BODY_BY_HEAD = new Set(
  `bank company group council committee commission board government ministry department party fund union
  federation association agency authority court parliament assembly congress senate house league club society
  institute foundation university college trust exchange corporation army`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether the one-word owner before a possessive ("X's Y Committee") is a body or a person of its own, so that
 * the name after it is the owner's body or firm, not a name written with a possessive ("Moody's Investors
 * Service", "McDonald's Corp", "the Children's Society" are). `words` are the field's words by token index;
 * `after` is the first word after the possessive.
 * - an acronym of three letters or more, or a listed body's short form: "the IMF's Executive Board", "the EU's
 *   Foreign Affairs Council", "the Fed's Open Market Committee" (not "BJ's Wholesale Club");
 * - a body's head word after "the": "the Bank's Monetary Policy Committee", "the Senate's Foreign Relations
 *   Committee" ("Church's Chicken" has no "the");
 * - a surname the field gave a person earlier with a given name: "Carl Icahn … Icahn's Trans World Airlines".
 */
export function ownsWhatFollows(
  field: FieldText,
  words: readonly (Word | null)[],
  owner: Word,
  after: Word,
): boolean {
  const size = owner.end - owner.start;
  // Cheap first: the owner's first two letters (an acronym's or a capitalised word's).
  const second = owner.core.length > 1 ? owner.core.charCodeAt(1) : 0;
  if (second >= 65 && second <= 90) {
    // A capitals line ("MOODY'S INVESTORS SERVICE") spells every name so; "TSS-Seedman's" is no acronym.
    if (after.core === after.core.toUpperCase() || owner.core !== owner.core.toUpperCase()) return false;
    return size >= 3 || knownBodyNamed(owner.core) !== undefined;
  }
  if (BODY_BY_HEAD.has(owner.lower) && isLowerWordWord(owner)) {
    const before = field.tokens[owner.index - 1]?.text;
    return before === 'the' || before === 'The';
  }
  if (knownBodyNamed(owner.core) !== undefined) return true;
  for (let k = owner.index - 1; k > 0; k--) {
    const w = words[k];
    if (w?.core === owner.core && words[k - 1] !== null && isGivenNameWord(words[k - 1]!)) return true;
  }
  return false;
}

/**
 * The heads of a state's bodies: departments, ministries, courts, the armed forces, agencies, councils. No firm or
 * club names itself with a possessive before one of them, so "X's Justice Department" is X's department.
 */
const STATE_BODY_HEADS = new Set(
  `department ministry court guard agency office council army navy police administration commission bureau reserve`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether the name after a one-word owner's possessive is a state's body the owner runs or leads ("Trump's Justice
 * Department", "Biden's White House", "Putin's Security Council", "Musk's Department of Government Efficiency",
 * "Sadr's Mahdi Army"), so the owner is a name of its own and the body another. Not when the owner is an ordinary
 * word, a title or a royal's ("the People's Liberation Army", "Children's Court", "the Prime Minister's Office",
 * "King's Guard", "God's Army"), though a surname that is also an ordinary word still owns ("Bush's Justice
 * Department"). `tail` is the run of name words after the possessive.
 */
export function ownsStateBody(owner: Word, tail: readonly Word[]): boolean {
  const end = tail[tail.length - 1];
  if (end === undefined || owner.caseless || PERSON_TITLES.has(owner.lower)) return false;
  const head = end.lower;
  if (!(STATE_BODY_HEADS.has(head) || (head === 'house' && tail.length === 2 && tail[0]!.lower === 'white')))
    return false;
  return !isLowerWordWord(owner) || isKnownSurnameWord(owner);
}
