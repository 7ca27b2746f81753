import { type TagDocument, toldIn } from '../text/document.js';

/**
 * A vote of confidence held, not given (topics47b, wild47 ★8): a government or a prime minister that calls, faces,
 * wins, loses or survives one, a confidence vote or motion, a no-confidence vote, or a legislature named in the story.
 * Business leads "Italy's government called a confidence vote on its budget as bond yields rose" and it is still a
 * political crisis; "the Trade and Industry Secretary said it was a vote of confidence in British manufacturing" holds
 * none (senses.ts, the confidence row, keeps the words against business only: a club's chairman who "won a vote of
 * confidence" from the board is still sport's).
 */
const VOTE_HELD =
  /\b(?:confidence (?:vote|motion)s?|no[- ]confidence|(?:call\w*|face\w*|lose\w*|lost|win\w*|won|survive\w*|hold\w*|held|pass\w*|table\w*|seek\w*|sought|brought|bring\w*) (?:a |the |another )?vote of confidence)\b/i;
/** A legislature named: the house whose confidence a government needs. */
const LEGISLATURE =
  /\b(?:[Pp]arliament\w*|MPs|lawmakers|legislators|legislature|senators|Bundestag|Knesset|Duma|Sejm|Lok Sabha|National Assembly|lower house|upper house)\b/;

export function confidenceVoteHeld(doc: TagDocument): boolean {
  return toldIn(doc, VOTE_HELD) || toldIn(doc, LEGISLATURE);
}
