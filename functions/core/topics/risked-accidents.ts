import { matchedWords } from './matched-words.js';

/**
 * An accident only risked, supposed or denied (topics44, wild44 ★4): a recall "because the airbags may deploy
 * unexpectedly, raising the risk of a crash", a brake fault that "could lead to a crash", a seat belt that "may not
 * hold in a crash", a crash test, "no accidents have been reported" — no crash happened, so the word is no disaster and
 * frames no transport accident (the lexicon's "crash", "accident", "collision"; frames.ts). The matcher skips the word
 * there (match.ts `NAME_OTHER_SENSE`). A crash that happened keeps it: "killed in a crash on the M1", "the plane may
 * have crashed into the sea" (a crash told with doubt, not one supposed).
 */
const ACCIDENT = '(crash(?:es)?|collisions?|accidents?)';
/** The risk, the danger or the chance of one: "raising the risk of a crash", "the danger of a serious accident". */
const RISK_OF = new RegExp(
  String.raw`\b(?:risks?|dangers?|chances?|likelihood|possibility|odds|threat)\s+of\s+(?:(?:an?|the|further|more)\s+)?(?:[a-z-]+\s+)?${ACCIDENT}\b`,
  'g',
);
/**
 * A crash as a risk or a test of its own: "crash risk", "crash tests", "crash-test dummies". Not "crash barriers", the
 * road's furniture that real crashes break through (read44: "a lorry ploughed through crash barriers, killing two").
 */
const CRASH_RISK = /\b([Cc]rash)[- ](?:risks?|tests?|tested|testing|dummies|dummy)\b/g;
/**
 * One a fault may cause ("could lead to a crash", "may cause crashes", "can crash"), or one supposed ("may not deploy
 * in a crash", "in the event of a collision").
 */
const MAY_CAUSE = new RegExp(
  String.raw`\b(?:could|may|might|can)\s+(?!have\b|had\b)(?:(?:also|potentially|possibly|even|not)\s+)?(?:(?:cause|lead\s+to|result\s+in|trigger|contribute\s+to)\s+(?:an?\s+)?(?:[a-z-]+\s+)?|(?:[a-z-]+\s+){1,3}?(?:in|during)\s+an?\s+)?${ACCIDENT}\b|\bin\s+the\s+event\s+of\s+an?\s+${ACCIDENT}\b`,
  'g',
);
/** One denied: "No crashes or injuries have been reported", "not aware of any accidents". */
const DENIED =
  /\b(?:[Nn]o|not\s+aware\s+of\s+any|no\s+reports\s+of|unaware\s+of\s+any)\s+(?:(?:related|known|reported)\s+)?(crashes|collisions|accidents)\b/g;

/** A cheap gate: the text names a crash, an accident or a collision at all. */
const ACCIDENT_WORD = /rash|ccident|ollision/;

/** [start, end) of each accident word the text only risks, supposes or denies. */
export function riskedAccidents(text: string): [number, number][] {
  if (!ACCIDENT_WORD.test(text)) return [];
  return matchedWords(text, [RISK_OF, CRASH_RISK, MAY_CAUSE, DENIED]).sort((a, b) => a[0] - b[0]);
}
