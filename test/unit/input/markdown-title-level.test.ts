import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

describe('Markdown titles below level one (CMS exports that start the story at ##)', () => {
  it('takes an opening level-two heading as the title when no level-one heading follows', () => {
    // Arrange
    const md =
      '## Airline files for bankruptcy again\n\nThe airline filed on Monday.\n\n## Background\n\nIt filed last year too.';

    // Act
    const article = parseArticle(md, 'markdown');

    // Assert
    expect(article.title).toBe('Airline files for bankruptcy again');
    expect(article.body).toBe('The airline filed on Monday.\n\nBackground\n\nIt filed last year too.');
  });

  it('keeps an opening level-two heading in the body when a level-one heading comes later', () => {
    // Arrange
    const md = '## Key points\n\n- Rates held\n\n# Fed holds rates\n\nThe Fed held rates.';

    // Act
    const article = parseArticle(md, 'markdown');

    // Assert
    expect(article.title).toBeUndefined();
    expect(article.body.startsWith('Key points')).toBe(true);
  });

  it('does not count a heading inside a fenced code block', () => {
    // Arrange
    const md = '## Storm closes ports\n\nPorts closed.\n\n```\n# not a heading\n```';

    // Act
    const article = parseArticle(md, 'markdown');

    // Assert
    expect(article.title).toBe('Storm closes ports');
  });

  it('keeps a heading that follows a paragraph in the body', () => {
    // Arrange
    const md = 'By Ann Reporter\n\n## Storm closes ports\n\nPorts closed.';

    // Act
    const article = parseArticle(md, 'markdown');

    // Assert
    expect(article.title).toBeUndefined();
  });

  it('keeps the first section of a roundup of short same-level headings in the body', () => {
    // Arrange
    const md =
      '## Japan\n\nTokyo stocks rose.\n\n## China\n\nShanghai fell.\n\n## Australia\n\nSydney was flat.';

    // Act
    const article = parseArticle(md, 'markdown');

    // Assert
    expect(article.title).toBeUndefined();
    expect(article.body.startsWith('Japan')).toBe(true);
  });
});
