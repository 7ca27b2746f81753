import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf, typesOf } from './entities-of.js';

describe("a ship's kind before a clause that opens with a people or a group (read27 F5)", () => {
  it('keeps a people\'s word after "the trawler" or "the superyacht" a nationality', () => {
    // Arrange
    const coastguard = 'The trawler Spanish inspectors boarded on Tuesday was escorted back to Vigo.';
    const owner = 'Investigators searched the superyacht Ukrainian oligarch Petro Danylenko is said to own.';

    // Act
    const coastguardTypes = typesOf(entitiesOf(coastguard));
    const ownerTypes = typesOf(entitiesOf(owner));

    // Assert
    expect(coastguardTypes.get('Spanish')).toEqual(['nationality']);
    expect(ownerTypes.get('Ukrainian')).toEqual(['nationality']);
  });

  it('keeps a listed armed group after "the tanker" the group, not a ship', () => {
    const body =
      'Sailors from the tanker Houthi gunmen struck near Hodeidah were taken to Djibouti on Thursday.';

    const types = typesOf(entitiesOf(body));

    expect(types.get('Houthi')).toEqual(['organization']);
  });

  it("still reads a ship whose name only opens with a people's word as the ship", () => {
    const body = 'The liner Norwegian Dawn docked in Bermuda on Sunday with 2,000 passengers aboard.';

    const types = typesOf(entitiesOf(body));

    expect(types.get('Norwegian Dawn')).toEqual(['other']);
  });
});

describe('a dated dateline that opens the body (read27 F7)', () => {
  it("leaves a byline's given name and surname a person, no town", () => {
    const found = tagArticle({
      body: 'MARTIN KOWALCZYK 2025-03-14\nThe brewer posted a rise in annual sales.',
    }).entities;

    expect(found.filter((e) => e.type === 'place')).toEqual([]);
    expect(found.some((e) => e.type === 'person')).toBe(true);
  });

  it("names a town no list knows as a story would write it, not in the wire's capitals", () => {
    const found = tagArticle({
      body: 'OBERWIL-LIEBEN 2024-09-02\nThe home side won the derby 2-1.',
    }).entities;

    expect(found.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Oberwil-Lieben']);
  });
});
