import { datelineCountry } from './countries/dateline-place.js';
import { linkCountryPairs } from './countries/pairs.js';
import { resolveCountries } from './countries/resolve.js';
import { languageNeutralEntities } from './entities/neutral.js';
import { recognizeEntities } from './entities/recognize.js';
import { reconcilePlaces } from './entities/reconcile.js';
import type { ArticleInput, TagResult } from './schema.js';
import { prepareDocument } from './text/document.js';
import { detectLanguage } from './text/language.js';
import { scoreTopics } from './topics/score.js';
import { TAGGER_VERSION } from './version.js';

/**
 * Tags one article: entities, countries, country pairs and IPTC topics, each with evidence.
 * Pure, synchronous and deterministic: no I/O, no clock, no environment.
 */
export function tagArticle(article: ArticleInput): TagResult {
  const language = article.language ?? detectLanguage(`${article.title ?? ''}\n${article.body}`);
  const doc = prepareDocument({
    title: article.title,
    body: article.body,
    dateline: article.dateline,
    language,
  });
  const entities = languageNeutralEntities(recognizeEntities(doc), language);
  const countries = resolveCountries(doc, entities);
  const countryPairs = linkCountryPairs(doc, countries);
  const topics = scoreTopics(doc, entities, countries);
  return {
    ...(article.id !== undefined ? { id: article.id } : {}),
    language,
    taggerVersion: TAGGER_VERSION,
    ...(doc.dateline ? { dateline: describeDateline(doc.dateline) } : {}),
    entities: reconcilePlaces(entities, countries),
    countries,
    countryPairs,
    topics,
  };
}

function describeDateline(dateline: { text: string; place: string }): NonNullable<TagResult['dateline']> {
  const countryCode = datelineCountry(dateline.place);
  return { text: dateline.text, place: dateline.place, ...(countryCode ? { countryCode } : {}) };
}
