import type { FieldText } from '../text/document.js';
import type { Word } from './chunk.js';
import { knownBodyNamed } from './known-bodies.js';
import { isGivenNameWord, isLowerWordWord } from './word-facts.js';

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
