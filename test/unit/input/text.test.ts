import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const sample = new URL('../../../../shared/samples/us-china-han-zheng-washington.txt', import.meta.url);

describe('plain text articles', () => {
  it('takes a short first line without a full stop as the title', () => {
    const article = parseArticle(
      'China and US agree trade truce\n\nWASHINGTON (Reuters) - Both sides said so.',
      'text',
    );
    expect(article.title).toBe('China and US agree trade truce');
    expect(article.body).toBe('WASHINGTON (Reuters) - Both sides said so.');
  });

  it('keeps a first line that opens with an inline dateline in the body', () => {
    const article = parseArticle(
      'TAIPEI, Taiwan — Officials met on Monday.\nThey talked about trade.',
      'text',
    );
    expect(article.title).toBeUndefined();
    expect(article.body.startsWith('TAIPEI, Taiwan —')).toBe(true);
  });

  it('keeps a first line that ends with a full stop in the body', () => {
    const article = parseArticle('The minister resigned on Friday.\n\nShe gave no reason.', 'text');
    expect(article.title).toBeUndefined();
    expect(article.body).toBe('The minister resigned on Friday.\n\nShe gave no reason.');
  });

  it('does not take a byline as the title', () => {
    const article = parseArticle('By Jane Smith\n\nThe council met on Tuesday.', 'text');
    expect(article.title).toBeUndefined();
  });

  it('takes a question headline as the title', () => {
    const article = parseArticle('Will the central bank cut rates again?\n\nMarkets think so.', 'text');
    expect(article.title).toBe('Will the central bank cut rates again?');
  });

  it('treats a single line as body, never as a title with an empty body', () => {
    expect(parseArticle('Markets rallied in Tokyo', 'text')).toEqual({ body: 'Markets rallied in Tokyo' });
  });

  it('reads the real wire sample, which has no title line, as body with its dateline first', () => {
    const article = parseArticle(readFileSync(sample, 'utf8'), 'text');
    expect(article.title).toBeUndefined();
    expect(article.body.startsWith('TAIPEI, Taiwan — In a significant diplomatic engagement')).toBe(true);
  });

  it('normalises Windows line ends and strips a byte order mark', () => {
    const article = parseArticle('\uFEFFHeadline here\r\n\r\nBody text.\r\nMore.', 'text');
    expect(article.title).toBe('Headline here');
    expect(article.body).toBe('Body text.\nMore.');
  });

  it('fills id and source from the outside metadata', () => {
    const article = parseArticle('Body text.', 'text', { id: 'inbox/a.txt', source: 'wire' });
    expect(article).toEqual({ id: 'inbox/a.txt', source: 'wire', body: 'Body text.' });
  });
});
