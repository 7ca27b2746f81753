import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// One-line corporate and border briefs: the country of what a deal buys, or of the territory entered, is a party;
// what the act happens amid is background (places50, wild50 C6). Sentences written for these tests.
const read = briefFocusAndPairs;

describe("a short item's deal, border crossing and background", () => {
  it("pairs the buyer's country with the target's, named by a people's word", () => {
    // Act
    const found = read("Sweden's Volvo agreed to buy Dutch truck parts maker Daf Components.");

    // Assert
    expect(found.focus).toEqual(['NL', 'SE']);
    expect(found.pairs).toContain('NL-SE');
  });

  it("pairs the bidder's country with the target's, named by a possessive", () => {
    // Act
    const found = read("France's Carrefour raised its bid for Brazil's Grupo Pao.");

    // Assert
    expect(found.pairs).toContain('BR-FR');
  });

  it('pairs the country whose airspace another entered', () => {
    // Act
    const found = read("Belarus's drones violated Lithuanian airspace on Tuesday.");

    // Assert
    expect(found.pairs).toContain('BY-LT');
  });

  it('leaves the country a clause acts amid out of focus', () => {
    // Act
    const found = read('South Korea halted imports of Chinese steel amid the dispute over Taiwan.');

    // Assert
    expect(found.focus).toEqual(['CN', 'KR']);
  });
});
