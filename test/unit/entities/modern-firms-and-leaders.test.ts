import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, typesOf } from './entities-of.js';

describe('a leader whose surname is a town', () => {
  it('reads "Yoshihiko Noda, leader of …" as a person, and "Noda" alone as him', () => {
    // Arrange
    const body =
      'Yoshihiko Noda, leader of the Constitutional Democratic Party, said the tax plan would hurt families. ' +
      'Noda said his party would table a motion.';

    // Act
    const noda = entityWith(body, 'Noda');

    // Assert
    expect(noda).toBe('person:yoshihiko-noda: Yoshihiko Noda | Noda');
  });

  it("reads a name apposed with a firm's role in a deal as no person", () => {
    // Arrange
    const body =
      'Harbor Crest agreed to buy the software maker for $2 billion. Redwood Peak, adviser to the seller, ' +
      'declined to comment.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Redwood Peak')).not.toContain('person');
  });
});

describe('parties named "Dal"', () => {
  it('reads the Rashtriya Janata Dal as a body', () => {
    const body = 'The Rashtriya Janata Dal said on Friday it was confident of victory in Bihar.';

    expect(typesOf(entitiesOf(body)).get('Rashtriya Janata Dal')).toEqual(['organization']);
  });

  it("ends the leader's name at the possessive before the party", () => {
    // Arrange
    const body = "Rakesh Verma's Rashtriya Janata Dal won 74 of the 160 seats it contested, officials said.";

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Rakesh Verma')).toEqual(['person']);
    expect(types.get('Rashtriya Janata Dal')).toEqual(['organization']);
  });

  it('keeps each leader apart from a "Dal" party named with brackets', () => {
    const body = "Sunil Mehra's Janata Dal (United) won 40 seats in the assembly on Friday.";

    expect(typesOf(entitiesOf(body)).get('Sunil Mehra')).toEqual(['person']);
  });
});

describe('a firm named like a place', () => {
  it('joins "Silver Lake said" to the firm a cue typed', () => {
    const body =
      'Private equity firm Silver Lake agreed to buy the company for $2 billion. ' +
      'Silver Lake said the deal would close next year.';

    expect(typesOf(entitiesOf(body)).get('Silver Lake')).toEqual(['organization', 'organization']);
  });

  it('keeps the place where the text puts something in it', () => {
    const body =
      'Private equity firm Silver Lake agreed to buy the bakery, which has two shops in Silver Lake.';

    expect(typesOf(entitiesOf(body)).get('Silver Lake')).toEqual(['organization', 'place']);
  });

  it('keeps a state named as a place apart from the cartel named after it', () => {
    // Arrange
    const body =
      'Gunfights in the state of Sinaloa closed schools on Monday. The Sinaloa cartel denied any role, ' +
      'and in Jalisco the Jalisco cartel blocked roads.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Sinaloa')).toContain('place');
    expect(types.get('Jalisco')).toContain('place');
  });
});

describe('a body named with its country and by its initials', () => {
  it('joins "the FTC" to "the U.S. Federal Trade Commission"', () => {
    const body =
      'The U.S. Federal Trade Commission sued the company on Tuesday. The FTC said it had bought rivals.';

    expect(entityWith(body, 'FTC')).toBe(
      'organization:us-federal-trade-commission: U.S. Federal Trade Commission | FTC',
    );
  });
});

describe('a firm named by a web address ending in .AI', () => {
  it('reads "Character.AI" whole, as a firm', () => {
    const body =
      'Character.AI faces a lawsuit from a family in Florida. Character.AI said it would fight the case.';

    expect(typesOf(entitiesOf(body)).get('Character.AI')).toEqual(['organization', 'organization']);
  });
});
