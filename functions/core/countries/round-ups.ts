import type { Country } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import { packedMap } from '../text/packed-map.js';
import { sentenceIndex } from '../text/sentences.js';
import { countryWith } from './country-copy.js';
import { isSurvey, reportedInBody, surveyView } from './survey.js';

/**
 * "World food prices fell … on ample supplies from Brazil and India … strong demand in the United States and
 * China … maize up more than 20% in Malawi and Zimbabwe": a survey (survey.ts) puts every country it reports on
 * in focus, as wire indexers file such a story (reuters-dev's short surveys: every surveyed country in the gold),
 * but a country it names in one sentence only is an example of the round-up's trend, not its subject: all seven
 * stood at salience 1, each as the story's first country (review31 ★4). Such a country keeps this share of its
 * salience in the result; one the survey comes back to keeps all of it. Applied after the pairs (pairs.ts reads
 * a survey's saliences to link its countries), so focus and pairs are unchanged.
 */
export const ONCE_SURVEYED_SHARE = 0.5;

export function withRoundUpShares(doc: TagDocument, countries: Country[], sport: boolean): Country[] {
  if (sport || countries.length < 2) return countries;
  if (!isSurvey(surveyView(countries), doc.body.sentences, doc.body.text)) return countries;
  return packedMap(countries, (c) =>
    c.focus && reportedInBody(c.mentions) && namedInOneSentence(doc, c)
      ? countryWith(c, { salience: Math.round(c.salience * ONCE_SURVEYED_SHARE * 1000) / 1000 })
      : c,
  );
}

/** Whether the body names the country, past the dateline, in one sentence only. */
function namedInOneSentence(doc: TagDocument, c: Country): boolean {
  let only = -1;
  for (const m of c.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (m.field !== 'body') return false;
    const s = sentenceIndex(doc.body.sentences, m.start);
    if (only >= 0 && s !== only) return false;
    only = s;
  }
  return only >= 0;
}
