import { type SentencedText, sentenceTextAt } from '../text/sentences.js';

/**
 * A ransomware gang that "claimed responsibility" (wild44 ★9): "A ransomware gang claimed responsibility for a cyber
 * attack on a pathology firm", "The Rhysida group, which claimed responsibility, published 600GB of stolen files" (after
 * a lead that names the ransomware attack). The claim is terrorism's where a bomb, gunmen or a killing is told; where
 * the field tells of an attack on computers (ransomware, hackers, a cyber attack, a data breach, malware) and the
 * claim's sentence names no weapon and no death, it is the hackers' claim, and the phrase is skipped.
 *
 * Split out of other-sense-words.ts (tidy44); the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
 */

const CLAIMED_RESPONSIBILITY = /\b[Cc]laim(?:s|ed|ing)?\s+responsibility\b/g;
const ATTACK_ON_COMPUTERS =
  /\b(?:ransomware|cyber[- ]?attacks?|cyberattacks?|cyber[- ]?criminals?|cyber[- ]?gangs?|hack(?:ers?|ed|ing|s)?|data breach(?:es)?|malware|DDoS|denial[- ]of[- ]service)\b/i;
/** Terrorism's own words in the claim's sentence: the claim then is a bombing's or a shooting's. */
const VIOLENCE =
  /\b(?:bomb\w*|blasts?|explosi\w+|explod\w+|suicide|gunm[ae]n|shoot\w*|shot|kill\w*|dead|deaths?|wounded|injured|militants?|insurgents?|jihadi\w*|rockets?|grenades?|stabb\w*|massacre|soldiers?|troops|hostages?|kidnap\w*)\b/i;

/**
 * [start, end) of each "claimed responsibility" that is hackers', in text order. The claim's sentence is the splitter's
 * (text/sentences.ts, as `sentenceTextAt` gives it; tidy44: before, figurative-words.ts `sentenceAround`).
 */
export function hackerClaims(field: SentencedText): [number, number][] {
  const { text } = field;
  const spans: [number, number][] = [];
  if (text.includes('responsibility') && ATTACK_ON_COMPUTERS.test(text)) {
    CLAIMED_RESPONSIBILITY.lastIndex = 0;
    for (let m = CLAIMED_RESPONSIBILITY.exec(text); m !== null; m = CLAIMED_RESPONSIBILITY.exec(text))
      if (!VIOLENCE.test(sentenceTextAt(field, m.index) ?? text))
        spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
