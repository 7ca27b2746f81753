import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { opensOfficeHolder } from './leaders.js';

/**
 * "Investors awaited a meeting between U.S. President Donald Trump and Chinese President Xi Jinping", "talks between
 * Indian Prime Minister Narendra Modi and Pakistan": a word of meeting or relation sets two countries' office holders
 * on either side of "between … and". Such a sentence speaks of the two countries' relation, as "talks between Japan
 * and the United States" does (pairs.ts coordinates those), though an office and a name stand between them.
 */
const RELATION_BETWEEN_BEFORE =
  /\b(?:meetings?|talks|summit|(?:phone\s+)?call|deal|agreement|accord|ties|relations|tensions|rivalry|feud|handshake|encounter|negotiations|dispute|contacts?)\s+between\s+(?:the\s+)?$/i;
/** After the first office holder: more of the name and nothing but "and" before the second country. */
const THEN_AND = /^[^,.;:()\n]{0,40}\band\s+(?:the\s+)?$/;

/** The two codes of each such sentence, the first as its country is named first. */
export function leadersBetween(doc: TagDocument, countries: readonly Country[]): [string, string][] {
  if (countries.length < 2) return [];
  const out: [string, string][] = [];
  for (const field of ['title', 'body'] as const) {
    const text = fieldOf(doc, field).text;
    if (!text.includes('between')) continue;
    const named: [Mention, string][] = [];
    for (const c of countries) for (const m of c.mentions) if (m.field === field) named.push([m, c.code]);
    named.sort((x, y) => x[0].start - y[0].start);
    for (let i = 0; i + 1 < named.length; i++) {
      const [m1, code1] = named[i]!;
      // The holder's name may count for the country too ("Donald Trump"): the next country is the other side.
      let j = i + 1;
      while (j < named.length && named[j]![1] === code1) j++;
      if (j === named.length) break;
      const [m2, code2] = named[j]!;
      if (!RELATION_BETWEEN_BEFORE.test(text.slice(Math.max(0, m1.start - 40), m1.start))) continue;
      if (!opensOfficeHolder(text, m1.end)) continue;
      if (!THEN_AND.test(text.slice(m1.end, m2.start))) continue;
      out.push([code1, code2]);
    }
  }
  return out;
}
