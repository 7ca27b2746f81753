import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('a seat of government named in another language (wild37 \u26059)', () => {
  it('reads "la Maison Blanche" as the White House, a place, and the United States in focus', () => {
    // Arrange
    const article = {
      id: 'seat-fr',
      title: 'Nouveaux droits de douane sur l\u2019acier',
      body:
        'La Maison Blanche a annonc\u00e9 lundi de nouveaux droits de douane sur l\u2019acier import\u00e9. ' +
        'Le texte entre en vigueur vendredi, a pr\u00e9cis\u00e9 la Maison Blanche dans un communiqu\u00e9.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    const seat = result.entities.find((e) => e.id === 'place:white-house');
    expect(seat?.type).toBe('place');
    expect(seat?.name).toBe('White House');
    expect(result.entities.some((e) => e.type === 'person')).toBe(false);
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['US']);
  });
});
