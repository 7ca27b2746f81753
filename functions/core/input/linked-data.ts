/**
 * schema.org vocabulary as pages (JSON-LD in HTML) and CMS exports (a NewsArticle as a .json file) write
 * it: a graph of typed items whose people and organisations are objects with a `name`. Shared by the HTML
 * and JSON readers; no parser here, so the JSON path stays free of the HTML parser.
 */

/** A JSON-LD document's items: the document itself, array members and `@graph` members, depth first. */
export function flattenGraph(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenGraph);
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return [record, ...(record['@graph'] ? flattenGraph(record['@graph']) : [])];
}

function typesOf(item: Record<string, unknown>): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Whether a linked-data item is a story: NewsArticle, Article, BlogPosting, ReportageNewsArticle… */
export function isArticleItem(item: Record<string, unknown>): boolean {
  return typesOf(item).some((t) => /Article|Posting|Report/.test(t));
}

/**
 * The story items of a JSON-LD document, articles first: a page's graph may list a "Report" or a
 * "BlogPosting" (a related item) before its NewsArticle.
 */
export function articleItems(data: unknown): Record<string, unknown>[] {
  const items = flattenGraph(data).filter(isArticleItem);
  const isArticle = (item: Record<string, unknown>) => typesOf(item).some((t) => t.endsWith('Article'));
  return [...items.filter(isArticle), ...items.filter((item) => !isArticle(item))];
}

/** The name of a person or organisation: a string, `{name}`, or the first of a list of those. */
export function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as Record<string, unknown>).name);
  return stringOf(value);
}

/** Every name of a list of people (`author: [{name}, {name}]`), joined as a byline would: "A, B". */
export function namesOf(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map((item) => nameOf(item))
    .filter((name) => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** schema.org `articleBody` as text: a string, or a list of paragraphs. */
export function articleBodyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  const paragraphs = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/**
 * A LiveBlogPosting's `liveBlogUpdate` as text: each update's headline and body (`articleBody`, else `text`), in the
 * order the page lists them, as paragraphs. A live blog that scripts fill in keeps its story only there (review63:
 * the page failed EMPTY).
 */
export function liveBlogBodyOf(value: unknown): string | undefined {
  const updates = (Array.isArray(value) ? value : [value]).filter(
    (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
  );
  const paragraphs = updates.flatMap((update) =>
    [stringOf(update.headline), articleBodyOf(update.articleBody) ?? stringOf(update.text)].filter(
      (text): text is string => text !== undefined && text.trim() !== '',
    ),
  );
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}
