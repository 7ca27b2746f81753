import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { mentionsOf, typedNames } from './entities-of.js';

describe('a courtesy title of another language before a surname (review32 E5)', () => {
  it('joins the person the article names in full', () => {
    // Arrange
    const body =
      'Christine Lavelle spoke on Thursday. Madame Lavelle said rates would hold. Later Monsieur Lavelle’s aide spoke.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toEqual(['person:christine-lavelle: Christine Lavelle | Lavelle | Lavelle']);
  });

  it('joins the person after "Signora" and "Señor"', () => {
    const found = mentionsOf(
      'Giorgia Marrone spoke in Rome. Signora Marrone said the plan worked. Pedro Salas agreed. Señor Salas said so.',
    );

    expect(found).toContain('person:giorgia-marrone: Giorgia Marrone | Marrone');
    expect(found).toContain('person:pedro-salas: Pedro Salas | Salas');
  });
});

describe('a trade before a name whose given name is an ordinary word (review31 E8)', () => {
  it('makes it a person’s name, no other', () => {
    const found = typedNames(
      '"We are not asking for the moon," said nurse Mere Tautahi. Paramedic Sione Vakalahi said the road was blocked.',
    );

    expect(found).toContain('Mere Tautahi/person');
    expect(found).toContain('Sione Vakalahi/person');
  });
});

describe('a people’s word in the salience order (review31 E14, review32 E16)', () => {
  it('counts half, below the person the story is about', () => {
    // Arrange
    const body =
      'Kenyan President Daniel Mwangi said on Tuesday that Kenyan troops would stay in Haiti. Mwangi spoke after Kenyan police were attacked.';

    // Act
    const entities = tagArticle({ body }).entities;

    // Assert
    expect(entities[0]!.name).toBe('Daniel Mwangi');
    expect(entities.find((e) => e.name === 'Kenyan')!.salience).toBeLessThan(1);
  });
});
