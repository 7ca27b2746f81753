import { describe, expect, it } from 'vitest';
import { articleFromJsonValue, ParseError, parseArticle } from '../../../functions/core/input/index.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ParseError ? error.reason : 'not a ParseError';
  }
  return undefined;
}

describe('JSON articles', () => {
  it('reads every documented field', () => {
    const json = JSON.stringify({
      id: 42,
      title: 'Title',
      body: 'Body.',
      dateline: 'LONDON',
      publishedAt: '2025-03-04T05:06:07Z',
      url: 'https://x.example/a',
      source: 'Wire',
      language: 'EN',
    });
    expect(parseArticle(json, 'json')).toEqual({
      id: '42',
      title: 'Title',
      body: 'Body.',
      dateline: 'LONDON',
      publishedAt: '2025-03-04T05:06:07Z',
      url: 'https://x.example/a',
      source: 'Wire',
      language: 'en',
    });
  });

  it('accepts text or content in place of body, and ignores unknown keys and nulls', () => {
    expect(parseArticle('{"text":"From text.","tags":[1],"dateline":null}', 'json')).toEqual({
      body: 'From text.',
    });
    expect(parseArticle('{"content":"From content."}', 'json')).toEqual({ body: 'From content.' });
  });

  it('accepts a title with an empty body', () => {
    expect(parseArticle('{"title":"BANK CUTS RATE","body":""}', 'json')).toEqual({
      title: 'BANK CUTS RATE',
      body: '',
    });
  });

  it('fails with INVALID_JSON on malformed JSON or a non-object', () => {
    expect(reasonOf(() => parseArticle('{"body": ', 'json'))).toBe('INVALID_JSON');
    expect(reasonOf(() => parseArticle('["a"]', 'json'))).toBe('INVALID_JSON');
  });

  it('fails with MISSING_BODY when no body field is present', () => {
    expect(reasonOf(() => parseArticle('{"title":"Only a title"}', 'json'))).toBe('MISSING_BODY');
  });

  it('fails with INVALID_FIELD naming the field when a field has the wrong type or shape', () => {
    const run = () => parseArticle('{"body":"x","title":7}', 'json');
    expect(reasonOf(run)).toBe('INVALID_FIELD');
    expect(run).toThrow(/title/);
    expect(reasonOf(() => parseArticle('{"body":"x","url":"not a url"}', 'json'))).toBe('INVALID_FIELD');
    expect(reasonOf(() => parseArticle('{"body":"x","publishedAt":"soon"}', 'json'))).toBe('INVALID_FIELD');
  });

  it('validates an already decoded value the same way', () => {
    expect(articleFromJsonValue({ id: 'a', body: 'B.' }, { source: 'cli' })).toEqual({
      id: 'a',
      body: 'B.',
      source: 'cli',
    });
  });
});
