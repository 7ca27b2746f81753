import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Session 44 (mendE44, wild43 item 9): a ship named first and described after a comma ("The Ever Given, a container
// ship, …") gave no entity, or a person; the apposition's head is a kind of ship, so the name is the ship's.

describe('a ship named, then described by an apposition', () => {
  it('is the ship at its first mention and wherever the story names it again', () => {
    // Arrange
    const body =
      'The Ever Given, a container ship the length of four football pitches, ran aground in the Suez Canal ' +
      'on Tuesday. Tugs worked through the night, but the Ever Given had not moved by Wednesday morning.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('other:ever-given: Ever Given | Ever Given');
  });

  it('is the ship when the kind has a size or a flag before it', () => {
    const found = [
      ...mentionsOf(
        'The Dali, a 300-metre cargo ship, lost power and struck a bridge in Baltimore early on Tuesday.',
      ),
      ...mentionsOf('Rescuers reached the Bayesian, a British-flagged superyacht, off the coast of Sicily.'),
    ];

    expect(found).toEqual(expect.arrayContaining(['other:dali: Dali', 'other:bayesian: Bayesian']));
  });

  it('leaves people and firms whose apposition only begins with a ship’s word', () => {
    const found = mentionsOf(
      'John Smith, a tanker driver from Leeds, was hurt. Stena Line, a ferry operator, said it would cut routes.',
    );

    expect(found).toEqual(
      expect.arrayContaining(['person:john-smith: John Smith', 'organization:stena-line: Stena Line']),
    );
  });

  it('leaves the person a ship is named after a person where no "the" names the ship', () => {
    const found = mentionsOf(
      'The Queen Elizabeth, a Cunard cruise ship, docked in Southampton on Monday. Queen Elizabeth died in 2022 ' +
        'and the ship was named after her.',
    );

    expect(found).toEqual(
      expect.arrayContaining(['other:queen-elizabeth: Queen Elizabeth', 'person:elizabeth-ii: Elizabeth']),
    );
  });
});
