import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Colombia's departments the news names alone (places49). Sentences written for these tests.
const countries = (title: string, body: string) =>
  tagArticle({ id: 'co-departments', title, body }).countries.map((c) => c.code);

describe("Colombia's departments", () => {
  it('reads Norte de Santander as Colombia, not the Spanish city inside its name', () => {
    // Act
    const found = countries(
      'Floods hit border region',
      'Heavy rains flooded towns in Norte de Santander, the department on the border with Venezuela, on Tuesday.',
    );

    // Assert
    expect(found).toContain('CO');
    expect(found).not.toContain('ES');
  });

  it('keeps the Spanish bank and city Santander Spanish', () => {
    // Act
    const found = countries(
      'Bank profits rise',
      'MADRID - Santander said its profit rose 10 percent in Santander and Madrid.',
    );

    // Assert
    expect(found).toEqual(['ES']);
  });

  it('places a story that names a department alone in Colombia', () => {
    // Act
    const found = countries(
      'Troops clash with rebels',
      'Troops clashed with rebels in Catatumbo and Antioquia on Sunday.',
    );

    // Assert
    expect(found).toEqual(['CO']);
  });
});
