import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// German capitalises nouns, and the adjective opening a headline: "Neue Chefin" (new boss), "Neuer Kurs" are no names.
describe('German headline openers read as names', () => {
  it('reads no person in a headline of an adjective and a title noun', () => {
    // Arrange
    const input = {
      title: 'Stadtwerke: Neue Chefin will Preise senken',
      body: 'Die Stadtwerke haben eine neue Vorstandsvorsitzende. Sie will die Preise im kommenden Jahr senken.',
      language: 'de',
    };

    // Act
    const people = tagArticle(input).entities.filter((e) => e.type === 'person');

    // Assert
    expect(people).toEqual([]);
  });

  it('reads no person in a headline opening with an adjective and a noun', () => {
    const people = tagArticle({
      title: 'Neuer Kurs beim Autokonzern',
      body: 'Der Vorstand hat am Dienstag einen Plan vorgestellt, der Kosten sparen soll.',
      language: 'de',
    }).entities.filter((e) => e.type === 'person');

    expect(people).toEqual([]);
  });

  it('keeps the person the title noun introduces', () => {
    const people = tagArticle({
      title: 'Stadtwerke: Neue Chefin Anna Kessler will Preise senken',
      body: 'Die neue Chefin der Stadtwerke, Anna Kessler, will die Preise im kommenden Jahr senken.',
      language: 'de',
    }).entities.filter((e) => e.type === 'person');

    expect(people.map((p) => p.id)).toEqual(['person:anna-kessler']);
  });
});
