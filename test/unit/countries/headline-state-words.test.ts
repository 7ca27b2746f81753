import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// wild38b ★1: an ambiguous country word (Turkey, Jordan, Chad, Niger, Mali, Georgia) in a headline the body does
// not repeat was dropped, though the headline reads it as the state.
const focus = (title: string, body = ''): string[] => focusAndPairs({ title, body }).focus;

describe('an ambiguous headline word the headline reads as a state', () => {
  it('counts the subject of a state act: "Turkey raises interest rates again"', () => {
    // Arrange
    const title = 'Turkey raises interest rates again';

    // Act
    const codes = focus(title, 'The central bank lifted its benchmark rate to 50% to fight inflation.');

    // Assert
    expect(codes).toEqual(['TR']);
  });

  it('counts the state\'s own after the word: "Niger junta", "Georgia\'s ruling party"', () => {
    expect(focus('Niger junta frees former president')).toEqual(['NE']);
    expect(focus("Georgia's ruling party claims victory", 'The party said it won 54% of the vote.')).toEqual([
      'GE',
    ]);
  });

  it('counts the word a tie of states governs: "ambassador to Turkey"', () => {
    expect(focus('Germany names new ambassador to Turkey')).toEqual(['DE', 'TR']);
  });

  it('counts each of a list of subjects: "Mali, Niger quit ECOWAS"', () => {
    expect(focus('Mali, Niger quit ECOWAS')).toEqual(['ML', 'NE']);
  });

  it('still drops the person and the bird, and reads the US state as no country Georgia (issue #2)', () => {
    expect(focus('Jordan scores 40 as Bulls win', 'He led the team with 40 points on Tuesday.')).toEqual([]);
    expect(focus('Jordan signs with Lakers', 'The guard agreed a two-year deal on Monday.')).toEqual([]);
    expect(focus('Turkey prices rise ahead of Thanksgiving', 'Growers said costs rose.')).toEqual([]);
    // The story's words read the state ("Senate"): the United States, no longer nothing (review61 ★2).
    expect(focus('Georgia votes in Senate runoff', 'Voters lined up early across the state.')).toEqual([
      'US',
    ]);
  });
});

describe('an ambiguous headline word in title case or before a colon', () => {
  it('counts the state in a title-case headline, where a capital after the word names no one', () => {
    expect(focus('Turkey Raises Interest Rates Again', 'The decision was announced on Thursday.')).toEqual([
      'TR',
    ]);
    expect(focus('Niger Junta Frees Former President', 'He was held for two years.')).toEqual(['NE']);
    expect(focus('Chad Ends Defence Pact With France', 'The accord dated from 1976.')).toEqual(['FR', 'TD']);
  });

  it('counts the word that labels a headline before a colon: "Turkey: central bank raises rates"', () => {
    expect(focus('Turkey: central bank raises rates', 'The decision was announced on Thursday.')).toEqual([
      'TR',
    ]);
  });

  it('still drops the person and the bird in title case, and reads the US state as no country Georgia', () => {
    const body = 'The announcement came on Thursday.';

    expect(focus('Chad Johnson Signs With Bengals', body)).toEqual([]);
    expect(focus('Jordan Spieth Wins Masters', body)).toEqual([]);
    expect(focus('Turkey Prices Rise Before Thanksgiving', body)).toEqual([]);
    // "Georgia Governor" is the state's office: the United States (review61 ★2), never the country.
    expect(focus('Georgia Governor Signs Budget Bill', body)).toEqual(['US']);
    expect(focus('Israel Adesanya Wins Title Fight', body)).toEqual([]);
  });
});

describe("Georgia's ruling party", () => {
  it('names the country when the body calls it by name: "Georgian Dream said it won"', () => {
    expect(focus('Georgia vote count', 'Georgian Dream said it won 54% of the vote.')).toEqual(['GE']);
  });
});
