import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNameFeature } from '../../../functions/core/countries/water-names.js';

/** water-names.ts's `FEATURE`, the pattern the gate stands in front of (without `g`: no state kept). */
const FEATURE = /((?:[A-Z][\p{L}'\u2019-]*\s+){1,3})(?:Shoal|Reef|Atoll|Cays?)\b/u;

describe('mayNameFeature', () => {
  it('holds for a text naming a shoal, a reef, an atoll or cays', () => {
    // Arrange
    const texts = [
      'near Scarborough Shoal in the South China Sea',
      'bleaching on the Great Barrier Reef',
      'tests at Bikini Atoll',
      'the Florida Cays',
    ];

    // Act
    const answers = texts.map(mayNameFeature);

    // Assert
    expect(answers).toEqual([true, true, true, true]);
  });

  it('is false for a story of capitalised names and no feature word, so its feature scan is skipped', () => {
    // Arrange
    const body =
      'Canadian Prime Minister Mark Carney met Philippine President Ferdinand Marcos Jr. in Scarborough.';

    // Act
    const answer = mayNameFeature(body);

    // Assert
    expect(answer).toBe(false);
  });

  it('holds for every text the feature pattern matches', () => {
    // Arrange: texts from fragments that make and break the pattern's runs of capitalised words
    const fragment = fc.constantFrom(
      ...['Shoal', 'Reef', 'Atoll', 'Cay', 'Cays', 'Scarborough', 'Second Thomas', 'the', ' ', '  ', '\n'],
      ...["'", '-', 'S', 'R', 'A', 'C', 'x', 'hoal', 'eef', 'toll', 'ay', '\u00c9', '.'],
    );
    const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

    // Act / Assert
    fc.assert(
      fc.property(text, (t) => !FEATURE.test(t) || mayNameFeature(t)),
      { numRuns: 3000 },
    );
  });
});
