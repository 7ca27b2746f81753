/**
 * A small, fully known news feed for the API tests: 48 articles, one every 12 hours from
 * 2026-11-01T00:00Z, with tags chosen by arithmetic on the index so every filter combination has a
 * different, predictable answer. The fake tagger (test/integration/support/fake-tagger.ts) turns the
 * `kind:value` words of the body into exactly these tags.
 */
export const ARTICLE_COUNT = 48;
export const FEED_KEY = 'feeds/2026-11.jsonl';
/** The one story of the feed without a title. */
export const UNTITLED = ARTICLE_COUNT - 1;

const ACME_UNITS = ['bank', 'foods', 'mining', 'labs', 'motors'];

export function publishedAt(i: number): string {
  return new Date(Date.UTC(2026, 10, 1) + i * 12 * 3600_000).toISOString();
}

/** Tag references (`kind|value`) of article `i`. */
export function tagsOf(i: number): string[] {
  const tags: string[] = [];
  if (i % 2 === 0) tags.push('country|US');
  if (i % 3 === 0) tags.push('country|FR');
  if (i % 4 === 0) tags.push('country|CN', 'pair|CN-US');
  if (i % 6 === 0) tags.push('pair|FR-US');
  tags.push(i % 5 === 0 ? 'topic|medtop:04000000' : 'topic|medtop:11000000');
  if (i % 2 === 1 || i % 8 === 0) tags.push('entity|person:alice-smith');
  if (i % 3 === 1) tags.push('entity|organization:acme-corp');
  if (i % 7 === 0) tags.push('entity|person:zoë-müller');
  if (i % 2 === 0) tags.push(`entity|organization:acme-${ACME_UNITS[(i / 2) % 5]}`);
  return tags;
}

export function articleId(i: number): string {
  return `wire-${String(i).padStart(3, '0')}`;
}

export function feedLines(): string {
  return Array.from({ length: ARTICLE_COUNT }, (_, i) =>
    JSON.stringify({
      id: articleId(i),
      // The last story has no headline: lists show its lead instead.
      ...(i === UNTITLED ? {} : { title: `Story ${i}` }),
      body: `Report number ${i}. ${tagsOf(i)
        .map((t) => t.replace('|', ':'))
        .join(' ')}`,
      publishedAt: publishedAt(i),
      source: 'Test Wire',
    }),
  ).join('\n');
}

/** Article ids matching every tag in `all`, published in [lower, upper], newest first. */
export function expectedArticles(all: readonly string[], lower = '', upper = '\uffff'): string[] {
  return Array.from({ length: ARTICLE_COUNT }, (_, i) => i)
    .filter((i) => all.every((t) => tagsOf(i).includes(t)))
    .filter((i) => publishedAt(i) >= lower && publishedAt(i) <= upper)
    .reverse()
    .map(articleId);
}

/** The country article `i` is about: the fake tagger puts the first country it lists in focus. */
export function focusCountryOf(i: number): string | undefined {
  return tagsOf(i).find((t) => t.startsWith('country|'));
}

/** Article ids about `country` (its `focus`) with every tag in `all`, newest first. */
export function expectedAbout(country: string, all: readonly string[] = []): string[] {
  return Array.from({ length: ARTICLE_COUNT }, (_, i) => i)
    .filter((i) => focusCountryOf(i) === `country|${country}` && all.every((t) => tagsOf(i).includes(t)))
    .reverse()
    .map(articleId);
}

/** Articles about `country` per publication day (only days with any). */
export function aboutByDay(country: string): Map<string, number> {
  const days = new Map<string, number>();
  for (let i = 0; i < ARTICLE_COUNT; i++) {
    if (focusCountryOf(i) !== `country|${country}`) continue;
    const day = publishedAt(i).slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/** Number of articles with `tag`. */
export function countOf(tag: string): number {
  return expectedArticles([tag]).length;
}
