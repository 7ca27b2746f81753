import type { TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
import type { CountryMention } from './mentions.js';

/** Kinds of mention that can be items of a list of countries: the country's name or code ("U.S."). */
const AS_ITSELF: ReadonlySet<string> = new Set(['name', 'code']);
/**
 * Between two items: a comma, "and", "or" or "&" ("Japan, Britain and the Netherlands"), after figures and
 * lower-case words in a figures line ("China (419,000 tonnes), Egypt (301,000)", "Spain with 91,000 tonnes of wheat,
 * the Soviet Union 147,000"); no other name (a capital letter) and no paragraph break.
 */
const LIST_GAP = /^[^A-Z]{0,60}?(?:,|;|\b(?:and|or)|&)\s*(?:the\s+)?$/;
const MAX_GAP = 60;

/**
 * The runs of countries named in the body as items of one list (`reported-lists.ts`, `long-lists.ts`): mentions
 * of a country by its name or code, in one sentence, joined by list gaps, in text order. None when the body names
 * fewer than `fewest` countries that way (no run could be long enough).
 */
export function countryListRuns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  fewest: number,
): CountryMention[][] {
  const items = mentions.filter((m) => m.field === 'body' && AS_ITSELF.has(m.kind) && !m.currency);
  if (items.length < fewest) return [];
  items.sort((a, b) => a.start - b.start);
  const text = doc.body.text;
  const sentences = doc.body.sentences;
  const runs: CountryMention[][] = [];
  let run: CountryMention[] = [];
  for (const m of items) {
    const prev = run[run.length - 1];
    if (
      prev &&
      m.start > prev.end &&
      listGap(text.slice(prev.end, m.start)) &&
      sentenceIndex(sentences, prev.start) === sentenceIndex(sentences, m.start)
    ) {
      run.push(m);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [m];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const listGap = (gap: string) => gap.length <= MAX_GAP && LIST_GAP.test(gap) && !gap.includes('\n\n');
