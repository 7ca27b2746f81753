import type { Entity } from '../schema.js';
import { type SentencedText, sentenceTextAt } from '../text/sentences.js';

/**
 * Banks named as a deal's advisers, lead managers or underwriters (fixT48, wild48 ★2): "Goldman Sachs and Morgan
 * Stanley advised Unilever; JPMorgan advised Froneri", "the offer is being advised by Lazard", "Kotak and Axis are the
 * lead managers of the IPO". Wire copy closes every deal story so: the banks sell their counsel, the story is the deal
 * (a merger, a share sale), no banking news. The matcher skips their names there (match.ts `NAME_OTHER_SENSE`). The
 * firm advised keeps its name ("advised Unilever", "adviser to HSBC", "HSBC was advised by …").
 */
const ADVISING =
  /\b(?:advis(?:ed|es|ing|ers?|ors?|ory)|lead[- ]managers?|(?:joint\s+)?book-?runners?|underwrit(?:ers?|ing)|arrangers?|global\s+co-?ordinators?)\b/i;
/** A part of each of ADVISING's words: "advis", "manager", "runner", "underwrit", "arranger", "ordinator". */
const ADVISING_PART = /advis|manager|runner|underwrit|arranger|ordinator/i;
/** Before a mention: the one advised ("advised Unilever", "advising the", "adviser to", "acting for"). */
const ADVISED_BEFORE = /\b(?:advis(?:e|ed|es|ing)|to|for|on\s+behalf\s+of)\s+(?:the\s+)?$/i;
/** After a mention: the one advised ("HSBC was advised by", "Barclays is being advised"). */
const ADVISED_AFTER =
  /^\s+(?:(?:is|was|were|are|has|have|had|been|being|also|reportedly)\s+){1,3}advised\b|^\s+(?:hired|appointed|retained|mandated|picked|chose|tapped)\b/i;

/**
 * [start, end) of each mention in the field of a financial firm (`financier`, by its name) that advises, manages or
 * underwrites in its sentence, in text order.
 */
export function adviserBanks(
  field: SentencedText,
  name: 'title' | 'body',
  entities: readonly Entity[],
  financier: (mention: string) => boolean,
): [number, number][] {
  const { text } = field;
  // Each of ADVISING's words holds one of ADVISING_PART's: most fields have none, and the long pattern is not run
  // (nor compiled: V8 compiles a pattern the first time it runs).
  if (!ADVISING_PART.test(text) || !ADVISING.test(text)) return [];
  const spans: [number, number][] = [];
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    for (const m of entity.mentions) {
      if (m.field !== name || !financier(text.slice(m.start, m.end))) continue;
      if (!ADVISING.test(sentenceTextAt(field, m.start) ?? '')) continue;
      if (ADVISED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
      if (ADVISED_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      spans.push([m.start, m.end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
