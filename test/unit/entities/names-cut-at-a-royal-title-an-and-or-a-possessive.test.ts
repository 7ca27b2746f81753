import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "name/type" of each entity the tagger finds in `body`. */
function entities(body: string): string[] {
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a royal’s title opening a facility’s or a body’s name', () => {
  it('stays in the name when a place’s or a body’s head word closes it', () => {
    // Arrange
    const airport = 'Two flights were diverted to Queen Alia International Airport on Monday.';
    const causeway = 'Lorries queued for hours on King Fahd Causeway.';
    const university = 'Chemists at Queen Mary University of London made the compound.';

    // Act
    const found = [...entities(airport), ...entities(causeway), ...entities(university)];

    // Assert
    expect(found).toContain('Queen Alia International Airport/place');
    expect(found).toContain('King Fahd Causeway/place');
    expect(found).toContain('Queen Mary University of London/organization');
  });

  it('names a firm before an unknown word in "-s" and a noun', () => {
    expect(entities('Pharmacists at Prince Dolvers stores voted to strike.')).toContain(
      'Prince Dolvers/organization',
    );
  });

  it('leaves a royal named by a given name a person', () => {
    // Arrange
    const visit = 'King Carlos opened the new session of parliament.';

    // Act
    const found = entities(visit);

    // Assert
    expect(found.some((e) => e.endsWith('/person') && e.includes('Carlos'))).toBe(true);
  });
});

describe('trades joined by "and" before a union’s members', () => {
  it('are one union’s name', () => {
    // Arrange
    const union = 'Members of the Paper and Allied Workers union rejected the offer.';
    const staff = 'The Hotel and Catering Employees union backed the walkout.';

    // Act
    const found = [...entities(union), ...entities(staff)];

    // Assert
    expect(found).toContain('Paper and Allied Workers/organization');
    expect(found).toContain('Hotel and Catering Employees/organization');
  });

  it('leaves two firms’ workers apart', () => {
    const found = entities('Kellogg and General Mills workers walked out on Friday.');

    expect(found.some((e) => e.startsWith('Kellogg and'))).toBe(false);
  });
});

describe('a county’s office named with two possessives', () => {
  it('is one organisation', () => {
    expect(entities("The Dane County State's Attorney's Office declined to file charges.")).toContain(
      "Dane County State's Attorney's Office/organization",
    );
  });
});
