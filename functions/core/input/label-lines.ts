/**
 * Lines a publisher writes over a headline that label the copy, not the story: a release's "FOR IMMEDIATE
 * RELEASE", "NEWS RELEASE" or "Press release", a wire slug "OIL-PRICES/ (UPDATE 2, PIX)", "CORRECTED", an
 * embargo ("Embargoed until 00:01 GMT, 8 December 2026"), a web page's "Listen to this article · 4:12 min" and
 * "Share full article". Taken as the title, one left the headline to open the body, over the dateline.
 */

/** A label is short; a longer line is a headline or a sentence. */
const MAX_LABEL_CHARS = 80;
/** Words a label has at most in mixed case ("Press release", "Breaking news"): a headline says more. */
const MAX_LABEL_WORDS = 2;
const LOWER = /\p{Ll}/u;
/** A clock time or a duration: an embargo's "00:01 GMT", a player's "4:12 min". */
const SPACES = /\s+/;
const CLOCK = /\b\d{1,2}:\d\d\b/;
/** A page's control copied with its text: "Share full article", "Listen to this article", "Save this story". */
const CONTROL =
  /^(?:Share|Save|Print|Email|Gift|Listen to)(?: (?:this|full|the))? (?:article|story|page|post)\b/i;

/**
 * Whether a line over a headline labels the copy: capitals only (a label or a slug), two words at most, a
 * clock time, or a page's control. Asked only of lines a headline follows: a short line over the story's text
 * is its headline.
 */
export function isLabelLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_LABEL_CHARS) return false;
  return (
    !LOWER.test(text) ||
    text.split(SPACES).length <= MAX_LABEL_WORDS ||
    CLOCK.test(text) ||
    CONTROL.test(text)
  );
}
