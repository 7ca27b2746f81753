/**
 * Columns, analyses, explainers, interviews and reviews: a writer's argument or a walk through a subject, not a
 * report. Their countries come one to a sentence as the argument's examples ("Germany has pledged 100 billion
 * euros … France talks of strategic autonomy while buying American software. Poland … has bought quickly, mostly
 * from South Korea and the United States") or as the sides of a subject explained ("Saudi Arabia, Iraq, Kuwait
 * and the UAE ship … The biggest buyers are China, India, Japan and South Korea"). Such a piece naming many
 * countries reads as a survey (survey.ts), but it does not set them side by side as a wire survey of output or
 * positions by country does: only a sentence naming two relates them (pairs.ts).
 */

/**
 * The label a web page puts before such a headline ("Opinion: …", "Opinion | …", "Explainer: …", "Q&A: …",
 * "Book review: …", "Why it matters: …"), or a headline ending in "explained". Not "Factbox:", a list by design.
 */
const COMMENTARY_TITLE =
  /^\s*(?:(?:Opinion|OPINION|Analysis|ANALYSIS|Explainer|EXPLAINER|Explained|Comment|COMMENT|Column|COLUMN|Commentary|COMMENTARY|Editorial|EDITORIAL|Q ?& ?A|Interview|INTERVIEW|Perspective|Viewpoint|Long read|(?:[A-Z][a-z]+ )?[Rr]eview|Why it matters|What we know(?: so far)?)\s*[:|]|[^\n]*\bexplained[?.]?\s*$)/;

/**
 * A column's line about its writer, at a line's or a sentence's start: "The writer is a senior fellow at …", "The
 * views expressed here are the author's own".
 */
const COLUMN_TAGLINE =
  /(?:^|[.!?]["\u201d]?[ \t]+)(?:The (?:writer|author) is (?:a|an|the)\b|The views expressed (?:here|in this)|\(?Opinions expressed)/m;

/** Whether the story is a column, an analysis, an explainer, an interview or a review, by its headline or tagline. */
export function isCommentary(title: string, body: string): boolean {
  return COMMENTARY_TITLE.test(title) || COLUMN_TAGLINE.test(body);
}
