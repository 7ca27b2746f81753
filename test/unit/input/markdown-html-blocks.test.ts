import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const story = (middle: string) =>
  `# Copper output rises\n\nSANTIAGO — Copper output rose 4% in October, the agency said.\n\n${middle}\n\nThe mine will expand next year.`;

describe('raw HTML blocks in Markdown', () => {
  it.each([
    ['an ad box by its class', '<div class="ad">Advertisement: fly to Morocco this winter</div>'],
    ['a related-stories box over several lines', '<aside class="related">\nRead more: Peru votes\n</aside>'],
    ['a script', '<script>\nvar edition = "Morocco";\n</script>'],
    ['a hidden block', '<div hidden>Bolivia edition</div>'],
    ['a block hidden by its style', '<div style="display:none">Bolivia edition</div>'],
    ['an HTML comment', '<!-- Morocco desk: check figures -->'],
    ['an ad box holding blank lines', '<div class="ad">\n\nFly to Morocco this winter\n\n</div>'],
  ])('drops %s, as the HTML reader drops its element', (_, block) => {
    const article = parseArticle(story(block), 'markdown');

    expect(article.body).not.toMatch(/Morocco|Peru|Bolivia/);
    expect(article.body).toContain('The mine will expand next year.');
  });

  it('keeps the text of a block that is not furniture', () => {
    const article = parseArticle(
      story('<div class="story-body">\nCodelco said Peru would buy more.\n</div>'),
      'markdown',
    );

    expect(article.body).toContain('Codelco said Peru would buy more.');
  });

  it('keeps the text of a story block whose class also names a feature it turns on (review60)', () => {
    const article = parseArticle(
      story('<div class="post-body social-share-enabled">\nCodelco said Peru would buy more.\n</div>'),
      'markdown',
    );

    expect(article.body).toContain('Codelco said Peru would buy more.');
  });

  it.each([
    ['before the text on its line', '<img src="mine.jpg" alt="The mine"> Codelco said Peru would buy more.'],
    [
      'on the line above the paragraph',
      '<img src="mine.jpg" alt="The mine">\nCodelco said Peru would buy more.',
    ],
  ])('drops an image %s and keeps the paragraph', (_, block) => {
    const article = parseArticle(story(block), 'markdown');

    expect(article.body).toContain('Codelco said Peru would buy more.');
  });

  it('drops an unclosed furniture block only up to its blank line', () => {
    const article = parseArticle(story('<div class="ad">\nFly to Morocco'), 'markdown');

    expect(article.body).not.toContain('Morocco');
    expect(article.body).toContain('The mine will expand next year.');
  });

  it('removes a comment inside a paragraph and keeps the words around it', () => {
    const article = parseArticle('# T\n\nCopper rose <!-- Morocco --> in October.', 'markdown');

    expect(article.body).toBe('Copper rose in October.');
  });
});
