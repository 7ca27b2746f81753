import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { isSubject } from './short-story.js';

/**
 * The country a headline opens with as its subject when the headline ends by naming who reports it: "North Korea
 * sends more troops to Russia, Seoul says", "Iran sends drones to Russia, Kyiv says". The story is the subject's,
 * first; the reporter (often the dateline's country) and the country acted on rank after it (review33 ★C4: the
 * subject ranked third, below Russia and South Korea, in both). Undefined when the headline opens otherwise, is in
 * capitals, names no reporter of another country after its last comma, or is not in English; and when the subject
 * attacks ("Russia hits Ukraine power grid with 400 drones, Kyiv says"): the country struck, reporting, keeps its rank.
 */
export function reportedHeadlineSubject(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): string | undefined {
  if (doc.language !== 'en' || doc.titleIsAllCaps) return undefined;
  const text = doc.title.text;
  const trailer = REPORTED_BY.exec(text);
  if (!trailer) return undefined;
  const inTitle = titleCountriesInOrder(mentions);
  const first = inTitle[0];
  if (!first || first.start >= trailer.index || !isSubject(first, 0, inTitle, text)) return undefined;
  if (ATTACKS_AFTER.test(text.slice(first.end, first.end + 30))) return undefined;
  const reporter = inTitle.find((m) => m.start > trailer.index);
  return reporter && reporter.code !== first.code ? first.code : undefined;
}

/** The title's country mentions but currencies ("yen", "euro"), in the order the title writes them. */
export function titleCountriesInOrder(mentions: readonly CountryMention[]): CountryMention[] {
  return mentions.filter((m) => m.field === 'title' && !m.currency).sort((a, b) => a.start - b.start);
}

// ", Seoul says", ", South Korea's spy agency says", ", U.S. officials said": who reports the headline's news.
const REPORTED_BY = /,\s+(?:[\w.'\u2019-]+\s+){1,4}(?:says|said|claims|reports)\s*$/;
// "Russia hits", "China fires missiles", "Israel strikes": an attack, reported by the country attacked.
export const ATTACKS_AFTER =
  /^(?:['\u2019]s(?:\s+[a-z]+)?)?\s+(?:hits?|strikes?|attacks?|fires?|shells?|bombs?|pounds?|launch(?:es)?|targets?|kills?|invades?|shoots?|raids?|seizes?)\b/;
