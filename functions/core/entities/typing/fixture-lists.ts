// A page's list of fixtures or results ("Arsenal v Everton, Leeds v Fulham"), which makes a sports page without
// sports words (`listsFixturesOrResults`, from sports-context.ts), and the score a result is written with.
import { lookupPlace } from '../../countries/gazetteer.js';
import { codeUnitAt, lowerCased } from '../../text/chars.js';
import type { TagDocument } from '../../text/document.js';
import type { Token } from '../../text/tokens.js';
import { legalWordNear } from '../chunking/case-names.js';
import { CALENDAR_WORDS, isKnownSurname } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { DIGITS, SCORE } from './cue-words.js';

/** The word between a fixture's two sides: "Arsenal v Everton", "Leeds vs. Fulham". */
export const FIXTURE_SIDES = new Set(['v', 'vs', 'vs.']);

/** How many tokens a score at `i` takes: 1 for "2-1" (one token), 3 for "2 - 1", 0 for none. */
export function scoreLengthAt(tokens: readonly Token[], i: number): number {
  const text = tokens[i]?.text ?? '';
  if (SCORE.test(text)) return 1;
  const dash = tokens[i + 1]?.text;
  return DIGITS.test(text) && (dash === '-' || dash === '\u2013') && DIGITS.test(tokens[i + 2]?.text ?? '')
    ? 3
    : 0;
}

/**
 * "Fixtures for Saturday: Arsenal v Everton, Leeds v Fulham", "Results: Leeds 2-1 Fulham, Burnley 1-1 Brentford",
 * "Leeds 2 Fulham 1\nBurnley 1 Brentford 1": a web page's or a feed's list of fixtures or results, with no desk slug
 * and too few sports words, is a sports page all the same. Two pairs of capitalised sides are needed: one "Smith v
 * Jones" is a case as often as a match, and a court's case ("v." with a period, or a legal word near: case-names.ts)
 * is no fixture, nor are two people ("Trump v Harris" in polls); a month or weekday is no side (a table's "Jan v Dec").
 */
export function listsFixturesOrResults(doc: TagDocument): boolean {
  const { tokens } = doc.body;
  let pairs = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const text = tokens[i]!.text;
    let next = i + 1;
    if (FIXTURE_SIDES.has(text)) {
      if (text === 'v' && tokens[i + 1]!.text === '.' && tokens[i + 1]!.start === tokens[i]!.end) continue;
      if (legalWordNear(doc.body, i, i)) continue;
    } else {
      // "Leeds 2-1 Fulham" (one token), "Leeds 2 - 1 Fulham".
      const score = scoreLengthAt(tokens, i);
      if (score > 0) next = i + score;
      // "Leeds 2 Fulham 1": a row of a side, its goals, the other side and its goals ("See Chapter 2 Section 3" in
      // prose is none).
      else if (
        !(
          DIGITS.test(text) &&
          DIGITS.test(tokens[i + 2]?.text ?? '') &&
          rowEndsAt(doc, i + 2) &&
          rowStartsBefore(doc, i - 1)
        )
      )
        continue;
    }
    if (next >= tokens.length) break;
    if (
      fixtureSide(tokens[i - 1]!.text) &&
      fixtureSide(tokens[next]!.text) &&
      !(personSide(tokens[i - 1]!.text) && personSide(tokens[next]!.text)) &&
      ++pairs >= 2
    )
      return true;
  }
  return false;
}

/** Whether the token at `at` ends a row: the text's end, a comma or semicolon, or a line break after it. */
function rowEndsAt(doc: TagDocument, at: number): boolean {
  const after = doc.body.tokens[at + 1];
  if (after === undefined) return true;
  if (after.text === ',' || after.text === ';') return true;
  return doc.body.text.slice(doc.body.tokens[at]!.end, after.start).includes('\n');
}

/**
 * Whether the side ending at token `last` (up to three capitalised words: "Manchester United 2 Aston Villa 1")
 * opens a row: the text's start, a comma, semicolon or colon, or a line break before it.
 */
function rowStartsBefore(doc: TagDocument, last: number): boolean {
  const { tokens, text } = doc.body;
  let k = last;
  while (
    k > last - 3 &&
    k > 0 &&
    fixtureSide(tokens[k - 1]!.text) &&
    !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')
  )
    k--;
  if (k === 0) return true;
  const before = tokens[k - 1]!.text;
  return (
    before === ',' ||
    before === ';' ||
    before === ':' ||
    text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')
  );
}

/**
 * A side a person's name more likely is than a club's: a listed newsmaker or a known surname that is no town the
 * lists know ("Trump v Harris, Vance v Walz" are polls; "Preston v Bradford" are clubs).
 */
function personSide(text: string): boolean {
  return (newsmakerNamed(text) !== undefined || isKnownSurname(text)) && lookupPlace(text) === undefined;
}

/** A capitalised word of two letters or more that is no month or weekday: a side of a fixture or result. */
function fixtureSide(text: string): boolean {
  const c = codeUnitAt(text, 0);
  return c >= 65 && c <= 90 && text.length > 1 && !CALENDAR_WORDS.has(lowerCased(text));
}
