import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en-gb"><head>${head}</head><body>${body}</body></html>`;

describe('HTML articles', () => {
  it('prefers og:title and reads the published time, description, author, url and site', () => {
    const html = page(
      `<title>Ignored | Site</title>
       <meta property="og:title" content="Ministers agree climate plan">
       <meta property="og:site_name" content="Daily Planet">
       <meta property="og:url" content="https://planet.example/climate">
       <meta property="article:published_time" content="2025-06-01T08:30:00+01:00">
       <meta name="description" content="A deal on emissions.">
       <meta name="author" content="By Lois Lane">`,
      '<article><p>The ministers agreed.</p></article>',
    );
    expect(parseArticle(html, 'html')).toEqual({
      title: 'Ministers agree climate plan',
      body: 'The ministers agreed.',
      publishedAt: '2025-06-01T08:30:00+01:00',
      url: 'https://planet.example/climate',
      source: 'Daily Planet',
      language: 'en-GB',
      author: 'Lois Lane',
      description: 'A deal on emissions.',
    });
  });

  it('takes <title> without the site suffix when there is no og:title', () => {
    const html = page(
      '<title>Storm hits coast - Coast News</title><meta property="og:site_name" content="Coast News">',
      '<p>Winds rose.</p>',
    );
    expect(parseArticle(html, 'html').title).toBe('Storm hits coast');
  });

  it("prefers the story's h1 to a generic <title>, and does not repeat it above the dateline", () => {
    const html = page(
      '<title>NEWS ALERT</title>',
      `<article><h1>Court removes president from office</h1>
       <p>LIMA, Peru (AP) — The Constitutional Court removed the president on Friday.</p></article>`,
    );

    const article = parseArticle(html, 'html');

    expect(article.title).toBe('Court removes president from office');
    expect(article.body).toBe('LIMA, Peru (AP) — The Constitutional Court removed the president on Friday.');
  });

  it('drops the site name the page gives from its og:title', () => {
    const html = page(
      '<meta property="og:title" content="Ferry strike ends | Harbour Times"><meta property="og:site_name" content="Harbour Times">',
      '<p>Ferries sailed again on Monday.</p>',
    );

    expect(parseArticle(html, 'html').title).toBe('Ferry strike ends');
  });

  it('drops a " | Site" suffix from <title> when the page does not name its site', () => {
    const html = page(
      '<title>Harbour Foods opens new plant | Press Wire Daily</title>',
      '<main><p>Harbour Foods opened a plant in Cork.</p></main>',
    );

    expect(parseArticle(html, 'html').title).toBe('Harbour Foods opens new plant');
  });

  it('drops a web address at the end of <title>: it is the site, not the headline', () => {
    const html = page(
      '<title>Port strike ends after pay deal - Business - HARBOURNEWS.COM</title>',
      '<main><p>Dock workers returned on Monday.</p></main>',
    );

    expect(parseArticle(html, 'html').title).toBe('Port strike ends after pay deal - Business');
  });

  it('leaves bylines and author boxes out of the body, even as paragraphs', () => {
    const html = page(
      '',
      `<article><p class="byline">Ann Reporter Health editor</p><p>Clinics reopened.</p>
       <div class="author-bio">Ann Reporter covers health.</div><p class="photo-credit">Photo: Ben Snap</p></article>`,
    );

    expect(parseArticle(html, 'html').body).toBe('Clinics reopened.');
  });

  it('leaves the section label, the publication time and photo captions out, so the dateline opens the body', () => {
    const html = page(
      '',
      `<div id="gnb"><a>Politics</a> <a>N. Korea</a></div><article><span class="kicker">EAST AFRICA</span>
       <h1>Floods close roads</h1><p class="publish-time">November 18, 2025 06:30 am | Updated 08:12 am IST</p>
       <figure><img src="a.jpg"><figcaption>A flooded road near Jinja. | Photo Credit: Special Arrangement</figcaption></figure>
       <p>KAMPALA, Uganda — Floods closed roads across the east.</p></article>`,
    );

    expect(parseArticle(html, 'html').body).toBe('KAMPALA, Uganda — Floods closed roads across the east.');
  });

  it('leaves a meta box of desk and date out ("Energy Desk | Sept 27, 2026"), so it names no organisation', () => {
    // Arrange
    const html = page(
      '',
      `<main><h1>Oil flows resume</h1><div class="meta">Energy Desk | Sept 27, 2026</div>
       <div class="article-meta"><span>3 min read</span></div>
       <p>BAGHDAD — Oil began flowing on Saturday.</p></main>`,
    );

    // Act
    const article = parseArticle(html, 'html');

    // Assert
    expect(article.body).toBe('BAGHDAD — Oil began flowing on Saturday.');
  });

  it('keeps a story whose own wrapper is named "meta-wrap", and a paragraph of class "meta"', () => {
    // Arrange
    const html = page(
      '',
      `<div class="post-content meta-wrap"><h1>Kenya cuts rate</h1>
       <p>NAIROBI — Kenya's central bank cut its rate on Tuesday.</p><p class="meta">Inflation stayed within target.</p></div>`,
    );

    // Act
    const article = parseArticle(html, 'html');

    // Assert
    expect(article.title).toBe('Kenya cuts rate');
    expect(article.body).toBe(
      "NAIROBI — Kenya's central bank cut its rate on Tuesday.\n\nInflation stayed within target.",
    );
  });

  it('drops scripts, styles, navigation, headers, footers, asides and share widgets', () => {
    const html = page(
      '<style>p{}</style>',
      `<nav><a href="/">Home</a> <a>World</a></nav><header>Site header</header>
       <article><h1>Headline</h1><p>First paragraph.</p><script>track()</script>
       <div class="social-share">Share on X</div><aside>Related: other story</aside>
       <p>Second <em>paragraph</em>.</p></article><footer>Copyright</footer>`,
    );
    const article = parseArticle(html, 'html');
    expect(article.title).toBe('Headline');
    expect(article.body).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('keeps paragraph breaks and collapses whitespace inside paragraphs', () => {
    const html = page(
      '',
      '<main><p>One\n   wrapped\tline.</p><ul><li>Item A</li><li>Item B</li></ul><p>Two<br>lines</p></main>',
    );
    expect(parseArticle(html, 'html').body).toBe('One wrapped line.\n\nItem A\n\nItem B\n\nTwo\nlines');
  });

  it('reads headline and date from JSON-LD when there are no meta tags', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ceasefire holds',
      datePublished: '2025-01-02',
      author: [{ '@type': 'Person', name: 'Ann Reporter' }],
    });
    const article = parseArticle(
      page(`<script type="application/ld+json">${ld}</script>`, '<p>Calm.</p>'),
      'html',
    );
    expect(article.title).toBe('Ceasefire holds');
    expect(article.publishedAt).toBe('2025-01-02T00:00:00Z');
    expect(article.author).toBe('Ann Reporter');
  });

  it('decodes character references', () => {
    expect(parseArticle(page('', '<p>AT&amp;T &ndash; Q&nbsp;3</p>'), 'html').body).toBe('AT&T – Q 3');
  });

  it('falls back to the meta description when the page has no text', () => {
    const html = page('<meta name="description" content="Only a summary.">', '<nav>Menu</nav>');
    expect(parseArticle(html, 'html').body).toBe('Only a summary.');
  });

  it('is EMPTY when the page shows only navigation and scripts, though its <title> names something', () => {
    const html = page(
      '<title>Menu</title><meta property="og:title" content="Home"><script>var consent = 1;</script>',
      '<header>Daily Planet</header><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>track()</script><footer>© 2026</footer>',
    );

    const run = () => parseArticle(html, 'html', { id: 'planet/menu.html' });

    expect(run).toThrow(
      expect.objectContaining({ reason: 'EMPTY', message: expect.stringContaining('navigation') }),
    );
  });

  it('keeps a page whose body holds only its headline as a headline-only article', () => {
    const html = page(
      '<title>Parliament dissolved | Planet</title>',
      '<nav>Home</nav><h1>Parliament dissolved</h1>',
    );

    const article = parseArticle(html, 'html');

    expect(article).toMatchObject({ title: 'Parliament dissolved', body: '' });
  });

  it('ignores an unparseable published time instead of failing', () => {
    const html = page('<meta property="article:published_time" content="yesterday-ish">', '<p>Text.</p>');
    expect(parseArticle(html, 'html').publishedAt).toBeUndefined();
  });
});

