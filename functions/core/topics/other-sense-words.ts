import type { SentencedText } from '../text/sentences.js';
import { disruptedTravel } from './disrupted-travel.js';
import { factCheckVerdicts } from './fact-check-verdicts.js';
import { hackerClaims } from './hacker-claims.js';
import { millionsCounted } from './millions-counted.js';
import { numberedDesignations } from './numbered-designations.js';
import { stolenContests } from './stolen-contests.js';
import { travelWords } from './travel-words.js';

/**
 * Words of one desk that news of another borrows, told by their sentence (wild44, mendT44). The matcher skips them as
 * it skips figurative-words.ts's (match.ts `NAME_OTHER_SENSE`).
 *
 * Each kind is found by its own file, called here in the order the spans were found before tidy44 split them out:
 * stolen-contests.ts (an election said to be "stolen"), disrupted-travel.ts (travel as getting about),
 * fact-check-verdicts.ts (a fact check's rating), numbered-designations.ts ("FA-50" jets, "AI-171" flights) and
 * hacker-claims.ts (a ransomware gang that "claimed responsibility"); millions-counted.ts ("200m pounds", "100m users":
 * millions, no race's metres); travel-words.ts ("the second leg of his first foreign trip", "the president's Gulf tour": travel, no match's leg
 * and no concert tour).
 */

/**
 * [start, end) of each word of the text told in another desk's sense, in text order. `hyphenated`: the keys of the
 * hyphenated words the lexicon knows whole (compile.ts), designations that keep their desk.
 */
export function otherSenseWords(
  field: SentencedText,
  hyphenated: ReadonlySet<string> = new Set(),
): [number, number][] {
  const spans: [number, number][] = [
    ...stolenContests(field),
    ...disruptedTravel(field.text),
    ...factCheckVerdicts(field),
    ...numberedDesignations(field.text, hyphenated),
    ...hackerClaims(field),
    ...millionsCounted(field.text),
    ...travelWords(field.text),
  ];
  return spans.sort((a, b) => a[0] - b[0]).filter((span, i, all) => i === 0 || span[0] !== all[i - 1]?.[0]);
}
