import { type TagDocument, toldIn } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * A trial in court (topics42): a person "on trial", who will "stand trial" or "face trial", a "murder trial", a
 * "trial for fraud". The trial row (senses.ts) yields to business or labour that leads twice over, for firms' "six-month
 * trial of a four-day working week"; a business story's founder "on trial for bribery and fraud" keeps its court.
 * topics43 (read42 smell 3): a "retrial" on its own (it was written before "trials?", so only "retrial trial" matched).
 */
const COURT_TRIAL =
  /\b(?:on|stand(?:s|ing)?|stood|face[sd]?|facing|await(?:s|ed|ing)?|go(?:es|ing)? on|went on|put on|sent for) trial\b|\b(?:murder|fraud|criminal|corruption|rape|terror(?:ism)?|treason|war crimes|show|jury) trials?\b|\bretrials?\b|\btrials? for (?:the )?(?:murder|fraud|corruption|rape|manslaughter|tax evasion|embezzlement|bribery|treason|terrorism|war crimes)\b/i;

/**
 * topics43 (read42 ★5): the trial of someone, "The trial of former FTX chief executive Sam Bankman-Fried entered its
 * third week", "The trial of former Nissan director Greg Kelly opened in Tokyo", "The trial of four union leaders
 * accused of organising an illegal strike": a court's, though the story is told through the firm or the union. A
 * trial "of a four-day week" or "of its new obesity drug" names no one, nor "a trial of former smokers" (read43: after
 * "former", a name or a title in capitals must follow). "Accused" is no court word (regulators "accused" a drug maker).
 */
const TRIAL_OF_SOMEONE =
  /\btrials? of (?:the )?(?:(?:[\w-]+ ){0,2}(?:suspects|defendants|leaders|officers|officials|executives|activists|protesters|journalists|bankers|directors|ministers|generals|politicians|dissidents)\b)/i;
/** A trial whose sentence tells of its court: a jury, prosecutors, a defendant, witnesses who testify, a verdict. */
const TRIAL = /\btrials?\b/gi;
const COURT_WORDS =
  /\b(?:jury|jurors?|prosecutors?|prosecution|defendants?|testif(?:y|ies|ied|ying)|courtroom|verdict|plead(?:s|ed)?|pleaded|acquit(?:s|ted|tal)?|convicted|indicted|indictment)\b/i;

/** After "former": a name or a title in capitals, case-sensitive ("former FTX chief", "former Nissan director"). */
const TRIAL_OF_FORMER =
  /\b[Tt]rials? of (?:the )?(?:former|ex-|ousted|jailed|detained|disgraced|exiled)\s*(?:[a-z-]+\s+)?[A-Z]/;

export function courtTrialTold(doc: TagDocument): boolean {
  if (toldIn(doc, COURT_TRIAL) || toldIn(doc, TRIAL_OF_SOMEONE) || toldIn(doc, TRIAL_OF_FORMER)) return true;
  for (const sentence of sentencesAround(doc, TRIAL)) if (COURT_WORDS.test(sentence)) return true;
  return false;
}
