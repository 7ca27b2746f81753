import type { TagDocument } from '../text/document.js';
import { firstSentenceEndingAfter } from '../text/sentences.js';
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
 *
 * The same share-out with the amount before the country (2026-12-05, pairs39): "would offer vegetable oil to four
 * countries, including 80,000 tonnes to Turkey and 60,000 tonnes to Algeria, Morocco and Tunisia", "will give 1.2
 * billion euros to Poland, 600 million euros to Romania and 450 million euros to Slovakia", "approved 15 mln dlrs of
 * loans each for Turkey, Morocco and Jordan, 16 mln dlrs for Algeria". Two amounts at least, each with its "to" or
 * "for" and country (a list right after one shares it: "to Algeria, Morocco and Tunisia"), three countries, and a
 * word of giving out in the sentence; "exports rose 12% to China, 8% to Japan" gives nothing out.
 */

// Three shares at least: two are a comparison ("in Japan 4 pct, in Korea 3 pct").
const MIN_SHARES = 3;
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;
const ALLOTTING =
  /\b(?:receiv(?:e|es|ed|ing)|got|allocat(?:ed|ion|ions)|allott?(?:ed|ment|ments)|awarded|granted|quotas?|licen[cs]es|tenders?)\b/i;
const QUANTITY_AFTER = /^\s+(?:received\s+|got\s+|were\s+allocated\s+)?\d/i;

/** An amount, then "to"/"for" right before the country: "60,000 tonnes to ", "15 mln dlrs of loans each for the ". */
const AMOUNT_TO_BEFORE =
  /(?<![\w.,])(\d(?:[\d.,]*\d)?)(?:\s*%|\s+[A-Za-z$\u20ac\u00a3]+(?:\s+[A-Za-z$\u20ac\u00a3]+){0,5})?\s+(?:to|for)\s+(?:the\s+)?$/;
/** A year is no amount: "the 2025 visit to France". */
const YEAR = /^(?:19|20)\d\d$/;
/** A list mate of the share before: "to Algeria, Morocco and Tunisia". */
const LIST_MATE_BEFORE = /^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/;
const GIVING_OUT =
  /\b(?:receiv(?:e|es|ed|ing)|allocat(?:e|es|ed|ion|ions)|allott?(?:ed|ment|ments)|award(?:s|ed)?|grant(?:s|ed)?|loans?|lend(?:s|ing)?|lent|aid|offer(?:s|ed)?|give[sn]?|gave|disburs(?:e|es|ed|ing|ement)|earmark(?:s|ed)?|quotas?|licen[cs]es|tenders?)\b/i;

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
    const sentence = firstSentenceEndingAfter(doc.body.sentences, m.start);
    bySentence ??= new Map();
    let codes = bySentence.get(sentence);
    if (!codes) {
      codes = new Set();
      bySentence.set(sentence, codes);
    }
    codes.add(m.code);
  }
  if (bySentence)
    for (const [index, codes] of bySentence) {
      if (codes.size < MIN_SHARES) continue;
      const sentence = doc.body.sentences[index];
      if (sentence && ALLOTTING.test(text.slice(sentence.start, sentence.end))) return codes;
    }
  return amountsToCountries(doc, mentions);
}

/** The countries a body sentence gives amounts to ("<amount> to <country>"), when it gives two or more to three. */
function amountsToCountries(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  const text = doc.body.text;
  let sentence = -1;
  let codes = new Set<string>();
  let amounts = 0;
  let previous: CountryMention | undefined;
  const inBody = mentions.filter((m) => m.field === 'body' && m.kind !== 'demonym' && !m.currency);
  for (const m of inBody.sort((a, b) => a.start - b.start)) {
    const index = firstSentenceEndingAfter(doc.body.sentences, m.start);
    if (index !== sentence) {
      if (enoughShares(doc, sentence, codes, amounts)) return codes;
      sentence = index;
      codes = new Set();
      amounts = 0;
      previous = undefined;
    }
    const start = doc.body.sentences[index]?.start ?? 0;
    const amount = AMOUNT_TO_BEFORE.exec(text.slice(Math.max(start, m.start - 60), m.start))?.[1];
    if (amount !== undefined && !YEAR.test(amount)) {
      codes.add(m.code);
      amounts++;
      previous = m;
    } else if (previous && LIST_MATE_BEFORE.test(text.slice(previous.end, m.start))) {
      codes.add(m.code);
      previous = m;
    } else previous = undefined;
  }
  return enoughShares(doc, sentence, codes, amounts) ? codes : NO_CODES;
}

function enoughShares(doc: TagDocument, index: number, codes: ReadonlySet<string>, amounts: number): boolean {
  const sentence = doc.body.sentences[index];
  return (
    sentence !== undefined &&
    amounts >= 2 &&
    codes.size >= MIN_SHARES &&
    GIVING_OUT.test(doc.body.text.slice(sentence.start, sentence.end))
  );
}

const NO_CODES: ReadonlySet<string> = new Set();
