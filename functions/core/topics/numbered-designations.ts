import { wordKey } from './compile.js';

/**
 * A model's or a flight's designation (wild44 item 17): "48 FA-50 fighter jets" are no Football Association, an "AI-171"
 * flight no artificial intelligence, an "IT-2" rifle no computing. Capitals glued by a hyphen to a number name a
 * machine or a flight; the capitals are skipped. Names whose number is their edition or their strain keep their word:
 * COVID-19, SARS-CoV-2, COP-28, G-20, GROUP-77, EU-27, HIV-1, HPV-16, PD-1, IL-6 (read44); and so does a designation the lexicon writes whole ("F-35s" are
 * defence, "GLP-1" drugs health).
 *
 * Split out of other-sense-words.ts (tidy44); the matcher skips the spans (match.ts `NAME_OTHER_SENSE`).
 */

/** Capitals, a hyphen and a number: "FA-50", "AI-171", "MQ-9B". */
const DESIGNATION = /\b([A-Z]{1,5})-\d+[A-Za-z]?\b/g;
/** Capitals whose number is an edition, a strain or a count of members. */
const NUMBERED_NAMES = new Set([
  'COVID',
  'SARS',
  'MERS',
  'COP',
  'G',
  'GROUP',
  'EU',
  'UN',
  'ATP',
  'WTA',
  'UFC',
  'WWE',
  'HIV',
  'HPV',
  'HSV',
  'HTLV',
  'RSV',
  'PD',
  'IL',
  'CD',
]);

/**
 * [start, end) of the capitals of each designation, in text order. `hyphenated`: the keys of the hyphenated words the
 * lexicon knows whole (compile.ts), designations that keep their desk.
 */
export function numberedDesignations(text: string, hyphenated: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('-')) {
    DESIGNATION.lastIndex = 0;
    for (let m = DESIGNATION.exec(text); m !== null; m = DESIGNATION.exec(text)) {
      const letters = m[1] ?? '';
      if (!NUMBERED_NAMES.has(letters) && !hyphenated.has(wordKey(m[0])))
        spans.push([m.index, m.index + letters.length]);
    }
  }
  return spans;
}
