import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const focusOf = (title: string, body: string) =>
  tagStory({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

// Invented market briefs (session 57, focus57).
describe("a price quoted in another country's cents", () => {
  it('leaves the country whose cents price the currency out of focus', () => {
    // Arrange
    const body =
      'SYDNEY — The Australian dollar fell 0.5% to 65.80 U.S. cents on Thursday after weak jobs data.';

    // Act
    const focus = focusOf('Local currency slips', body);

    // Assert
    expect(focus).toEqual(['AU']);
  });

  it('keeps an auction priced in U.S. cents the news of the market that holds it', () => {
    expect(
      focusOf(
        'Tea prices ease',
        'NAIROBI — Tea prices at the weekly auction fell 12 U.S. cents to $2.40 a kilo on Tuesday, brokers said.',
      ),
    ).toEqual(['KE']);
  });
});

describe('a disease or pest named after where it was first described', () => {
  it('is no news of that country', () => {
    expect(
      focusOf(
        'Virus cases rise',
        'Japanese encephalitis cases rose in Queensland and New South Wales this summer, health officials said.',
      ),
    ).toEqual(['AU']);
    expect(
      focusOf(
        'Fever cases',
        'Iraq reported 40 new cases of Crimean-Congo haemorrhagic fever this month, the health ministry said.',
      ),
    ).toEqual(['IQ']);
  });
});
