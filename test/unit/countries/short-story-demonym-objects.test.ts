import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// One-line items naming both sides by their peoples' words (wild50 C16): who acts ("A Russian court") and whom or
// what it acts on, right after the verb ("an American journalist"). Sentences written for these tests.
describe("a one-line item's actor and object named by demonyms", () => {
  it('pairs a court with the people of the one it sentenced', () => {
    // Act
    const found = briefFocusAndPairs('A Belarusian court jailed a Lithuanian activist for five years.');

    // Assert
    expect(found.focus).toEqual(['BY', 'LT']);
    expect(found.pairs).toEqual(['BY-LT']);
  });

  it('pairs the attackers with the people of what they targeted', () => {
    // Act
    const found = briefFocusAndPairs('North Korean hackers targeted Swedish defence ministry servers.');

    // Assert
    expect(found.pairs).toEqual(['KP-SE']);
  });

  it('pairs police with the people of those they detained, a number between', () => {
    // Act
    const found = briefFocusAndPairs('Greek police detained three Albanian smugglers near the border.');

    // Assert
    expect(found.pairs).toEqual(['AL-GR']);
  });

  it('does not read a victim named after "A" as the one who acts', () => {
    // Act
    const found = briefFocusAndPairs('A Dutch cyclist was injured in Portugal on Sunday.');

    // Assert
    expect(found.focus).not.toContain('NL');
  });
});
