import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** A pre-tokenised sports wire under `headline`, as "name/type" of each entity. */
function sportsEntities(headline: string, ...sentences: string[]): string[] {
  const body = `${headline}\nLONDON 1996-09-14\n${sentences.join('\n')}`;
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a player a sports page names by one word no list knows', () => {
  it('opening the sentence before a goal or a golfer’s round is a person', () => {
    // Arrange
    const football = ['SOCCER - LEAGUE ROUND-UP .', 'Ferrandi scored twice for Ravenna .'];
    const golf = ['GOLF - OPEN LEADERS .', 'Mwangura carded a 68 to lead by one .'];

    // Act
    const a = sportsEntities(football[0]!, football[1]!);
    const b = sportsEntities(golf[0]!, golf[1]!);

    // Assert
    expect(a).toContain('Ferrandi/person');
    expect(b).toContain('Mwangura/person');
  });

  it('before a golfer’s round or place by strokes is a person', () => {
    expect(
      sportsEntities('GOLF - OPEN .', 'Ferrandi finished two shots behind the leader on Saturday .'),
    ).toContain('Ferrandi/person');
    expect(sportsEntities('GOLF - OPEN .', 'Mwangura fired a four-under-par 67 .')).toContain(
      'Mwangura/person',
    );
  });

  it('on both sides of a win by set scores is a person', () => {
    const found = sportsEntities('TENNIS - RESULTS .', 'Mwangura beat Ferrandi 6-1 6-4 in the final .');

    expect(found).toContain('Mwangura/person');
    expect(found).toContain('Ferrandi/person');
  });

  it('leaves a club’s win by goals alone', () => {
    const found = sportsEntities('SOCCER - RESULTS .', 'Ferrandi scored twice as Bayern beat Hamburg 2-0 .');

    expect(found).toContain('Ferrandi/person');
    expect(found).not.toContain('Bayern/person');
    expect(found).not.toContain('Hamburg/person');
  });

  it('is no person off the sports page', () => {
    const found = sportsEntities('BUSINESS - RESULTS .', 'Dorvex scored a record profit last year .');

    expect(found).not.toContain('Dorvex/person');
  });
});
