import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codesOf = (body: string) => tagStory({ title: 'WTO talks', body }).countries.map((c) => c.code);

describe('a round of world trade talks named after where it was launched', () => {
  it('names no country in lower case ("the Uruguay round of global trade talks")', () => {
    const result = codesOf('Farm ministers reviewing the Uruguay round of global trade talks met on Monday.');

    expect(result).not.toContain('UY');
  });

  it('names no country with "trade" between or inside quotes ("the Doha trade round", "Uruguay round")', () => {
    const result = codesOf('The Doha trade round stalled, as the "Uruguay round" talks had before it.');

    expect(result).not.toContain('QA');
    expect(result).not.toContain('UY');
  });

  it('leaves the country acting in its own right ("Uruguay said")', () => {
    const result = codesOf('Uruguay said it would attend the meeting on farm subsidies.');

    expect(result).toContain('UY');
  });
});
