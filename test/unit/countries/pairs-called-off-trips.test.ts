import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

const RIOTS =
  'JAKARTA (AP) - Indonesian President Budi Santoso said on Sunday that parliament would revoke a housing ' +
  'allowance for lawmakers after a week of riots in Indonesia in which seven people died. Protests began in ' +
  'Jakarta after a police vehicle ran over a delivery driver. ';

describe('a trip called off links the traveller to no country', () => {
  it('pairs no country with the one whose trip there was cancelled', () => {
    // Arrange
    const article = story(
      "Indonesia's president scraps lawmakers' perks after riots",
      `${RIOTS}Indonesia's president cancelled a trip to China for a military parade and ordered the police to act firmly.`,
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).not.toContain('CN-ID');
  });

  it('still links a trip that goes ahead', () => {
    // Arrange
    const article = story(
      "Indonesia's president scraps lawmakers' perks after riots",
      `${RIOTS}Indonesia's president flew to China on Wednesday for a military parade and talks on trade.`,
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toContain('CN-ID');
  });
});
