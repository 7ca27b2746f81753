import { describe, expect, it } from 'vitest';
import { ParseError, parseArticle } from '../../../functions/core/input/index.js';

function failureOf(run: () => unknown): { reason: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return { reason: error.reason, message: error.message };
    throw error;
  }
  return undefined;
}

describe('a publication time written as a number', () => {
  it('is Unix time in seconds', () => {
    const article = parseArticle('{"body":"Iran and Iraq hold talks.","publishedAt":1764576000}', 'json');

    expect(article.publishedAt).toBe('2025-12-01T08:00:00.000Z');
  });

  it('is Unix time in milliseconds when it is that large', () => {
    const article = parseArticle('{"body":"Iran and Iraq hold talks.","published_at":1764576000123}', 'json');

    expect(article.publishedAt).toBe('2025-12-01T08:00:00.123Z');
  });

  it('fails the article naming the field when it is no time a story was published', () => {
    const failure = failureOf(() => parseArticle('{"body":"Talks.","publishedAt":1e20}', 'json'));

    expect(failure?.reason).toBe('INVALID_FIELD');
    expect(failure?.message).toContain('publishedAt');
  });
});

describe('a Markdown front-matter date that is no date', () => {
  it('fails the article as a JSON article with that date does', () => {
    const markdown = '---\ntitle: Storm hits coast\ndate: 2026-13-45\n---\nWinds rose along the coast.';

    const failure = failureOf(() => parseArticle(markdown, 'markdown'));

    expect(failure?.reason).toBe('INVALID_FIELD');
    expect(failure?.message).toContain('date: "2026-13-45"');
  });
});

describe('a .json file holding an array of articles', () => {
  it('fails with a message that names the array and the format that takes several', () => {
    const failure = failureOf(() => parseArticle('[{"body":"One."},{"body":"Two."}]', 'json'));

    expect(failure?.reason).toBe('INVALID_JSON');
    expect(failure?.message).toContain('an array of 2');
    expect(failure?.message).toContain('.jsonl');
  });
});
