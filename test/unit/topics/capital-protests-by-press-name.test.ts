import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

// Session 43 (places43; mendT42's left-over): "Kyiv" and "New Delhi" had no capital flag in the gazetteer, so a
// government that protested by its capital's press name was read as a crowd. Stories are invented.
const DEMONSTRATION = 'medtop:20000066';
const DIPLOMACY = 'medtop:20000639';

describe("a capital's protest is a government's note under the capital's press name", () => {
  it('reads "Kyiv protested" as diplomacy, no demonstration', () => {
    // Arrange
    const title = 'Ukraine summons envoy over border incident';
    const body =
      'Kyiv protested on Thursday after a Belarusian helicopter crossed into Ukrainian airspace, the foreign ' +
      'ministry said, and summoned the Belarusian charge d\u2019affaires.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(DEMONSTRATION);
    expect(ids).toContain(DIPLOMACY);
  });

  it('reads "New Delhi protested" as no demonstration', () => {
    // Arrange
    const title = 'India objects to map';
    const body =
      'New Delhi protested on Monday after Beijing published a map showing an Indian state as Chinese territory, ' +
      'the external affairs ministry said.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(DEMONSTRATION);
  });

  it('keeps "London protests against Gaza war draw 100,000" a demonstration (read43)', () => {
    // Arrange
    const title = 'London protests against Gaza war draw 100,000';
    const body =
      'About 100,000 people marched through central London on Saturday calling for a ceasefire in Gaza, police ' +
      'said. Dozens were arrested.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DEMONSTRATION);
    expect(ids).not.toContain(DIPLOMACY);
  });
});
