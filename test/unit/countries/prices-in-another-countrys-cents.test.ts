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

  it('leaves the U.S. out of focus in an undated brief whose currency is quoted in its cents', () => {
    expect(
      focusOf('Currency slips', 'The Australian dollar fell 0.5% to 65.80 U.S. cents after weak jobs data.'),
    ).toEqual(['AU']);
    expect(
      focusOf(
        'Currency slips',
        'The New Zealand dollar fell 0.4% to 58.10 U.S. cents after a weak dairy auction.',
      ),
    ).toEqual(['NZ']);
  });

  it('keeps a bond issued in U.S. dollars the news of its currency', () => {
    expect(
      focusOf('Bank prices bond', 'A state bank said it had priced a 500 mln U.S. dlr bond due 2031 at par.'),
    ).toEqual(['US']);
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
