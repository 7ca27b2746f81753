import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';
import { tagArticle } from '../../../functions/core/tag.js';

const page = (inside: string) =>
  `<!doctype html><html lang="en"><head><title>Council backs ferry plan</title></head><body><article>${inside}<h1>Council backs ferry plan</h1><p>NAIROBI — The county council approved a new ferry service on Monday.</p></article></body></html>`;

describe('strips of other stories inside a page’s article', () => {
  it('drops blocks of other headlines marked trending, ticker, teaser, most read or editors’ picks', () => {
    for (const name of [
      'trending',
      'news-ticker',
      'teasers',
      'most-popular',
      'top-stories',
      'editors-picks',
      'recommended',
      'breaking-banner',
      'video-player',
    ]) {
      const article = parseArticle(
        page(`<div class="${name}">Floods hit Peru · Strikes in Chile</div>`),
        'html',
      );

      expect(article.body).toBe('NAIROBI — The county council approved a new ferry service on Monday.');
    }
  });

  it('keeps a story’s own lead marked teaser and a live blog marked ticker (read56)', () => {
    for (const name of ['article__teaser', 'live-ticker', 'live_ticker', 'ticker']) {
      const article = parseArticle(
        `<html><body><article><h1>Quake strikes off coast</h1><div class="${name}"><p>A magnitude 6.8 earthquake struck off the coast of Chile on Monday.</p></div></article></body></html>`,
        'html',
      );

      expect(article.body).toContain('earthquake struck off the coast of Chile');
    }
  });

  it('reads the dateline and no strip’s country under a "Trending:" paragraph', () => {
    const article = parseArticle(page('<p>Trending: Floods hit Peru · Strikes in Chile</p>'), 'html');

    const result = tagArticle(article);

    expect(result.dateline?.place).toBe('NAIROBI');
    expect(result.countries.map((c) => c.code)).toEqual(['KE']);
  });
});

describe('a page whose story is only in its JSON-LD', () => {
  const linked = (article: object) =>
    `<html><head><title>Ferry fares rise | Coast Daily</title><script type="application/ld+json">${JSON.stringify(article)}</script></head><body><div id="root"></div></body></html>`;

  it('reads the headline and articleBody when the page shows no text', () => {
    const article = parseArticle(
      linked({
        '@type': 'NewsArticle',
        headline: 'Ferry fares rise',
        articleBody: 'Fares rose 8% on Monday.\n\nOperators blamed fuel costs.',
      }),
      'html',
    );

    expect(article.title).toBe('Ferry fares rise');
    expect(article.body).toBe('Fares rose 8% on Monday.\n\nOperators blamed fuel costs.');
  });

  it('reads an articleBody written as markup as paragraphs', () => {
    const article = parseArticle(
      linked({
        '@type': 'NewsArticle',
        headline: 'Ferry fares rise',
        articleBody: '<p>Fares rose.</p><p>Crews left.</p>',
      }),
      'html',
    );

    expect(article.body).toBe('Fares rose.\n\nCrews left.');
  });

  it('still fails EMPTY when the JSON-LD carries no story either', () => {
    expect(() =>
      parseArticle(linked({ '@type': 'NewsArticle', headline: 'Ferry fares rise' }), 'html'),
    ).toThrow(/no article text/);
  });
});
