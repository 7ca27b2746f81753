import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

// Session 44 (places44): "The Hague" and "La Paz" are their governments' seats though the packages give Amsterdam and
// Sucre as the capitals, and "The Hague" keeps its article when read as a seat. Stories are invented.
const DEMONSTRATION = 'medtop:20000066';
const DIPLOMACY = 'medtop:20000639';

describe("a seat of government's protest is its government's note", () => {
  it('reads the headline "The Hague protests to Caracas" as diplomacy, no demonstration', () => {
    // Arrange
    const title = 'The Hague protests to Caracas over Aruba incident';
    const body =
      'The Dutch foreign ministry summoned the Venezuelan charge d\u2019affaires on Tuesday after a patrol boat ' +
      'entered the waters off Aruba.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DIPLOMACY);
    expect(ids).not.toContain(DEMONSTRATION);
  });

  it('reads "La Paz protested" as no demonstration', () => {
    // Arrange
    const title = 'Bolivia objects to Chilean river works';
    const body =
      'La Paz protested on Thursday after Santiago approved a dam on the Lauca river, the foreign ministry said.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(DEMONSTRATION);
  });
});
