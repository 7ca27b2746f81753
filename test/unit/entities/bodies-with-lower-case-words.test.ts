import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function bodiesOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).entities.filter((e) => e.type === 'organization');
}

describe('international bodies whose name in another language holds a lower-case word', () => {
  it('gives the French names the ids an English story gives, the mention without the article', () => {
    // Arrange
    const body =
      "L'Union europ\u00e9enne a annonc\u00e9 mardi de nouvelles sanctions. L'Organisation mondiale de la " +
      'sant\u00e9 s\u2019inqui\u00e8te, tandis que la Banque centrale europ\u00e9enne a relev\u00e9 ses taux.';

    // Act
    const bodies = bodiesOf(body, 'fr');

    // Assert
    expect(bodies.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'organization:european-union',
        'organization:world-health-organization',
        'organization:european-central-bank',
      ]),
    );
    const union = bodies.find((e) => e.id === 'organization:european-union');
    expect(union?.name).toBe('European Union');
    expect(union?.mentions.map((m) => [m.text, m.start])).toEqual([['Union europ\u00e9enne', 2]]);
  });

  it('reads the Italian and Czech names too, a Czech one in its case forms', () => {
    const italian = bodiesOf(
      "La Commissione europea e l'Organizzazione mondiale della sanit\u00e0 hanno firmato l'accordo.",
      'it',
    );
    const czech = bodiesOf(
      'Evropsk\u00e1 unie schv\u00e1lila sankce. Podle Evropsk\u00e9 unie je to nutn\u00e9.',
      'cs',
    );

    expect(italian.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:european-commission', 'organization:world-health-organization']),
    );
    expect(czech.map((e) => e.id)).toEqual(['organization:european-union']);
    expect(czech[0]?.mentions).toHaveLength(2);
  });

  it('reads a German name with its adjective declined ("der Europ\u00e4ischen Union")', () => {
    const bodies = bodiesOf(
      'Der Kanzler sprach \u00fcber die Zukunft der Europ\u00e4ischen Union und des Internationalen ' +
        'W\u00e4hrungsfonds.',
      'de',
    );

    expect(bodies.map((e) => e.id)).toEqual(
      expect.arrayContaining(['organization:european-union', 'organization:international-monetary-fund']),
    );
  });

  it('leaves the words alone when they are no proper name (lower case)', () => {
    const bodies = bodiesOf(
      "Le projet d'une union europ\u00e9enne de la d\u00e9fense divise les \u00c9tats.",
      'fr',
    );

    expect(bodies.map((e) => e.id)).not.toContain('organization:european-union');
  });
});
