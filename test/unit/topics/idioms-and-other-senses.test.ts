import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 61, topic61): words another desk owns, in an idiom or another sense.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ACCIDENT = 'medtop:20000139';
const MUSIC = 'medtop:20000018';
const ELECTION = 'medtop:20000574';
const DEMONSTRATION = 'medtop:20000066';
const DEFENCE = 'medtop:20000598';

describe('idioms and other senses', () => {
  it('a collision course is no accident', () => {
    // Act
    const result = tagArticle({
      body: 'The budget vote set the prime minister on a collision course with his own coalition partners.',
    });

    // Assert
    expect(ids(result)).not.toContain(ACCIDENT);
  });

  it('two buses that collided are still an accident', () => {
    // Act
    const result = tagArticle({
      body: 'Two buses collided on the coast road on Friday, injuring 14 passengers.',
    });

    // Assert
    expect(ids(result)).toContain(ACCIDENT);
  });

  it("a composer's film scores are music, no sport", () => {
    // Act
    const result = tagArticle({
      body: 'The composer, who died on Monday aged 81, was best known for his film scores for a Lisbon director.',
    });

    // Assert
    expect(ids(result)).toContain(MUSIC);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('scores of people are many, no score', () => {
    // Act
    const result = tagArticle({ body: 'Scores of families queued outside the town hall for food parcels.' });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('the winner of a cooking contest is declared in no election', () => {
    // Act
    const result = tagArticle({
      body: 'A pastry chef from Dundee was declared the winner of the televised cake contest after a tense final.',
    });

    // Assert
    expect(ids(result)).not.toContain(ELECTION);
    expect(ids(result)).not.toContain(TOP_LEVEL.politics);
  });

  it('a candidate declared the winner of a race for office is still an election', () => {
    // Act
    const result = tagArticle({
      body: 'Maria Lund was declared the winner of the mayoral race after the last ballots were counted.',
    });

    // Assert
    expect(ids(result)).toContain(ELECTION);
  });

  it("a state that protests a neighbour's dam lodges a note, no demonstration", () => {
    // Act
    const result = tagArticle({
      body:
        'Upstream Kyrgyzstan opened its new dam on the river, and Uzbekistan protests the move. Its foreign ' +
        'ministry said the flow downstream would fall.',
    });

    // Assert
    expect(ids(result)).not.toContain(DEMONSTRATION);
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.politics);
  });

  it('protests a crowd holds stay a demonstration', () => {
    // Act
    const result = tagArticle({
      body: 'Riot police fired tear gas at Uzbekistan protests over bread prices.',
    });

    // Assert
    expect(ids(result)).toContain(DEMONSTRATION);
  });

  it('a missile test-fired is defence', () => {
    // Act
    const result = tagArticle({
      body: 'The navy test-fired a new anti-ship missile off the coast on Thursday.',
    });

    // Assert
    expect(ids(result)).toContain(DEFENCE);
  });
});