describe('HTML pages with several <article> elements', () => {
  it('takes the story from the article with the most text, not a teaser', () => {
    const html = `<html><body>
      <article class="teaser"><p>Other story teaser.</p></article>
      <article><p>The real story has a long first paragraph about the budget.</p><p>And a second one.</p></article>
      <aside><article><p>Sidebar teaser that is quite long but sits in an aside element.</p></article></aside>
    </body></html>`;
    expect(parseArticle(html, 'html').body).toBe(
      'The real story has a long first paragraph about the budget.\n\nAnd a second one.',
    );
  });
});

describe('HTML furniture hidden by style or named as the site header (review59)', () => {
  it.each([
    [
      'a paragraph hidden by its style',
      '<p style="display: none;">Morocco and Egypt signed a phosphate deal.</p>',
    ],
    [
      'a block hidden by visibility',
      '<div style="color:red; visibility:hidden">Morocco and Egypt signed a deal.</div>',
    ],
    ['the site header', '<div class="site-header"><p>Edition: Morocco | Egypt</p></div>'],
    ['the masthead', '<div id="masthead"><p>Morocco Egypt Tunisia</p></div>'],
  ])('drops %s', (_, block) => {
    // Act
    const article = parseArticle(
      page(
        '<title>Copper strike</title>',
        `${block}<article><p>Workers at the mine went on strike on Monday.</p></article>`,
      ),
      'html',
    );

    // Assert
    expect(article.body).not.toContain('Morocco');
    expect(article.body).toContain('went on strike');
  });

  it('keeps a paragraph whose style only colours it', () => {
    // Act
    const article = parseArticle(
      page(
        '<title>Copper strike</title>',
        '<article><p style="color: #333">Workers went on strike on Monday.</p></article>',
      ),
      'html',
    );

    // Assert
    expect(article.body).toContain('went on strike');
  });
});

