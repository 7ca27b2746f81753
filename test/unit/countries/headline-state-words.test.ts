import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild38b ★1: an ambiguous country word (Turkey, Jordan, Chad, Niger, Mali, Georgia) in a headline the body does
// not repeat was dropped, though the headline reads it as the state.
function focus(title: string, body = ''): string[] {
  return tagArticle({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
}

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

  it('still drops the person, the bird and the US state (issue #2)', () => {
    expect(focus('Jordan scores 40 as Bulls win', 'He led the team with 40 points on Tuesday.')).toEqual([]);
    expect(focus('Jordan signs with Lakers', 'The guard agreed a two-year deal on Monday.')).toEqual([]);
    expect(focus('Turkey prices rise ahead of Thanksgiving', 'Growers said costs rose.')).toEqual([]);
    expect(focus('Georgia votes in Senate runoff', 'Voters lined up early across the state.')).toEqual([]);
  });
});

describe("Georgia's ruling party", () => {
  it('names the country when the body calls it by name: "Georgian Dream said it won"', () => {
    expect(focus('Georgia vote count', 'Georgian Dream said it won 54% of the vote.')).toEqual(['GE']);
  });
});
