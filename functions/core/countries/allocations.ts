import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * A sentence that shares a quantity out among countries in turn: "Out of this, traders in the U.K. received
 * 43,500 tonnes, in the Netherlands 12,000, in Denmark 4,000 and in West Germany 1,000 tonnes." The story
 * reports on each country it gives a share to, as a survey does on its members, so each is in focus (and
 * the story's countries pair with one another as those of any story about several). Reuters indexes such
 * allocations in full (reuters-dev: 22 of 26 countries so listed are in the gold); a list of exports by
 * destination ("shipments to Japan and Korea") is no allocation and is left to the survey and roster rules.
 * The sentence must say that the quantity is given out ("received", "allocated", "awarded", a quota, a
 * tender): a firm's sales by market ("sales in the United States 32,000 cars, in China 41,000 and in Germany
 * 18,000", read23 F12) or deaths by country are figures about the firm or the disease, not a share-out.
 */

// Three shares at least: two are a comparison ("in Japan 4 pct, in Korea 3 pct").
const MIN_SHARES = 3;
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;
const ALLOTTING =
  /\b(?:receiv(?:e|es|ed|ing)|got|allocat(?:ed|ion|ions)|allott?(?:ed|ment|ments)|awarded|granted|quotas?|licen[cs]es|tenders?)\b/i;
const QUANTITY_AFTER = /^\s+(?:received\s+|got\s+|were\s+allocated\s+)?\d/i;

/** Whether the mention at start..end opens a share: "in <country> <number>". */
function opensShare(text: string, start: number, end: number): boolean {
  // A space or a line break right after the name, and a digit or a verb of receiving soon after.
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  if (next !== 32 && next !== 10) return false;
  return (
    QUANTITY_AFTER.test(text.slice(end, end + 24)) &&
    IN_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** The countries a body sentence gives shares of a quantity to, when one gives three or more. */
export function allocatedCodes(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  const text = doc.body.text;
  let bySentence: Map<number, Set<string>> | undefined;
  for (const m of mentions) {
    if (m.field !== 'body' || m.kind === 'demonym' || !opensShare(text, m.start, m.end)) continue;
    const sentence = doc.body.sentences.findIndex((s) => s.end > m.start);
    bySentence ??= new Map();
    let codes = bySentence.get(sentence);
    if (!codes) {
      codes = new Set();
      bySentence.set(sentence, codes);
    }
    codes.add(m.code);
  }
  if (!bySentence) return NO_CODES;
  for (const [index, codes] of bySentence) {
    if (codes.size < MIN_SHARES) continue;
    const sentence = doc.body.sentences[index];
    if (sentence && ALLOTTING.test(text.slice(sentence.start, sentence.end))) return codes;
  }
  return NO_CODES;
}

const NO_CODES: ReadonlySet<string> = new Set();
