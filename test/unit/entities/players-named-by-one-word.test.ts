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

describe('one word no list knows that scores on a sports page (read51 R23)', () => {
  it('is no player when the goal’s clause names no side he scored for', () => {
    // Arrange
    const half = 'Tarnwick scored twice in the second half and held on .';
    const firstTime = 'Tarnwick scored twice for the first time this season .';

    // Act
    const a = sportsEntities('SOCCER - LEAGUE ROUND-UP .', half);
    const b = sportsEntities('SOCCER - LEAGUE ROUND-UP .', firstTime);

    // Assert
    expect(a).not.toContain('Tarnwick/person');
    expect(b).not.toContain('Tarnwick/person');
  });

  it('is a club that wins or draws by its goals', () => {
    const beat = sportsEntities(
      'SOCCER - LEAGUE ROUND-UP .',
      'Tarnwick scored twice after the break to beat Ostmoor .',
    );
    const draw = sportsEntities('SOCCER - LEAGUE ROUND-UP .', 'Tarnwick netted late to draw with Ostmoor .');

    expect(beat).toContain('Tarnwick/organization');
    expect(draw).toContain('Tarnwick/organization');
  });

  it('says nothing of who by "their", "conceded" or a weekday’s win', () => {
    const heading = 'SOCCER - LEAGUE ROUND-UP .';
    const found = [
      ...sportsEntities(heading, 'Dorvalli scored their second goal in the 60th minute .'),
      ...sportsEntities(heading, 'Tarnwick scored twice and then conceded three .'),
      ...sportsEntities(heading, 'Tarnwick scored three times in Saturday ’s 3-1 win over Ostmoor .'),
    ];

    expect(found.filter((n) => /^(Dorvalli|Tarnwick)\//.test(n))).toEqual([]);
  });

  it('is a player whom a role or his club names before the name, whatever the clause says', () => {
    const heading = 'SOCCER - LEAGUE ROUND-UP .';

    expect(sportsEntities(heading, 'Striker Dorvalli scored twice to beat Ostmoor .')).toContain(
      'Dorvalli/person',
    );
    expect(sportsEntities(heading, 'Ravenna ’s Dorvalli scored twice to beat Ostmoor .')).toContain(
      'Dorvalli/person',
    );
  });

  it('is a player who scores the winner, tries, or helps or leads his side', () => {
    const heading = 'SOCCER - LEAGUE ROUND-UP .';

    expect(sportsEntities(heading, 'Dorvalli scored the winner in the 89th minute .')).toContain(
      'Dorvalli/person',
    );
    expect(
      sportsEntities(heading, 'Dorvalli scored two tries to help Bath beat Leicester 28-20 .'),
    ).toContain('Dorvalli/person');
    expect(
      sportsEntities(heading, 'Dorvalli scored 30 points to lead the Rockets to a 98-90 win .'),
    ).toContain('Dorvalli/person');
  });

  it('is a player who scores for a side, in its win, or a hat-trick or his goal', () => {
    const heading = 'SOCCER - LEAGUE ROUND-UP .';

    expect(sportsEntities(heading, 'Ferrandi scored twice in Ravenna ’s 3-1 win .')).toContain(
      'Ferrandi/person',
    );
    expect(sportsEntities(heading, 'Ferrandi scored twice to give Ravenna the lead .')).toContain(
      'Ferrandi/person',
    );
    expect(sportsEntities(heading, 'Ferrandi netted a hat-trick in the first half .')).toContain(
      'Ferrandi/person',
    );
    expect(sportsEntities(heading, 'Ferrandi scored his 20th goal of the season .')).toContain(
      'Ferrandi/person',
    );
  });

  it('leaves one who scores as "they" win unread', () => {
    const found = sportsEntities(
      'SOCCER - LEAGUE ROUND-UP .',
      'Tarnwick scored twice as they beat Ostmoor 2-1 .',
    );

    expect(found).not.toContain('Tarnwick/person');
    expect(found).not.toContain('Tarnwick/organization');
  });
});
