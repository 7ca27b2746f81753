import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

// Session 46 (places46, wild46 ★6): a country's troops stationed in another made no pair, "in" before the host read
// as where something happens. Stories are invented.
describe('a force one country keeps in another', () => {
  it.each([
    [
      'France, the former colonial power, which has 1,500 troops in Niger, said it was following events.',
      'FR-NE',
    ],
    ['Britain has 900 troops in Estonia as part of a NATO battlegroup.', 'EE-GB'],
    ['Turkey, which has soldiers stationed in Qatar, offered to mediate on Monday.', 'QA-TR'],
  ])('links the two countries in "%s"', (body, pair) => {
    // Arrange
    const story = { body };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual([pair]);
  });

  it('links no force that fled or whose victims are named', () => {
    // Arrange
    const story = { body: 'A charity in Britain helps victims of troops in Myanmar, its director said.' };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual([]);
  });

  // fixP46 (read46 on 86ce73ba): a firm's base is no force.
  it("links no firm's production base to the country it is in", () => {
    // Arrange
    const story = {
      body: "Japan's Toyota, which has a large production base in Thailand, said it would build a new plant there.",
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual([]);
  });
});
