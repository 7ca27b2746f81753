import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

describe('JSON articles in schema.org shape (CMS exports of a NewsArticle)', () => {
  it('reads articleBody as the body, inLanguage as the language and author and publisher objects by name', () => {
    // Arrange
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Singer wins album of the year',
      datePublished: '2026-02-02T04:10:00Z',
      inLanguage: 'en-US',
      author: [
        { '@type': 'Person', name: 'Ana Ruiz' },
        { '@type': 'Person', name: 'Tom Blake' },
      ],
      publisher: { '@type': 'Organization', name: 'Daily Wire Desk' },
      articleBody: 'LOS ANGELES — The singer won album of the year on Sunday.',
    });

    // Act
    const article = parseArticle(json, 'json');

    // Assert
    expect(article).toMatchObject({
      title: 'Singer wins album of the year',
      body: 'LOS ANGELES — The singer won album of the year on Sunday.',
      publishedAt: '2026-02-02T04:10:00Z',
      language: 'en-US',
      source: 'Daily Wire Desk',
      author: 'Ana Ruiz, Tom Blake',
    });
  });

  it('takes the article item of a JSON-LD graph, not the page around it', () => {
    // Arrange
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Culture | Daily Wire Desk' },
        { '@type': 'NewsArticle', headline: 'Museum reopens', articleBody: 'The museum reopened on Monday.' },
      ],
    });

    // Act
    const article = parseArticle(json, 'json');

    // Assert
    expect(article).toMatchObject({ title: 'Museum reopens', body: 'The museum reopened on Monday.' });
  });

  it('keeps a plain string author and an explicit source over the publisher', () => {
    // Arrange
    const json = JSON.stringify({
      body: 'B.',
      author: 'Ann Reporter',
      source: 'Wire',
      publisher: { name: 'Other' },
    });

    // Act
    const article = parseArticle(json, 'json');

    // Assert
    expect(article).toMatchObject({ author: 'Ann Reporter', source: 'Wire' });
  });

  it('reads a Language object or list in inLanguage, and passes over one that names no language tag', () => {
    // Arrange
    const asObject = JSON.stringify({
      articleBody: 'B.',
      inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' },
    });
    const asList = JSON.stringify({ articleBody: 'B.', inLanguage: ['fr-FR', 'en'] });
    const unreadable = JSON.stringify({ articleBody: 'B.', inLanguage: { name: 'English' } });

    // Act
    const fromObject = parseArticle(asObject, 'json');
    const fromList = parseArticle(asList, 'json');
    const fromUnreadable = parseArticle(unreadable, 'json');

    // Assert
    expect(fromObject.language).toBe('en');
    expect(fromList.language).toBe('fr-FR');
    expect(fromUnreadable).toMatchObject({ body: 'B.' });
    expect(fromUnreadable.language).toBeUndefined();
  });

  it('reads an articleBody given as a list of paragraphs', () => {
    // Act
    const article = parseArticle(JSON.stringify({ articleBody: ['First.', 'Second.'] }), 'json');

    // Assert
    expect(article.body).toBe('First.\n\nSecond.');
  });

  it('keeps an article with its own body and a metadata graph as it is, id included', () => {
    // Arrange
    const json = JSON.stringify({
      id: 'story-7',
      body: 'The port reopened on Monday.',
      '@graph': [{ '@type': 'NewsArticle', headline: 'Another story', articleBody: 'Other text.' }],
    });

    // Act
    const article = parseArticle(json, 'json');

    // Assert
    expect(article).toMatchObject({ id: 'story-7', body: 'The port reopened on Monday.' });
  });

  it("takes a graph's NewsArticle over a Report listed before it, with the document's own fields over it", () => {
    // Arrange
    const json = JSON.stringify({
      id: 'doc-1',
      '@graph': [
        { '@type': 'Report', name: 'Annual report', articleBody: 'Report text.' },
        { '@type': 'NewsArticle', headline: 'Port reopens', articleBody: 'The port reopened.' },
      ],
    });

    // Act
    const article = parseArticle(json, 'json');

    // Assert
    expect(article).toMatchObject({ id: 'doc-1', title: 'Port reopens', body: 'The port reopened.' });
  });

  it('still fails with MISSING_BODY naming articleBody among the body fields when none is given', () => {
    // Arrange
    const json = JSON.stringify({ '@type': 'NewsArticle', headline: 'No text' });

    // Act / Assert
    expect(() => parseArticle(json, 'json')).toThrow(/articleBody/);
  });
});
