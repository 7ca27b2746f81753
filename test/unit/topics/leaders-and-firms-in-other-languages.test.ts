import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe('top-level topics of other languages from leaders and firms', () => {
  it('files an Italian story of two leaders meeting under politics, with few words of politics', () => {
    // Arrange
    const body =
      'Giorgia Meloni ha accolto a Roma Emmanuel Macron per una cena di lavoro. Meloni ha ringraziato ' +
      "l'ospite e ha promesso una nuova intesa sui porti del Mediterraneo.";

    // Act
    const result = tagArticle({ title: 'Meloni e Macron a cena a Roma', body, language: 'it' });

    // Assert
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.politics);
  });

  it('counts a leader once, not per mention: one leader and nothing else of politics gives no topic', () => {
    const result = tagArticle({
      title: '',
      body: 'Giorgia Meloni ha visitato la mostra. Meloni ha salutato i visitatori e Meloni ha sorriso.',
      language: 'it',
    });

    expect(topLevels(result)).not.toContain(TOP_LEVEL.politics);
  });

  it("reads French words after an elided article ('l'ambassadeur')", () => {
    const result = tagArticle({
      title: "Le Portugal convoque l'ambassadeur",
      body:
        "LISBONNE - Le ministre portugais a convoqué jeudi l'ambassadeur après l'arrestation d'un " +
        'journaliste, et réclame des explications.',
      language: 'fr',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.politics);
    expect(result.topics[0]?.evidence).toContain('ambassadeur');
  });

  it('files a German story on a group and its chief executive under business', () => {
    const result = tagArticle({
      title: 'Neuer Kurs beim Autokonzern',
      body:
        'Der Vorstandsvorsitzende des Konzerns hat am Dienstag einen Plan vorgestellt, der Milliarden an ' +
        'Kosten sparen soll.',
      language: 'de',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.economy);
  });
});
