import { describe, expect, it } from 'vitest';
import { ParseError, parseArticle } from '../../../functions/core/input/index.js';

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

  it('names inLanguage when it is no language tag', () => {
    // Arrange
    const json = JSON.stringify({ articleBody: 'B.', inLanguage: 'English language' });

    // Act
    const failure = (() => {
      try {
        parseArticle(json, 'json');
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    // Assert
    expect(failure).toBeInstanceOf(ParseError);
    expect((failure as ParseError).reason).toBe('INVALID_FIELD');
    expect((failure as ParseError).message).toContain('inLanguage');
  });

  it('still fails with MISSING_BODY naming articleBody among the body fields when none is given', () => {
    // Arrange
    const json = JSON.stringify({ '@type': 'NewsArticle', headline: 'No text' });

    // Act / Assert
    expect(() => parseArticle(json, 'json')).toThrow(/articleBody/);
  });
});
