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

  it('leaves a team that rounds off its campaign ("Uruguay round off their qualifying campaign")', () => {
    const result = codesOf('Uruguay round off their qualifying campaign against Peru on Tuesday in Lima.');

    expect(result).toContain('UY');
  });

  it('reads "the Uruguay round" closing a clause as the talks', () => {
    const result = codesOf('Ministers hoped for progress in the Uruguay round, officials said.');

    expect(result).not.toContain('UY');
  });

  it('reads the round of the General Agreement on Tariffs and Trade as the talks', () => {
    const result = codesOf(
      'Ministers met under the latest Uruguay round of the General Agreement on Tariffs and Trade.',
    );

    expect(result).not.toContain('UY');
  });
});
