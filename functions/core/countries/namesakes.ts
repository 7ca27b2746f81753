import type { TagDocument } from '../text/document.js';
import type { Sentence } from '../text/sentences.js';
import { cityNamesakes, keyOf, lookupPlace } from './gazetteer.js';
import type { CountryMention } from './mentions.js';

/**
 * A namesake as big as a tenth of the city the name stands for alone can be meant by a sentence that
 * names its country ("Tripoli in northern Lebanon", "Venezuelan protesters rallied in Valencia"); a
 * smaller one only by a state or province of its country ("London … Ontario"): "Chilean officials flew
 * to Los Angeles" is still California's city.
 */
const SENTENCE_RATIO = 0.1;

/**
 * Cities that share their name with a big city of another country ("San Jose" of Costa Rica and of
 * California, "London" of England and of Ontario, "Tripoli" of Libya and of Lebanon) are the namesake's
 * when the article places them there and never names the country of the city the name stands for
 * alone: the namesake's country names a state or province of its own anywhere in the article ("a San
 * Jose startup … expand into Texas"), its dateline ("SAN JOSE, Calif."), or the country in a sentence
 * that names the city ("Clashes in Lebanon's Tripoli"). Reuters' bare "SAN JOSE" datelines stay Costa
 * Rica's: the dateline names the country the name stands for.
 */
export function settleNamesakes(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  let settled: CountryMention[] | undefined;
  const decided = new Map<string, string | undefined>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'city' || isInlineDateline(doc, m)) continue;
    const key = keyOf(m.text);
    if (!decided.has(key)) decided.set(key, namesakeCountry(doc, mentions, m, key, datelineCode));
    const code = decided.get(key);
    if (code === undefined) continue;
    settled ??= [...mentions];
    settled[i] = { ...m, code };
  }
  return settled ?? mentions;
}

function namesakeCountry(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  city: CountryMention,
  key: string,
  datelineCode: string | undefined,
): string | undefined {
  const namesakes = cityNamesakes(key);
  if (namesakes.length === 0) return undefined;
  const others = mentions.filter((o) => keyOf(o.text) !== key);
  if (datelineCode === city.code || others.some((o) => o.code === city.code)) return undefined;
  const main = lookupPlace(key)?.population ?? 0;
  const found: string[] = [];
  for (const { countryCode: code, population } of namesakes) {
    const placed =
      datelineCode === code ||
      others.some((o) => o.code === code && isRegion(o)) ||
      (population >= SENTENCE_RATIO * main &&
        others.some((o) => o.code === code && sharesSentence(doc, o, key, mentions)));
    if (placed) found.push(code);
  }
  return found.length === 1 ? found[0] : undefined;
}

function isRegion(m: CountryMention): boolean {
  return m.kind === 'region' || m.kind === 'abbreviation';
}

/** A sentence holds both the country mention and a mention of the city. */
function sharesSentence(
  doc: TagDocument,
  country: CountryMention,
  key: string,
  mentions: readonly CountryMention[],
): boolean {
  const sentence = sentenceOf(doc, country);
  return mentions.some(
    (c) => c.field === country.field && keyOf(c.text) === key && sentenceOf(doc, c) === sentence,
  );
}

function sentenceOf(doc: TagDocument, m: CountryMention): Sentence | undefined {
  if (m.field === 'title') return undefined;
  return doc.body.sentences.find((s) => s.start <= m.start && m.start < s.end);
}

function isInlineDateline(doc: TagDocument, m: CountryMention): boolean {
  const dl = doc.dateline;
  return m.field === 'body' && dl?.end !== undefined && m.start < dl.end;
}
