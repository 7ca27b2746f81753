import { describe, expect, it } from 'vitest';
import { ParseError, parseArticle } from '../../../functions/core/input/index.js';

function errorOf(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('content that is not an article', () => {
  it('fails with EMPTY for blank text in every format', () => {
    expect(errorOf(() => parseArticle('  \n\t\n', 'text')).reason).toBe('EMPTY');
    expect(errorOf(() => parseArticle('', 'markdown')).reason).toBe('EMPTY');
    expect(errorOf(() => parseArticle('<html><body><nav>x</nav></body></html>', 'html')).reason).toBe(
      'EMPTY',
    );
    expect(errorOf(() => parseArticle('{"body":"  "}', 'json')).reason).toBe('EMPTY');
  });

  it('fails with BINARY for content with NUL bytes or mostly control characters', () => {
    expect(errorOf(() => parseArticle('PK\u0003\u0004\u0000\u0000zip', 'text')).reason).toBe('BINARY');
    expect(errorOf(() => parseArticle('\u0001\u0002\u0003\u0004 abc', 'text')).reason).toBe('BINARY');
  });

  it('fails with TOO_LARGE above the size limit and says the limit', () => {
    const error = errorOf(() => parseArticle('a'.repeat(101), 'text', {}, { maxChars: 100 }));
    expect(error.reason).toBe('TOO_LARGE');
    expect(error.message).toContain('100');
  });

  it('parses a one-megabyte article within the default limit', () => {
    const body = 'The council met again. '.repeat(50_000);
    expect(parseArticle(body, 'text').body.length).toBeGreaterThan(1_000_000);
  });
});
