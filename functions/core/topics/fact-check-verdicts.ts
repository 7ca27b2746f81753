import { type SentencedText, sentenceTextAt } from '../text/sentences.js';

/**
 * A fact check's rating (wild44 item 13): "VERDICT: False.", "Verdict: Misleading.", "Our verdict: the claim is
 * fabricated" judge a claim, not a defendant. "verdict" is skipped where it is a label (a colon or a dash after it) and a
 * rating follows, or where the field tells of a fact check and the verdict's sentence names a rating and no court. A
 * jury's verdict keeps the court ("The jury returned a guilty verdict", "Verdict: guilty").
 *
 * Split out of other-sense-words.ts (tidy44); the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
 */

/** A fact check's ratings. */
const RATINGS =
  'false|true|misleading|mostly|partly|half|fabricated|missing|lacks|needs|unproven|unsupported|unsubstantiated|satire|altered|doctored|manipulated|fake|inaccurate|accurate|correct|incorrect|exaggerated|wrong|mixed|mixture|unverified|out\\s+of\\s+context|pants\\s+on\\s+fire|no\\s+evidence';
/** "VERDICT: False", "Our verdict - misleading": a label, then (up to three words on) a rating. */
const VERDICT_LABEL = new RegExp(
  `\\b(VERDICT|[Vv]erdict)\\s*(?:[:\\u2013\\u2014]|\\s-)\\s*(?:[\\w'\\u2019]+\\s+){0,3}?(?:${RATINGS})\\b`,
  'gi',
);
const FACT_CHECK = /\b(?:fact[- ]?check\w*|CLAIM:|Claim:|debunk\w*)/i;
const RATING_WORD = new RegExp(`\\b(?:${RATINGS})\\b`, 'i');
const COURT =
  /\b(?:jur(?:y|ors?)|judges?|courts?|trial|guilty|acquitt\w*|convict\w*|sentenc\w*|defendants?)\b/i;
const VERDICT = /\b(?:VERDICT|[Vv]erdicts?)\b/g;

/**
 * The verdicts of fact checks: the labelled ones in text order, then those a fact check's sentence rates. The sentence
 * is the splitter's (text/sentences.ts `sentenceTextAt`; tidy44: before, figurative-words.ts `sentenceAround`).
 */
export function factCheckVerdicts(field: SentencedText): [number, number][] {
  const { text } = field;
  const spans: [number, number][] = [];
  if (!/verdict/i.test(text)) return spans;
  VERDICT_LABEL.lastIndex = 0;
  for (let m = VERDICT_LABEL.exec(text); m !== null; m = VERDICT_LABEL.exec(text))
    if (!COURT.test(m[0])) spans.push([m.index, m.index + (m[1] ?? '').length]);
  if (!FACT_CHECK.test(text)) return spans;
  const labelled = new Set(spans.map(([s]) => s));
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m !== null; m = VERDICT.exec(text)) {
    if (labelled.has(m.index)) continue;
    const sentence = sentenceTextAt(field, m.index) ?? text;
    if (RATING_WORD.test(sentence) && !COURT.test(sentence)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
