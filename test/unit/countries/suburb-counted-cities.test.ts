import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, review58): a city GeoNames counts by one suburb (Ipswich, Queensland) is a namesake at its
// whole size, so the story's own places and its agency choose it. Sentences are invented.
const tagged = (body: string) => tagArticle({ title: '', body, language: 'en' });
const countriesOf = (body: string): string[] =>
  tagged(body).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a city GeoNames counts by one suburb', () => {
  it('is the town of a national agency’s dateline at home', () => {
    // Arrange
    const body =
      'IPSWICH, Dec 9 (AAP) - The council voted to build a new library beside the river on Tuesday.';

    // Act
    const dateline = tagged(body).dateline;

    // Assert
    expect(dateline?.countryCode).toBe('AU');
  });

  it('is the town a state of its country in the lead places', () => {
    expect(
      countriesOf('IPSWICH — Queensland police said a cyclist was hurt in a crash in Ipswich on Monday.'),
    ).toEqual(['AU*']);
  });

  it('leaves the bare name to the city GeoNames counts whole', () => {
    expect(
      countriesOf('Police in Ipswich said a man had been arrested after a crash on the ring road.'),
    ).toEqual(['GB*']);
  });
});
