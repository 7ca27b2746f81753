import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const typed = (title: string, body: string) =>
  tagArticle({ title, body, language: 'de' }).entities.map((e) => `${e.name}/${e.type}`);

describe('a German noun before a listed club’s name', () => {
  it('is no word of the name ("Verfolger Bayer Leverkusen")', () => {
    // Arrange
    const body =
      'Bayern hat gegen Borussia Dortmund gewonnen. Verfolger Bayer Leverkusen kam in Freiburg nicht über ein 1:1 hinaus.';

    // Act
    const found = typed('Bayern baut Vorsprung aus', body);

    // Assert
    expect(found).toContain('Bayer Leverkusen/organization');
    expect(found.some((n) => n.startsWith('Verfolger'))).toBe(false);
  });

  it('is cut before another club too ("Aufsteiger Hamburger SV")', () => {
    expect(typed('Bundesliga', 'Aufsteiger Hamburger SV verlor am Samstag in Stuttgart.')).toContain(
      'Hamburger SV/organization',
    );
  });
});
