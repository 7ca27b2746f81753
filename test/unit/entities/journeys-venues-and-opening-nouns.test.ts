import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a journey’s destination and a race’s ground (review31 ★2 leftovers)', () => {
  it('is a place after "diverted to", though no list knows its words', () => {
    // Arrange
    const body = 'Flights were diverted to Sharm Al Naqa after the storm.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Sharm Al Naqa/place');
  });

  it('is a place after "flew to", though a given name opens it', () => {
    const body = 'Rescuers flew to Ban Houaykham to search for the missing hikers.';

    expect(typedNames(body)).toContain('Ban Houaykham/place');
  });

  it('names the ground of a race between "at the" and "circuit"', () => {
    const body = 'Verstappen won from pole at the Yas Corniche circuit.';

    expect(typedNames(body)).toContain('Yas Corniche/place');
  });

  it('is a place after "the community of"', () => {
    const body = 'Two people died near the community of Lac du Bois.';

    expect(typedNames(body)).toContain('Lac du Bois/place');
  });

  it('leaves a person whose surname a list knows, and what a person owns, to the person', () => {
    const found = typedNames(
      'The minister travelled to Tom Barrack’s residence in Ankara. The case was referred to Judge Maria Lopez.',
    );

    expect(found).toContain('Tom Barrack/person');
    expect(found).toContain('Maria Lopez/person');
  });

  it('leaves a tour named by its acronym a body', () => {
    expect(typedNames('Players on the ATP circuit complained about the heat.')).toContain('ATP/organization');
  });
});

describe('a lone word opening a sentence before a noun and its verb (review31 E10)', () => {
  it('is the noun phrase’s word, no person', () => {
    // Arrange
    const body = 'Avian flu has also hit egg prices, which peaked in March.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual([]);
  });

  it('is no person where a list knows it as a surname', () => {
    const body = 'Coca cultivation reached 253,000 hectares in 2023, the agency said.';

    expect(typedNames(body)).toEqual([]);
  });

  it('stays a person before "administration officials said" (no verb after the noun)', () => {
    const body = 'Reagan administration officials said later that talks would go on.';

    // Under the name entities/world-leaders.ts lists him by (session 50).
    expect(typedNames(body)).toContain('Ronald Reagan/person');
  });

  it('stays a person before what a person has ("aides", "supporters")', () => {
    const body = 'Okafor aides have denied the report.';

    expect(typedNames(body)).toContain('Okafor/person');
  });

  it('stays a person the article names inside a sentence', () => {
    const body = 'Voters backed Maria Okafor in May. Okafor supporters have vowed to march.';

    expect(typedNames(body)).toContain('Maria Okafor/person');
  });
});
