import type { ArticleInput, Mention, TagResult } from './schema.js';
import { givenOffset, type VisibleText, visibleText } from './text/invisibles.js';

/** The fields of an article that held invisible characters, read without them (text/invisibles.ts). */
export interface VisibleFields {
  readonly title: VisibleText | undefined;
  readonly body: VisibleText | undefined;
}

/** The article without invisible characters in its title, body and dateline, or undefined when it has none. */
export function visibleArticle(
  article: ArticleInput,
): { article: ArticleInput; fields: VisibleFields } | undefined {
  const title = article.title === undefined ? undefined : visibleText(article.title);
  const body = visibleText(article.body);
  const dateline = article.dateline === undefined ? undefined : visibleText(article.dateline);
  if (title === undefined && body === undefined && dateline === undefined) return undefined;
  const visible: ArticleInput = { ...article, body: body?.text ?? article.body };
  if (title !== undefined) visible.title = title.text;
  if (dateline !== undefined) visible.dateline = dateline.text;
  return { article: visible, fields: { title, body } };
}

/**
 * The result with every span pointing into the article as it was given: offsets moved past the invisible characters,
 * each span's text sliced again (so `field.slice(start, end) === text` holds for the caller's own strings). New
 * objects throughout: a mention may be shared by an entity and a country.
 */
export function withGivenOffsets(result: TagResult, fields: VisibleFields, given: ArticleInput): TagResult {
  const moved = new Map<Mention, Mention>();
  const move = (m: Mention): Mention => {
    const visible = m.field === 'title' ? fields.title : fields.body;
    if (visible === undefined) return m;
    let out = moved.get(m);
    if (out === undefined) {
      const start = givenOffset(visible, m.start, 'start');
      const end = givenOffset(visible, m.end, 'end');
      const text = (m.field === 'title' ? (given.title ?? '') : given.body).slice(start, end);
      out = { field: m.field, start, end, text };
      moved.set(m, out);
    }
    return out;
  };
  return {
    ...result,
    entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.map(move) })),
    countries: result.countries.map((c) => ({ ...c, mentions: c.mentions.map(move) })),
    countryPairs: result.countryPairs.map((p) => ({ ...p, evidence: p.evidence.map(move) })),
  };
}
