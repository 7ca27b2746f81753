import { isGivenName } from '../entities/lexicon.js';

/** The text of a matcher's piece (match.ts `WordPiece`). */
interface Piece {
  readonly text: string;
}

/**
 * A capitalised ordinary word that is a given name coordinated before a person's full name: "Bill and
 * Melinda French Gates", "Bill and Melinda Gates said" (review24 r24-58). The recogniser finds the second
 * person only; the first shares the surname, so "Bill" is no bill before parliament. `personNext`: a
 * person's name opens two pieces on.
 */
export function givenNameBeforeCouple(
  pieces: readonly (Piece | undefined)[],
  i: number,
  personNext: boolean,
): boolean {
  if (!personNext || pieces[i + 1]?.text !== 'and') return false;
  const text = pieces[i]?.text ?? '';
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90 && isGivenName(text);
}

/**
 * The piece before is "the": with a firm's name that the recogniser typed as a place ("the Amazon and
 * French Guiana", "the Amazon city of Belem"), the words name the place, not the firm (review24 r24-59;
 * match.ts asks the place and the firm).
 */
export function afterThe(pieces: readonly (Piece | undefined)[], i: number): boolean {
  if (i === 0) return false;
  const text = pieces[i - 1]?.text;
  return text === 'the' || text === 'The';
}
