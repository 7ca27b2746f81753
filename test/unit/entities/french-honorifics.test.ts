import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function peopleOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).entities.filter((e) => e.type === 'person');
}

// French writes "M." (Monsieur) and "Mme" (Madame) before a surname as English writes "Mr." and "Mrs.".
describe('French honorifics before a surname', () => {
  it('joins "M. X" and "Mme Y" to the people the article names in full', () => {
    // Arrange
    const body =
      'La ministre Claire Morvan a inauguré jeudi la nouvelle gare de Nantes avec le maire Julien Tessier. ' +
      'M. Tessier a promis des trains plus fréquents, et Mme Morvan a annoncé un second chantier.';

    // Act
    const people = peopleOf(body, 'fr');

    // Assert
    expect(people.map((p) => p.id).sort()).toEqual(['person:claire-morvan', 'person:julien-tessier']);
    const tessier = people.find((p) => p.id === 'person:julien-tessier');
    expect(tessier?.mentions.map((m) => m.text)).toEqual(['Julien Tessier', 'Tessier']);
  });

  it('reads "M. X" with no full name in the article as the person of that surname', () => {
    const people = peopleOf(
      'Le nouveau directeur est arrivé lundi. M. Garnaud a rencontré les syndicats pendant deux heures.',
      'fr',
    );

    expect(people.map((p) => [p.id, p.name])).toEqual([['person:garnaud', 'Garnaud']]);
  });

  it('keeps a given name after the honorific as the full name', () => {
    const people = peopleOf(
      'Mme Hélène Carrier, présidente du conseil régional, a présenté le budget mardi.',
      'fr',
    );

    expect(people.map((p) => p.id)).toEqual(['person:helene-carrier']);
  });
});