describe('HTML story containers whose class switches a feature on or tags the post (review60, review61)', () => {
  it.each([
    ['post-body social-share-enabled'],
    ['article__body has-ads'],
    ['story-wrap with-sidebar'],
    ['entry-content comments-disabled'],
    ['post-4521 post type-post hentry category-newsletter tag-social-media'],
    ['entry-content sidebar-right'],
    ['story-body share-buttons-top'],
    ['article-text social-icons-left'],
    ['elementor-widget elementor-widget-theme-post-content'],
    ['col-md-8 left-side'],
    ['RichTextStoryBody RichTextBody'],
    ['PostBody hasAds'],
    ['main-rail'],
    ['StoryBodyAdFree'],
    ['story-body ad-free'],
  ])('keeps the text of a <div class="%s">', (classes) => {
    // Act
    const article = parseArticle(
      page(
        '<title>Copper strike</title>',
        `<div class="${classes}"><p>Workers at the Oruro mine went on strike on Monday.</p></div>`,
      ),
      'html',
    );

    // Assert
    expect(article.body).toContain('went on strike');
  });

  it.each([
    ['a share box inside the story', '<div class="social-share">Share on Morocco Daily</div>'],
    [
      'a newsletter box named as story content too',
      '<div class="post-content newsletter"><p>Get the Morocco Briefing every morning.</p></div>',
    ],
    [
      'a comments box named as story content too',
      '<div class="news-content comments"><p>Reader from Morocco: great story.</p></div>',
    ],
    ['a related-posts box', '<div class="related-post-content"><p>Morocco signs a phosphate deal</p></div>'],
    [
      'a category menu',
      '<div class="category-nav"><a href="/c/morocco">Morocco</a> <a href="/c/chad">Chad</a></div>',
    ],
    ['a list of categories', '<ul class="category-menu"><li><a>Morocco</a></li><li><a>Chad</a></li></ul>'],
    ['a post’s meta paragraph', '<p class="post-meta">Posted by admin in Mining, Morocco, Chad</p>'],
    [
      'a theme’s side column',
      '<div id="mvp-side-wrap"><section class="mvp-side-widget"><p>Morocco rates.</p></section></div>',
    ],
    [
      'a camel-case promotion of another story',
      '<div class="PagePromo"><p>Morocco signs a phosphate deal</p></div>',
    ],
    ['a right rail', '<div class="right-rail"><p>Morocco votes</p></div>'],
    [
      'a camel-case rail of stories',
      '<div class="PageListRightRailA"><h2>Most read</h2><p>Morocco votes</p></div>',
    ],
    ['a list of tags', '<section class="article-tags"><ul><li>Morocco</li><li>Chad</li></ul></section>'],
    [
      'a class-less box of other stories headed "Related" (review63)',
      '<details><summary>Related</summary><p>Morocco signs a phosphate deal.</p></details>',
    ],
    [
      'a section headed "More on this story"',
      '<section><h2>More on this story</h2><ul><li>Morocco signs a phosphate deal</li></ul></section>',
    ],
    [
      'a newsletter’s sign-up box inside the post',
      '<div class="subscription-widget-wrap"><div class="preamble"><p>Thanks for reading! New posts on Morocco.</p></div></div>',
    ],
    [
      'a call to action',
      '<section class="post-upgrade-cta"><p>Subscribe to read about Morocco.</p></section>',
    ],
    [
      'an ad plugin’s slot',
      '<div class="code-block code-block-3"><p>Also read: Morocco signs a phosphate deal</p></div>',
    ],
    [
      'a byline block named by data-component',
      '<div data-component="byline-block"><span>Morocco Desk</span><span>Chad correspondent</span></div>',
    ],
    [
      'a tag list named by data-component',
      '<section data-component="tag-list"><ul><li>Morocco</li></ul></section>',
    ],
    [
      'an embedded tweet',
      '<blockquote class="twitter-tweet"><p>Well run! Cheers from Morocco</p>&mdash; Fan (@fan)</blockquote>',
    ],
    [
      'an embedded Instagram post',
      '<blockquote class="instagram-media"><p>A post shared by Morocco Athletics</p></blockquote>',
    ],
    ['a widget area', '<div class="col-md-4 widget-area"><p>Morocco and Chad sign a deal.</p></div>'],
    ['a right-hand sidebar', '<div class="sidebar-right"><p>Morocco signs a phosphate deal</p></div>'],
    ['a share bar at the bottom', '<div class="share-buttons-bottom">Share on Morocco Daily</div>'],
    [
      'a story-named newsletter box placed on the left',
      '<div class="post-content newsletter newsletter-left"><p>Get the Morocco Briefing.</p></div>',
    ],
    [
      'a story-named box of related stories at the bottom',
      '<div class="story-text related-bottom"><p>Morocco and Chad sign a phosphate deal.</p></div>',
    ],
    [
      'a story-named promotion on the right',
      '<div class="article-text promo-right"><p>Subscribe for the latest from Morocco.</p></div>',
    ],
    [
      'a story-named sidebar of headlines',
      '<div class="news-content sidebar-right"><h3>Latest news</h3><ul><li>Morocco signs a deal</li></ul></div>',
    ],
  ])('still drops %s', (_, box) => {
    // Act
    const article = parseArticle(
      page(
        '<title>Copper strike</title>',
        `<article><div class="post-body social-share-enabled"><p>Workers went on strike.</p>${box}</div></article>`,
      ),
      'html',
    );

    // Assert
    expect(article.body).not.toContain('Morocco');
    expect(article.body).toContain('went on strike');
  });
});

describe('a box headed as other stories’ list (review63)', () => {
  it('keeps the story’s own section headed "More from the summit"', () => {
    const html = page(
      '<title>Climate summit</title>',
      '<article><p>Leaders met in Nairobi.</p><section><h2>More from the summit</h2><p>Ethiopia’s prime minister asked for funds.</p></section></article>',
    );

    expect(parseArticle(html, 'html').body).toContain('Ethiopia’s prime minister');
  });

  it('drops a box headed "More from" an outlet’s name', () => {
    const html = page(
      '<title>Climate summit</title>',
      '<article><p>Leaders met in Nairobi.</p><section><h2>More from Harbour News</h2><p>Ethiopia opens an airport.</p></section></article>',
    );

    expect(parseArticle(html, 'html').body).not.toContain('Ethiopia');
  });

  it('keeps a long column that opens with such a heading and holds the story', () => {
    const story = 'Workers at the Oruro mine in Bolivia went on strike on Monday over pay. '.repeat(25);
    const html = page('<title>Copper strike</title>', `<div><h3>Related</h3><p>${story}</p></div>`);

    expect(parseArticle(html, 'html').body).toContain('Oruro mine in Bolivia');
  });
});
