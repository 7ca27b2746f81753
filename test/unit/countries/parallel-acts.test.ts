import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Market wraps set two acts of one country on another side by side ("A's strikes on B and C's curbs on D"): each
// act links its own two, not the other's (places50, wild49 C10). Sentences written for these tests.
const pairs = (body: string) =>
  new Map(tagArticle({ id: 'wrap', title: '', body }).countryPairs.map((p) => [p.pair, p.score]));

describe('two acts joined by "and" in one sentence', () => {
  it("ranks each act's own pair above the pairs across the two acts", () => {
    // Act
    const found = pairs(
      "Wheat rose as Russia's strikes on Ukrainian ports and India's curbs on Bangladesh rattled traders.",
    );

    // Assert
    const own = Math.min(found.get('RU-UA') ?? 0, found.get('BD-IN') ?? 0);
    const across = Math.max(
      found.get('IN-RU') ?? 0,
      found.get('BD-RU') ?? 0,
      found.get('IN-UA') ?? 0,
      found.get('BD-UA') ?? 0,
    );
    expect(own).toBeGreaterThan(across);
    expect(across).toBeLessThanOrEqual(0.3);
  });

  it('keeps the pairs of a single act and its coordinated objects', () => {
    // Act
    const found = pairs("Washington's sanctions on Iran and Venezuela weighed on oil markets.");

    // Assert
    expect(found.has('IR-US')).toBe(true);
    expect(found.has('US-VE')).toBe(true);
  });
});
