import type { FieldText, TagDocument } from '../text/document.js';

/**
 * A company's fiscal year named as the period of its results (wild39b ★3): "Record Fiscal 2025 Results", "fiscal
 * 2026 net income", "fiscal second-quarter revenue", "fiscal Q1 sales fell". There "fiscal" tells when, not a
 * state's budget: it gives government budget (and politics) nothing (senses.ts, the fiscal row; score.ts also asks
 * for a firm in the headline or the lead). A state's fiscal year is told with its debt, imports, output or budget,
 * not with profit or sales ("a debt service ratio of 33 pct for fiscal 1987/88", "imports in fiscal 1987/88", "the
 * fiscal 1988 budget"), and a budget story's "fiscal rules" or "fiscal deficit" names no period at all.
 */
const FISCAL_PERIOD =
  /\bfiscal(?:[\s-]+(?:year[\s-]+)?(?:19|20)\d\d\b|[\s-]+(?:first|second|third|fourth)[\s-]+(?:quarter|half)|[\s-]+Q[1-4]\b|[\s-]+year\b)/i;
/** What a company reports for the period. */
const RESULTS =
  /\b(?:profits?|net|earnings|revenues?|sales|income|loss|losses|results|per share|shr|outlook|guidance|dividends?)\b/i;
/** A state's finances, in the same sentence: the fiscal year is the state's. */
const STATE_FINANCES =
  /\b(?:government|governments|federal|state's|budget|budgets|taxes|tax|deficit|Congress|ministry|minister|administration|appropriations|treasury)\b/i;

/** A cheap test before the sentences are read. */
const FISCAL = /fiscal/i;

/** Some sentence of the field names a fiscal period with results and no state's finances. */
function resultsForPeriod(field: FieldText): boolean {
  const { text } = field;
  if (!FISCAL.test(text)) return false;
  for (const s of field.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (FISCAL_PERIOD.test(sentence) && RESULTS.test(sentence) && !STATE_FINANCES.test(sentence)) return true;
  }
  return false;
}

/** A state's fiscal policy or borrowing in the same sentence as "fiscal" (read39 ★9: "fiscal discipline"). */
const STATE_FISCAL = /\b(?:cabinet|stimulus|borrowing|discipline|spending)\b/i;

/** Some sentence of the field tells a state's fiscal matters: "India's fiscal 2026 net borrowing … finance ministry". */
function stateFiscal(field: FieldText): boolean {
  const { text } = field;
  if (!FISCAL.test(text)) return false;
  for (const s of field.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (FISCAL.test(sentence) && (STATE_FINANCES.test(sentence) || STATE_FISCAL.test(sentence))) return true;
  }
  return false;
}

/**
 * The story names a fiscal year or quarter as the period of a company's results (see above), and no sentence tells
 * a state's fiscal matters (a story with both keeps every "fiscal": the sense is read story-wide, read39 ★9).
 */
export function fiscalPeriodNamed(doc: TagDocument): boolean {
  return (
    (resultsForPeriod(doc.title) || resultsForPeriod(doc.body)) &&
    !stateFiscal(doc.title) &&
    !stateFiscal(doc.body)
  );
}
