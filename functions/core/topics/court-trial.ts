import type { TagDocument } from '../text/document.js';

/**
 * A trial in court (topics42): a person "on trial", who will "stand trial" or "face trial", a "murder trial", a
 * "trial for fraud". The trial row (senses.ts) yields to business or labour that leads twice over, for firms' "six-month
 * trial of a four-day working week"; a business story's founder "on trial for fraud and tax evasion" keeps its court.
 */
const COURT_TRIAL =
  /\b(?:on|stand(?:s|ing)?|stood|face[sd]?|facing|await(?:s|ed|ing)?|go(?:es|ing)? on|went on|put on|sent for) trial\b|\b(?:murder|fraud|criminal|corruption|rape|terror(?:ism)?|treason|war crimes|show|retrial|jury) trials?\b|\btrials? for (?:the )?(?:murder|fraud|corruption|rape|manslaughter|tax evasion|embezzlement|bribery|treason|terrorism|war crimes)\b/i;

export function courtTrialTold(doc: TagDocument): boolean {
  return COURT_TRIAL.test(doc.title.text) || COURT_TRIAL.test(doc.body.text);
}
