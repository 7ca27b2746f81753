import { describe, expect, it } from 'vitest';
import {
  ACRONYM_WITH_ONE_LOWER,
  ACRONYM_WITH_SMALL_WORD,
  CAPITAL_ENDED_ACRONYM,
} from '../../../functions/core/entities/acronym-shapes.js';

describe('acronym shapes', () => {
  it('reads capitals at both ends with small letters inside as one shape of acronym', () => {
    // Arrange
    const words = ['PiS', 'AfD', 'MDC', 'Busa', 'NATIONS'];

    // Act
    const read = words.map((word) => CAPITAL_ENDED_ACRONYM.test(word));

    // Assert
    expect(read).toEqual([true, true, true, false, false]);
  });

  it('tells one small letter inside from a short small word inside', () => {
    // Arrange
    const words = ['BiH', 'PvdA', 'FdI', 'KoZP'];

    // Act
    const oneLower = words.map((word) => ACRONYM_WITH_ONE_LOWER.test(word));
    const smallWord = words.map((word) => ACRONYM_WITH_SMALL_WORD.test(word));

    // Assert
    expect(oneLower).toEqual([true, false, true, true]);
    expect(smallWord).toEqual([true, true, true, false]);
  });
});
