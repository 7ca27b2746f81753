import { clauseListsOutOfFocus } from './countries/clause-lists.js';
import { namesPlace, namesWriterAndTown } from './countries/dateline-place.js';
import { focusFirst } from './countries/focus-first.js';
import { storyDatelineCountry } from './countries/georgia-dateline.js';
import { bodyOrganizations } from './countries/implicit-targets.js';
import { linkCountryPairs } from './countries/pairs.js';
import { playersPeopleInFocus } from './countries/player-peoples.js';
import { peopleSpans } from './countries/players.js';
import { focusDominantCountry, focusLeadCountry, resolveCountries } from './countries/resolve.js';
import { withRoundUpShares } from './countries/round-ups.js';
import { venuesOutOfFocus } from './countries/venues.js';
import { withLocalNamedPlaces } from './entities/local-places.js';
import { languageNeutralEntities } from './entities/neutral.js';
import { recognizeEntities } from './entities/recognize.js';
import { reconcilePlaces } from './entities/reconcile.js';
import { visibleArticle, withGivenOffsets } from './given-offsets.js';
import type { ArticleInput, TagResult } from './schema.js';
import { prepareDocument } from './text/document.js';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from './text/language.js';
import { scoreTopics } from './topics/score.js';
import { TOP_LEVEL } from './topics/taxonomy.js';
import { TAGGER_VERSION } from './version.js';

/**
 * Tags one article: entities, countries, country pairs and IPTC topics, each with evidence.
 * Pure, synchronous and deterministic: no I/O, no clock, no environment.
 */
export function tagArticle(article: ArticleInput): TagResult {
  const visible = visibleArticle(article);
  return visible === undefined
    ? tagVisibleArticle(article)
    : withGivenOffsets(tagVisibleArticle(visible.article), visible.fields, article);
}

/** `tagArticle` on text without invisible characters (text/invisibles.ts). */
function tagVisibleArticle(article: ArticleInput): TagResult {
  // Detection reads the start of the text only: no need to join a whole long body to the title for it.
  // The result gives ISO 639-1 (README): a page's "en-GB" is English, "pt-BR" Portuguese.
  const language =
    primaryLanguage(article.language) ??
    detectLanguage(`${article.title ?? ''}\n${article.body.slice(0, LANGUAGE_SAMPLE_CHARS)}`);
  const doc = prepareDocument({
    title: article.title,
    body: article.body,
    dateline: article.dateline,
    language,
    isPlace: namesPlace,
    writerAndTown: namesWriterAndTown,
  });
  const entities = languageNeutralEntities(recognizeEntities(doc), language, {
    title: doc.title.text,
    body: doc.body.text,
  });
  const named = resolveCountries(doc, entities);
  const topics = scoreTopics(doc, entities, named);
  const sport = topics.find((t) => t.level === 1)?.id === TOP_LEVEL.sport;
  const led = focusLeadCountry(doc, named, sport);
  const people = sport ? peopleSpans(entities) : undefined;
  // "The 22-year-old Spaniard": the headline's players' countries, named by their people's words (player-peoples.ts).
  const countries = people
    ? playersPeopleInFocus(doc, venuesOutOfFocus(doc, led), people)
    : clauseListsOutOfFocus(doc, focusDominantCountry(led, doc));
  const countryPairs = linkCountryPairs(
    doc,
    countries,
    people ? { sport, people } : { sport, organizations: bodyOrganizations(entities) },
  );
  // Built property by property in the result's key order (id, language, taggerVersion, dateline,
  // entities, …): an object literal spreading optional parts in front of more properties costs more.
  const result = (
    article.id !== undefined
      ? { id: article.id, language, taggerVersion: TAGGER_VERSION }
      : { language, taggerVersion: TAGGER_VERSION }
  ) as TagResult;
  if (doc.dateline) result.dateline = describeDateline(doc.dateline, storyDatelineCountry(doc));
  result.entities = reconcilePlaces(
    withLocalNamedPlaces(entities, countries, language, { title: doc.title.text, body: doc.body.text }),
    countries,
    doc.dateline,
    doc.body.text,
    sport,
  );
  // Listed by salience with the countries in focus first (focus-first.ts), after the pairs read the saliences;
  // a round-up's example named once is not its first country (round-ups.ts).
  result.countries = focusFirst(withRoundUpShares(doc, countries, sport), doc.dateline);
  result.countryPairs = countryPairs;
  result.topics = topics;
  return result;
}

/** The primary subtag of a BCP 47 tag, lower-cased: "en-GB" → "en". */
function primaryLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

function describeDateline(
  dateline: { text: string; place: string },
  countryCode: string | undefined,
): NonNullable<TagResult['dateline']> {
  return countryCode
    ? { text: dateline.text, place: dateline.place, countryCode }
    : { text: dateline.text, place: dateline.place };
}
