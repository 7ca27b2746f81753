import { describe, expect, it } from 'vitest';
import { candidateWith } from '../../../functions/core/entities/candidate-copy.js';
import type { Candidate } from '../../../functions/core/entities/classify.js';
import { withoutPatronymics } from '../../../functions/core/entities/patronymics.js';
import { asPrizeOfGold } from '../../../functions/core/entities/prizes-of-gold.js';

/** A candidate with its fields in the order `candidate` (classify.ts) writes them. */
const ministry: Candidate = {
  field: 'body',
  start: 8,
  end: 24,
  text: 'Foreign Ministry',
  words: ['Foreign', 'Ministry'],
  type: 'organization',
  canonical: undefined,
  countryCode: undefined,
  strength: 2,
  locative: false,
  caseless: false,
  placeId: undefined,
  prev: "'s",
  teamFromPlace: undefined,
  personish: undefined,
  owner: undefined,
};

describe('a copy of a candidate with some fields changed', () => {
  it('changes the fields given and keeps every other one', () => {
    // Arrange
    const changes = {
      words: ['Chilean', 'Foreign', 'Ministry'],
      canonical: 'Chilean Foreign Ministry',
      owner: 'CL',
    };

    // Act
    const owned = candidateWith(ministry, changes);

    // Assert
    expect(owned).toEqual({ ...ministry, ...changes });
    expect(ministry.owner).toBeUndefined();
  });

  it("keeps the candidate's fields in their order, so copies share the shape of candidates", () => {
    // Act
    const copy = candidateWith(ministry, { type: 'other', strength: 3 });

    // Assert
    expect(Object.keys(copy)).toEqual(Object.keys(ministry));
  });

  it('is how later passes retype and rename a candidate', () => {
    // Arrange
    const prize: Candidate = { ...ministry, text: "Ballon d'Or", words: ['Ballon', "d'Or"] };
    const person: Candidate = {
      ...ministry,
      text: 'Ahmed Mohammedovich Khan',
      words: ['Ahmed', 'Mohammedovich', 'Khan'],
      type: 'person',
    };

    // Act
    const retyped = asPrizeOfGold(prize);
    const [renamed] = withoutPatronymics([person]);

    // Assert
    expect(retyped.type).toBe('other');
    expect(Object.keys(retyped)).toEqual(Object.keys(ministry));
    expect(renamed?.words).toEqual(['Ahmed', 'Khan']);
    expect(Object.keys(renamed!)).toEqual(Object.keys(ministry));
  });
});
