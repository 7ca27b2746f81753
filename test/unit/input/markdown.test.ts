import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

describe('Markdown articles', () => {
  it('takes the leading level-one heading as the title and removes it from the body', () => {
    const article = parseArticle('# Fed holds rates\n\nThe Federal Reserve held rates.', 'markdown');
    expect(article.title).toBe('Fed holds rates');
    expect(article.body).toBe('The Federal Reserve held rates.');
  });

  it('accepts a setext heading as the title', () => {
    const article = parseArticle('Fed holds rates\n===============\n\nThe Fed held.', 'markdown');
    expect(article.title).toBe('Fed holds rates');
  });

  it('strips emphasis, links, images, code spans and inline HTML but keeps their words', () => {
    const md =
      '# T\n\nThe **Fed** said _rates_ stay at [5%](http://x.example) ![chart](c.png) in `2024` <br/>today.';
    expect(parseArticle(md, 'markdown').body).toBe('The Fed said rates stay at 5% in 2024 today.');
  });

  it('reads a link or image whose address holds parentheses whole', () => {
    const md =
      '# T\n\nSee [Mercosur](https://en.wikipedia.org/wiki/Mercosur_(trade_bloc)) and ![map](https://x.example/map_(2025).png) today.';

    const article = parseArticle(md, 'markdown');

    expect(article.body).toBe('See Mercosur and today.');
  });

  it('keeps brackets and angle brackets that open nothing as text', () => {
    const md = '# T\n\nScores [1 of 3 [draft] and x<y <b>bold</b>.';

    const article = parseArticle(md, 'markdown');

    expect(article.body).toBe('Scores [1 of 3 [draft] and x<y bold.');
  });

  it('keeps underscores and asterisks inside words', () => {
    const article = parseArticle('# T\n\nThe file snake_case_name and 2*3*4 stay.', 'markdown');
    expect(article.body).toBe('The file snake_case_name and 2*3*4 stay.');
  });

  it('joins soft-wrapped lines and separates blocks with a blank line', () => {
    const md = '# T\n\nFirst line\nwraps here.\n\n## Section\n\n- one\n- two\n\n> quoted words';
    expect(parseArticle(md, 'markdown').body).toBe(
      'First line wraps here.\n\nSection\n\none\n\ntwo\n\nquoted words',
    );
  });

  it("drops a table's header row and keeps its rows as pipe rows", () => {
    const md =
      'Three models shipped.\n\n| Model | Released | Params |\n|---|---|---|\n| Falcon | 2025 | 40B |\n';

    expect(parseArticle(md, 'markdown').body).toBe('Three models shipped.\n\n| Falcon | 2025 | 40B |');
  });

  it('drops fenced code blocks', () => {
    const md = '# T\n\nBefore.\n\n```js\nconst secret = 1;\n```\n\nAfter.';
    expect(parseArticle(md, 'markdown').body).toBe('Before.\n\nAfter.');
  });

  it('reads title, date and url from front matter', () => {
    const md =
      '---\ntitle: "Storm hits coast"\ndate: 2025-02-03\nurl: https://news.example/storm\n---\nWinds rose.';
    expect(parseArticle(md, 'markdown')).toEqual({
      title: 'Storm hits coast',
      publishedAt: '2025-02-03T00:00:00Z',
      url: 'https://news.example/storm',
      body: 'Winds rose.',
    });
  });

  it('drops a first heading that repeats the front matter title, and keeps one that does not', () => {
    const repeated =
      '---\ntitle: Storm hits the coast\n---\n\n# Storm hits the *coast*\n\nWinds rose in Galway.';
    const other = '---\ntitle: Storm hits the coast\n---\n\n## What we know\n\nWinds rose in Galway.';

    const [first, second] = [repeated, other].map((md) => parseArticle(md, 'markdown'));

    expect(first).toMatchObject({ title: 'Storm hits the coast', body: 'Winds rose in Galway.' });
    expect(second?.body).toBe('What we know\n\nWinds rose in Galway.');
  });

  it('decodes HTML entities and backslash escapes', () => {
    expect(parseArticle('# T\n\nAT&amp;T paid \\*twice\\*.', 'markdown').body).toBe('AT&T paid *twice*.');
  });
});
