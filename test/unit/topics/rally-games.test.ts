import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { rallyGamesIn } from '../../../functions/core/topics/rally-games.js';

// Invented results (session 61, topic61): badminton's games told by their scores alone.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const BADMINTON = 'medtop:20000847';

describe('rally games', () => {
  it.each([
    ['two games', 'Mia Holm beat Chen Lu 21-14, 21-17 to reach the semi-finals.', '21-14, 21-17'],
    ['three games, one lost', 'The top seed won 21-18, 19-21, 21-16 in 71 minutes.', '21-18, 19-21, 21-16'],
    ['a game past 20-all', 'The pair won 23-21 21-12 on Sunday.', '23-21 21-12'],
  ])('reads %s', (_case, text, games) => {
    // Act
    const found = rallyGamesIn(text);

    // Assert
    expect(found).toBe(games);
  });

  it.each([
    ['ranges of dates', 'The fair runs 21-23, 27-29 June on the common.'],
    ['one football score', 'The Chiefs beat the Bills 21-13 on Sunday.'],
    ['volleyball sets to 25', 'The hosts won 25-23, 25-21, 25-19.'],
    [
      'beach volleyball sets to 21',
      'The pair beat the Dutch team 21-18, 21-16 on the sand at the beach volleyball.',
    ],
    ['a game that is no win', 'They ended 21-20, 21-15.'],
  ])('reads none in %s', (_case, text) => {
    // Act
    const found = rallyGamesIn(text);

    // Assert
    expect(found).toBeUndefined();
  });

  it("lists badminton for a result that names no sport but the games' scores", () => {
    // Act
    const result = tagArticle({
      body: 'Mia Holm beat Chen Lu 21-14, 21-17 to win the Copenhagen Masters on Sunday.',
    });

    // Assert
    expect(ids(result)).toContain(BADMINTON);
  });
});
