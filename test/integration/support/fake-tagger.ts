import type { ArticleInput, TagResult } from '../../../functions/core/schema.js';

/**
 * A deterministic stand-in for the tagger, so ingest tests control exactly which tags an article has
 * (and do not move when the real tagger improves). The body lists tags as words:
 * `country:FR`, `topic:medtop:11000000`, `pair:DE-FR`, `entity:person:alice-smith`.
 * A body containing `tagger:explode` makes it throw.
 */
export function fakeTag(article: ArticleInput): TagResult {
  const text = `${article.title ?? ''} ${article.body}`;
  if (text.includes('tagger:explode')) throw new Error('the tagger exploded');
  const words = text.split(/\s+/);
  const values = (prefix: string) => [
    ...new Set(
      words.filter((w) => w.startsWith(prefix)).map((w) => w.slice(prefix.length).replace(/[.,;]$/, '')),
    ),
  ];
  const mention = (t: string) => ({ field: 'body' as const, start: 0, end: t.length, text: t });
  return {
    ...(article.id ? { id: article.id } : {}),
    language: article.language ?? 'en',
    taggerVersion: 'fake-1',
    entities: values('entity:').map((id, i) => ({
      id,
      name: (id.split(':').pop() ?? id)
        .split('-')
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
        .join(' '),
      type: (id.startsWith('person:') ? 'person' : 'organization') as 'person' | 'organization',
      salience: Math.max(0.1, 1 - i * 0.1),
      mentions: [mention(id)],
    })),
    countries: values('country:').map((code, i) => ({
      code,
      name: code,
      salience: Math.max(0.1, 1 - i * 0.1),
      focus: i === 0,
      mentions: [mention(code)],
    })),
    countryPairs: values('pair:').map((pair) => ({
      pair,
      countries: pair.split('-') as [string, string],
      score: 0.5,
      evidence: [mention(pair)],
    })),
    topics: values('topic:').map((id) => ({ id, label: id, level: 1, score: 0.7 })),
  };
}
