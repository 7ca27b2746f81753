import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const liveBlog = {
  '@context': 'https://schema.org',
  '@type': 'LiveBlogPosting',
  headline: 'Live: Chile votes in runoff',
  liveBlogUpdate: [
    {
      '@type': 'BlogPosting',
      headline: 'Polls close',
      articleBody: 'SANTIAGO — Polls closed across Chile at 6 p.m. on Sunday.',
    },
    { '@type': 'BlogPosting', headline: 'Turnout high', text: 'Officials said turnout passed 80%.' },
  ],
};

describe('a live blog whose story is only in its linked data’s updates (review63)', () => {
  it('reads each update’s headline and body, in the page’s order, from a script-filled page', () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(liveBlog)}</script></head><body><div id="app"></div></body></html>`;

    const article = parseArticle(html, 'html');

    expect(article.title).toBe('Live: Chile votes in runoff');
    expect(article.body).toBe(
      'Polls close\n\nSANTIAGO — Polls closed across Chile at 6 p.m. on Sunday.\n\nTurnout high\n\nOfficials said turnout passed 80%.',
    );
  });

  it('reads the same updates from a .json export of the LiveBlogPosting', () => {
    const article = parseArticle(JSON.stringify(liveBlog), 'json');

    expect(article.body).toContain('SANTIAGO — Polls closed across Chile');
  });
});
