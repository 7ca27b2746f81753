/**
 * Lines a publisher writes over a headline that label the copy, not the story: a release's "FOR IMMEDIATE
 * RELEASE", "NEWS RELEASE" or "Press release", a wire slug "OIL-PRICES/ (UPDATE 2, PIX)", "CORRECTED", an
 * embargo ("Embargoed until 00:01 GMT, 8 December 2026"), a web page's "Listen to this article · 4:12 min" and
 * "Share full article", a section's kicker ("EAST AFRICA", "Business"). Taken as the title, one left the headline
 * to open the body, over the dateline.
 */

/** A label is short; a longer line is a headline or a sentence. */
const MAX_LABEL_CHARS = 80;
/** A line of two words is a label in capitals (a section's kicker, "EAST AFRICA") or with a label's word. */
const MAX_KICKER_WORDS = 2;
const LOWER = /\p{Ll}/u;
const SPACES = /\s+/;
/** A clock time or a duration: an embargo's "00:01 GMT", a player's "4:12 min". */
const CLOCK = /\b\d{1,2}:\d\d\b/;
/** A page's control copied with its text: "Share full article", "Listen to this article", "Save this story". */
const CONTROL =
  /^(?:Share|Save|Print|Email|Gift|Listen to)(?: (?:this|full|the))? (?:article|story|page|post)\b/i;
/** A wire slug's marks, in capitals: "OIL-PRICES/", "(UPDATE 2, PIX)". */
const SLUG_MARK = /[/(]/;
/** Punctuation around a label's words: "(UPDATE 2)", "NEWS RELEASE:", "** CORRECTED **" (its words are English). */
const EDGE_PUNCTUATION = /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g;
const FIGURE = /^\d+$/;
/**
 * The words labels are made of, in any case: "FOR IMMEDIATE RELEASE", "Media advisory", "Breaking news", "UPDATE 2".
 * A headline in capitals ("FLOODS KILL 12 IN KENYA RIFT VALLEY", "MARKETS TUMBLE AS RATES RISE") says more.
 */
const LABEL_WORDS: ReadonlySet<string> = new Set(
  (
    'for immediate release releases news press media advisory statement announcement embargoed embargo not ' +
    'publication distribution corrected correction correcting update updated updates breaking exclusive urgent ' +
    'flash alert live bulletin sponsored advertisement feature analysis opinion editorial comment factbox ' +
    'explainer refile repeat rpt wrapup developing story pix video'
  ).split(' '),
);

/**
 * Whether a line over a headline labels the copy: one word, two in capitals, a line of a label's words
 * (`LABEL_WORDS`), a slug in capitals, a clock time, or a page's control. Asked only of lines a headline follows:
 * a short line over the story's text is its headline ("Markets tumble" over its standfirst).
 */
export function isLabelLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_LABEL_CHARS) return false;
  if (CLOCK.test(text) || CONTROL.test(text)) return true;
  const capitals = !LOWER.test(text);
  if (capitals && SLUG_MARK.test(text)) return true;
  const words = text.split(SPACES);
  if (words.length === 1 || (capitals && words.length <= MAX_KICKER_WORDS)) return true;
  return words.every(isLabelWord);
}

function isLabelWord(word: string): boolean {
  const bare = word.replace(EDGE_PUNCTUATION, '').toLowerCase();
  return bare === '' || FIGURE.test(bare) || LABEL_WORDS.has(bare);
}
