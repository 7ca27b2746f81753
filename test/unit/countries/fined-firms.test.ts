import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const countriesOf = (story: Parameters<typeof tagStory>[0]) =>
  tagStory(story).countries.map((c) => [c.code, c.focus] as const);

describe('the country of a firm a fine is about', () => {
  it('puts the fined firm’s seat in focus beside the seat the fine was filed from, and first', () => {
    const countries = countriesOf({
      title: 'EU fines Orchard 1.2 billion euros over app store rules',
      dateline: 'BRUSSELS',
      body:
        'The European Commission fined Orchard 1.2 billion euros on Monday for stopping app makers from telling ' +
        'users about cheaper offers. The California-based company said it would appeal. Tunely, the Swedish ' +
        'streaming service that complained to the Commission in 2021, welcomed the decision.',
    });

    expect(countries[0]).toEqual(['US', true]);
    expect(countries).toContainEqual(['BE', true]);
    expect(countries).toContainEqual(['SE', false]);
  });

  it('leaves the firms’ country out of focus when a law only applies to them', () => {
    const countries = countriesOf({
      title: 'EU AI rules take effect for chatbot makers',
      dateline: 'BRUSSELS',
      body:
        'The European Union’s rules for general-purpose artificial intelligence took effect on Saturday, requiring ' +
        'chatbot makers to disclose how their models were trained. The U.S. companies that lead the market must ' +
        'comply within a year, Commission officials said.',
    });

    expect(countries).not.toContainEqual(['US', true]);
  });

  it('keeps the firms’ country in focus when a probe is aimed at them (read29 F-q)', () => {
    const countries = countriesOf({
      title: 'EU opens probe into Chinese bidders for solar park',
      dateline: 'BRUSSELS',
      body:
        'The European Commission opened an in-depth investigation on Tuesday into two Chinese companies bidding ' +
        'to build a solar park in Romania. The Chinese firms could be barred from the tender, officials said.',
    });

    expect(countries).toContainEqual(['CN', true]);
  });
});
