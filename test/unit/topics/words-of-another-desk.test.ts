import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 44 (mendT44): words one desk borrows from another, found by wild44. Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ROBBERY_AND_THEFT = 'medtop:20000104';

describe('an election said to be stolen is no theft (wild44 ★6)', () => {
  it('gives an opposition that says the vote had been stolen no crime', () => {
    // Arrange
    const story = {
      title: 'Opposition rejects count in Moldova vote',
      body:
        "CHISINAU - Moldova's main opposition bloc refused on Monday to recognise the parliamentary election " +
        'result, saying the vote had been stolen by the ruling party through ballot stuffing. Its leader called ' +
        'supporters to a rally in the capital.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
    expect(ids(result)).toContain(TOP_LEVEL.politics);
  });

  it('gives a candidate who says officials stole the election, and a march against a stolen mandate, no theft', () => {
    // Arrange
    const stories = [
      {
        title: 'Candidate claims victory was stolen',
        body:
          'The defeated presidential candidate told thousands of supporters that officials stole the election ' +
          'from him, and vowed to challenge the count in the constitutional court.',
      },
      {
        title: "Rally against 'stolen mandate'",
        body:
          'Tens of thousands marched in the capital on Saturday against what protesters called a stolen mandate, ' +
          "accusing the governing party of rigging last month's local polls.",
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) expect(ids(result)).not.toContain(ROBBERY_AND_THEFT);
  });

  it('keeps the theft of ballot boxes and voting machines', () => {
    // Arrange
    const stories = [
      {
        title: 'Ballot boxes stolen from polling station',
        body:
          'Armed men stole three ballot boxes from a polling station in the north on election day, police said, ' +
          'and the vote there will be held again on Sunday.',
      },
      {
        title: 'Thieves steal voting machines',
        body:
          'Thieves broke into a council warehouse and stole 40 electronic voting machines a week before the ' +
          'election, police said on Tuesday. Two men were arrested.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) expect(ids(result)).toContain(ROBBERY_AND_THEFT);
  });
});
