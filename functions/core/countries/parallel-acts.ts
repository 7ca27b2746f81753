import type { Country, Mention } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';

/**
 * "Oil rose as Ukrainian drone attacks on Russian ports and U.S. pressure on Venezuela added to supply concerns",
 * "Gold rose as Israel's strikes on Qatar and China's curbs on Japan unsettled investors": market wraps give two
 * acts of one country on another side by side, joined by "and" (wild49 C10). Each act links its own two; a country
 * of one act and a country of the other are only named in one sentence, side by side, as list mates are (pairs.ts
 * caps such a pair at the list score unless another sentence links them).
 */

/** Between an act's owner and its object: "'s strikes on ", " drone attacks on ", " pressure on " (no comma, no "and"). */
const ACT_BETWEEN =
  /^(?:['\u2019]s)?\s+(?:(?!and\b|or\b)[\w%.-]+\s+){1,4}(?:on|against|over|into|at|toward|towards)\s+(?:the\s+)?$/i;
/** Between the first act's object and the second act's owner: " ports and ", " and ", ", and the ". */
const ACTS_JOINED = /^(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,3},?\s+(?:and|while|as\s+well\s+as)\s+(?:the\s+)?$/;

/** A mention's bounds and country. */
type Coded = Pick<Mention, 'start' | 'end'> & { readonly code: string };
/ (?:and|while) [\s\S]* (?:on|against|over|into|at|toward|towards) | (?:on|against|over|into|at|toward|towards) [\s\S]* (?:and|while) /;

/** A preposition of an act (one pass, no backtracking across the text). */
const ACT_PREPOSITION = / (?:on|against|over|into|at|toward|towards) /;

/** A pair of two acts' countries set side by side in a body sentence (its index). */
export interface SideBySide {
  readonly a: string;
  readonly b: string;
  readonly sentence: number;
}

/** The cross pairs of every two acts of one country on another that a body sentence joins by "and". */
export function parallelActs(doc: TagDocument, countries: readonly Country[]): SideBySide[] {
  if (countries.length < 3) return [];
  const text = doc.body.text;
  // Most stories join no two such acts: a cheap look for the words first (a page in another script has none).
  if (!(text.includes(' and ') || text.includes(' while ')) || !ACT_PREPOSITION.test(text)) return [];
  const mentions: Coded[] = [];
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'body') mentions.push({ start: m.start, end: m.end, code: c.code });
  if (mentions.length < 4) return [];
  mentions.sort((x, y) => x.start - y.start);
  const out: SideBySide[] = [];
  const acts = (x: Coded, y: Coded) =>
    x.code !== y.code && y.start - x.end <= 48 && ACT_BETWEEN.test(text.slice(x.end, y.start));
  for (let i = 0; i + 3 < mentions.length; i++) {
    const [x1, y1, x2, y2] = [mentions[i]!, mentions[i + 1]!, mentions[i + 2]!, mentions[i + 3]!];
    if (!acts(x1, y1) || !acts(x2, y2)) continue;
    if (x2.start - y1.end > 40 || !ACTS_JOINED.test(text.slice(y1.end, x2.start))) continue;
    const sentence = sentenceIndex(doc.body.sentences, x1.start);
    if (sentence !== sentenceIndex(doc.body.sentences, y2.start)) continue;
    const own = new Set([key(x1.code, y1.code), key(x2.code, y2.code)]);
    for (const p of [x1, y1])
      for (const q of [x2, y2])
        if (p.code !== q.code && !own.has(key(p.code, q.code))) out.push({ a: p.code, b: q.code, sentence });
  }
  return out;
}

const key = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);
