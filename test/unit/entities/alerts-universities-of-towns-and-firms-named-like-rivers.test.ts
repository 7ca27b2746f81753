import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "name/type" of each entity the tagger finds in `body`. */
function entities(body: string): string[] {
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a given name and an ordinary word after an indefinite article', () => {
  it('names a thing, no person', () => {
    // Arrange
    const issued = 'A Silver Alert was issued on Friday for a man, 84, who left his home in Modesto.';
    const object = 'Deputies issued an Amber Alert for the missing toddler.';

    // Act
    const found = [...entities(issued), ...entities(object)];

    // Assert
    expect(found).not.toContain('Silver Alert/person');
    expect(found).not.toContain('Amber Alert/person');
  });

  it('leaves a given name and a surname a person', () => {
    expect(entities('A Jessica Smith told the court she saw the van.')).toContain('Jessica Smith/person');
  });
});

describe('a body’s lead and "of" before a place whose name ends in a place’s head word', () => {
  it('names the body of that place', () => {
    // Arrange
    const university = 'The University of Cape Town said lectures would resume on Monday.';
    const museum = 'The Museum of Long Island opened a new wing.';

    // Act
    const found = [...entities(university), ...entities(museum)];

    // Assert
    expect(found).toContain('University of Cape Town/organization');
    expect(found).toContain('Museum of Long Island/organization');
  });

  it('leaves a place’s own lead a place', () => {
    expect(entities('The Port of Cape Town handled record volumes.')).toContain('Port of Cape Town/place');
  });
});

describe('a river’s or a region’s name that no town list knows, doing a firm’s act on an object', () => {
  it('is the firm', () => {
    // Arrange
    const center = 'Amazon will open a fulfilment centre near Dunmore that will employ 800 people.';
    const plant = 'Patagonia plans to build a new plant in Nevada.';

    // Act
    const found = [...entities(center), ...entities(plant)];

    // Assert
    expect(found).toContain('Amazon/organization');
    expect(found).toContain('Patagonia/organization');
  });

  it('stays the place when it has no object or is a town', () => {
    // Arrange
    const mountain = 'Everest will open to climbers next month.';
    const river = 'The Amazon flows through Brazil and Peru.';

    // Act
    const found = [...entities(mountain), ...entities(river)];

    // Assert
    expect(found).toContain('Everest/place');
    expect(found).toContain('Amazon/place');
  });
});
