import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const countries = (article: Partial<ArticleInput> & { body: string }) =>
  tagArticle({ title: '', language: 'en', ...article }).countries;
const focus = (article: Partial<ArticleInput> & { body: string }) =>
  countries(article)
    .filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
const listed = (article: Partial<ArticleInput> & { body: string }) =>
  countries(article)
    .map((c) => c.code)
    .sort();

describe('a company gives its home country (companies.ts)', () => {
  it('puts the home country of a firm the headline names in focus, above a unit abroad', () => {
    const story = {
      title: 'Mobile operator Safaricom lifts profit as M-Pesa grows',
      body:
        'Safaricom said on Thursday its half-year profit rose 12 per cent, helped by its mobile money platform. ' +
        'The operator said its unit in Ethiopia narrowed its losses as subscribers in Ethiopia rose to 10 million. ' +
        'Safaricom shares rose 3 per cent.',
    };
    expect(focus(story)).toEqual(['KE']);
    expect(countries(story)[0]?.code).toBe('KE');
  });

  it('reads the firm that acts in a one-sentence story', () => {
    expect(focus({ body: 'Toyota cut its profit forecast as U.S. tariffs on cars bite.' })).toEqual([
      'JP',
      'US',
    ]);
    expect(
      focus({ body: 'Samsung Electronics posted record profit on demand for chips from U.S. cloud firms.' }),
    ).toEqual(['KR', 'US']);
    expect(focus({ body: 'Jollibee Foods Corp said it would open 300 stores in Canada.' })).toContain('PH');
  });

  it("leaves out a rival's home country the story only names by its firms", () => {
    const story = {
      title: 'Microsoft to show next Xbox in May',
      body:
        'Microsoft will show its next games console at a trade fair in Los Angeles in May, ahead of Sony and Nintendo. ' +
        'Sony plans a new handheld, and Nintendo a new home console. Analysts said Sony had the lead.',
    };
    expect(focus(story)).toEqual(['US']);
    expect(listed(story)).toEqual(['US']);
  });

  it('gives no home country to a firm in a story filed from another country', () => {
    expect(
      listed({
        title: 'Mitsubishi bank unit sets up note programme',
        dateline: 'NEW YORK',
        body: 'The New York branch of Mitsubishi Bank said it had set up a 200 million dollar note programme.',
      }),
    ).toEqual(['US']);
  });

  it('reads a sponsor’s ground or cup as the venue, not the firm', () => {
    expect(
      listed({
        title: 'Titans beat Colts',
        body: 'The Titans beat the Colts 24-17 at Nissan Stadium in Nashville on Sunday.',
      }),
    ).toEqual(['US']);
    expect(listed({ body: 'Leinster won the Heineken Cup final in Dublin on Saturday.' })).toEqual(['IE']);
  });
});
