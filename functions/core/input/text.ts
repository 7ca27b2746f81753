import { detectDateline } from '../text/dateline.js';
import type { ParsedFields } from './fields.js';
import { isLabelLine } from './label-lines.js';

/** Blank lines opening the text, and a text that opens with a blank line (a paragraph ended before it). */
const LEADING_BLANK_LINES = /^\s*\n/;
const OPENS_WITH_BLANK_LINE = /^[ \t]*\n/;

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;
/** A line this long not followed by a blank line is a paragraph that happens to lack a full stop. */
const MAX_TIGHT_HEADLINE_CHARS = 120;
// Module constants, not literals in the function: the Lambda bundles build a \p{…} regex with `new RegExp`
// (lib/constructs/node-function.ts), which inside a function would run on every call.
const LETTER = /\p{L}/u;
const BYLINE = /^by\s+\p{Lu}/iu;
/** Label lines looked past for the headline under them ("FOR IMMEDIATE RELEASE", "Share full article"). */
const MAX_LABEL_LINES = 2;

/**
 * Plain text: the first line is the title only when it reads like a headline (short, no closing full
 * stop, not a dateline or byline) and text follows it. Otherwise everything is body, so a wire story
 * that opens with "TAIPEI, Taiwan — …" keeps its dateline for the tagger to find.
 */
export function parseText(content: string): ParsedFields {
  const text = withoutLabelLines(content.replace(/^\s*\n/, '').trimEnd());
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return { body: text.trim() };
  const firstLine = text.slice(0, firstBreak).trim();
  const rest = text.slice(firstBreak + 1);
  const blankLineFollows = /^[ \t]*\n/.test(rest);
  if (!rest.trim() || !looksLikeHeadline(firstLine, blankLineFollows)) return { body: text.trim() };
  return { title: firstLine, body: rest.trim() };
}

/**
 * The text from its headline on, past the label lines over it (see `isLabelLine`): only where a headline
 * follows them and text follows the headline; otherwise the text as it is.
 */
function withoutLabelLines(text: string): string {
  let rest = text;
  for (let labels = 0; labels < MAX_LABEL_LINES; labels++) {
    const firstBreak = rest.indexOf('\n');
    if (firstBreak < 0 || !isLabelLine(rest.slice(0, firstBreak))) break;
    rest = rest.slice(firstBreak + 1).replace(LEADING_BLANK_LINES, '');
    const headlineBreak = rest.indexOf('\n');
    const headline = rest.slice(0, headlineBreak).trim();
    const after = rest.slice(headlineBreak + 1);
    if (
      headlineBreak > 0 &&
      after.trim() &&
      !isLabelLine(headline) &&
      looksLikeHeadline(headline, OPENS_WITH_BLANK_LINE.test(after))
    )
      return rest;
  }
  return text;
}

export function looksLikeHeadline(line: string, blankLineFollows: boolean): boolean {
  if (line.length < 3 || line.length > MAX_HEADLINE_CHARS) return false;
  if (!blankLineFollows && line.length > MAX_TIGHT_HEADLINE_CHARS) return false;
  if (!LETTER.test(line)) return false;
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // Sentences end in a full stop (perhaps inside quotes); headlines do not. "?" and "!" are allowed.
  if (/[.,;:\u2026]["'\u201d\u2019)]*$/u.test(line)) return false;
  if (BYLINE.test(line)) return false;
  if (detectDateline(`${line} `) ?? detectDateline(line)) return false;
  return true;
}
