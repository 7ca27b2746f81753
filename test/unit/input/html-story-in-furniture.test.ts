import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('HTML pages whose only story sits in a box named like furniture (review62, review63)', () => {
  it('reads the box as the story when nothing else on the page holds paragraphs', () => {
    const html = page(
      '<title>Port strike enters third day</title>',
      '<div class="share-story"><h1>Port strike enters third day</h1><p>MOMBASA, Kenya — Dock workers kept the port shut on Wednesday.</p><p>Shipping lines said cargo was diverted to Dar es Salaam.</p></div>',
    );

    const article = parseArticle(html, 'html');

    expect(article.body).toBe(
      'MOMBASA, Kenya — Dock workers kept the port shut on Wednesday.\n\nShipping lines said cargo was diverted to Dar es Salaam.',
    );
    expect(article.title).toBe('Port strike enters third day');
  });

  it('reads a promotion-named box inside the <article> when it holds all of its paragraphs', () => {
    const html = page(
      '',
      '<article><div class="promo-article"><p>QUITO — Ecuador declared a state of emergency in three provinces.</p></div></article>',
    );

    expect(parseArticle(html, 'html').body).toBe(
      'QUITO — Ecuador declared a state of emergency in three provinces.',
    );
  });

  it('still drops a related box beside a story read as usual', () => {
    const html = page(
      '',
      '<div class="story"><p>LIMA — Peru raised its interest rate.</p></div><div class="related"><p>Chile cuts rates.</p></div>',
    );

    expect(parseArticle(html, 'html').body).toBe('LIMA — Peru raised its interest rate.');
  });

  it('still drops the byline inside such a box', () => {
    const html = page(
      '',
      '<div class="share-story"><p class="byline">By Ana Ruiz</p><p>Tea exports from Kenya rose in May.</p></div>',
    );

    expect(parseArticle(html, 'html').body).toBe('Tea exports from Kenya rose in May.');
  });

  it.each([
    ['ad-container', 'Sponsored: fly to Dubai and Paris this winter.'],
    ['paywall', 'This story is for subscribers only. Subscribe now from $1 a week in Australia.'],
    ['social-share', 'Share on Facebook'],
  ])(
    'is EMPTY when the only paragraphs sit in a box named %s and no story word (review63)',
    (classes, text) => {
      const html = page('<title>Sri Lanka votes</title>', `<div class="${classes}"><p>${text}</p></div>`);

      expect(() => parseArticle(html, 'html')).toThrow(expect.objectContaining({ reason: 'EMPTY' }));
    },
  );

  it('reads a paywalled story’s own box', () => {
    const html = page(
      '',
      '<div class="story-body paywall"><p>COLOMBO — Sri Lankans voted for a new parliament on Thursday.</p></div>',
    );

    expect(parseArticle(html, 'html').body).toBe(
      'COLOMBO — Sri Lankans voted for a new parliament on Thursday.',
    );
  });

  it('is EMPTY when the only paragraphs are a cookie notice', () => {
    const html = page(
      '<title>Home</title>',
      '<div class="cookie-notice"><p>We use cookies to improve your experience on our site.</p></div>',
    );

    expect(() => parseArticle(html, 'html')).toThrow(expect.objectContaining({ reason: 'EMPTY' }));
  });

  it('prefers the page description to a furniture-named box (review63)', () => {
    const html = page(
      '<title>Floods shut schools</title><meta property="og:description" content="Floods closed 300 schools in Sylhet on Monday.">',
      '<div id="app"></div><div class="share-box"><p>Share this story about Ukraine with friends in Russia.</p></div>',
    );

    expect(parseArticle(html, 'html').body).toBe('Floods closed 300 schools in Sylhet on Monday.');
  });

  it.each([['related-stories'], ['most-read'], ['right-rail'], ['related-promo']])(
    'never reads a box of other stories (%s) as the story',
    (classes) => {
      const html = page(
        '<title>Floods shut schools</title>',
        `<div id="app"></div><div class="${classes}"><p>Ukraine says drones hit an oil depot in Russia.</p></div>`,
      );

      expect(() => parseArticle(html, 'html')).toThrow(expect.objectContaining({ reason: 'EMPTY' }));
    },
  );

  it('prefers the story in the page JSON-LD to a furniture-named box', () => {
    const linked = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Floods close schools',
      articleBody: 'DHAKA — Floods closed 300 schools in Sylhet on Monday.',
    });
    const html = page(
      `<script type="application/ld+json">${linked}</script>`,
      '<div class="share-box"><p>Monsoon rains ease in Assam.</p></div>',
    );

    expect(parseArticle(html, 'html').body).toBe('DHAKA — Floods closed 300 schools in Sylhet on Monday.');
  });
});
