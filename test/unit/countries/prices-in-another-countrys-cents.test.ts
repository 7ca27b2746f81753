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

  it('reads a rubber price in two countries\u2019 cents as no news of either', () => {
    expect(
      focusOf(
        'Rubber talks resume',
        'GENEVA — Producers and consumers resumed talks on Monday over the price band of a new rubber pact, which is set in Malaysian/Singapore cents.',
      ),
    ).toEqual(['CH']);
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
