import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 61, topic61): a derby named without the word "football", squash and sumo by their own
// words, a cricket side called the Strikers.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const SOCCER = 'medtop:20001065';
const RUGBY = 'medtop:20001176';
const CRICKET = 'medtop:20000888';
const SQUASH = 'medtop:20001068';
const SUMO = 'medtop:20001069';
const FASHION = 'medtop:20000011';

describe('a derby', () => {
  it('is a football match where the story names no other game', () => {
    // Act
    const result = tagArticle({
      body: 'Valdoria United and Porto Seco shared a 1-1 draw in the harbour derby at the Marisol Stadium on Sunday.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
    expect(ids(result)).toContain(SOCCER);
  });

  it("is rugby's where the story tells rugby", () => {
    // Act
    const result = tagArticle({
      body:
        'Kestrels beat Harriers 31-12 in the county derby, scoring five tries. Their fly-half kicked three ' +
        'conversions and two penalties.',
    });

    // Assert
    expect(ids(result)).toContain(RUGBY);
    expect(ids(result)).not.toContain(SOCCER);
  });

  it('with a capital, the city, gives no football', () => {
    // Act
    const result = tagArticle({
      body: 'The engine maker will hire 300 engineers at its Derby plant next year.',
    });

    // Assert
    expect(ids(result)).not.toContain(SOCCER);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('worn as a hat is no match', () => {
    // Act
    const result = tagArticle({ body: 'He wore a grey derby hat and a tweed coat to the wedding.' });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });
});

describe('squash and sumo', () => {
  it('a squash final is squash', () => {
    // Act
    const result = tagArticle({
      body: 'Lena Ortiz beat Mira Haddad 3-2 in the final of the national squash championship in Leeds.',
    });

    // Assert
    expect(ids(result)).toContain(SQUASH);
  });

  it('squash in a recipe or squashed rumours is no sport', () => {
    // Act
    const recipe = tagArticle({
      body: 'Roast the squash with garlic, then blend it with the stock until smooth.',
    });
    const rumours = tagArticle({ body: 'The club moved to squash rumours that its coach would leave.' });

    // Assert
    expect(ids(recipe)).not.toContain(SQUASH);
    expect(ids(rumours)).not.toContain(SQUASH);
  });

  it("a yokozuna's bout is sumo", () => {
    // Act
    const result = tagArticle({
      body: 'The yokozuna was beaten by a young maegashira on the ninth day of the tournament in Osaka.',
    });

    // Assert
    expect(ids(result)).toContain(SUMO);
  });

  it('a games studio called Sumo is no sumo', () => {
    // Act
    const result = tagArticle({
      body: 'A Chinese publisher agreed to buy Sumo Group, the Sheffield games studio.',
    });

    // Assert
    expect(ids(result)).not.toContain(SUMO);
  });
});

describe('a striker', () => {
  it('beside cricket is the batter, no footballer', () => {
    // Act
    const result = tagArticle({
      body: 'The Strikers reached 176 for six in their 20 overs before their bowlers took four wickets.',
    });

    // Assert
    expect(ids(result)).toContain(CRICKET);
    expect(ids(result)).not.toContain(SOCCER);
  });

  it('on a picket line is no player', () => {
    // Act
    const result = tagArticle({
      body: 'Hundreds of strikers marched on parliament on Monday, demanding that ministers raise the minimum wage.',
    });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('who scores is still a footballer', () => {
    // Act
    const result = tagArticle({
      body: 'The striker scored twice in the second half as the visitors won 3-1.',
    });

    // Assert
    expect(ids(result)).toContain(SOCCER);
  });
});

describe('the Met', () => {
  it('the Met Gala is fashion, no baseball', () => {
    // Act
    const result = tagArticle({
      body: 'The two actresses wore matching silver gowns to the Met Gala on Monday.',
    });

    // Assert
    expect(ids(result)).toContain(FASHION);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('the Mets are still baseball', () => {
    // Act
    const result = tagArticle({
      body: 'The Mets beat the Braves 5-3 with two home runs in the eighth inning.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });
});

describe('other readings of the new words', () => {
  it('a striker in the dock is still a footballer', () => {
    // Act
    const result = tagArticle({
      body: 'The former Wales striker was jailed for 18 months for dangerous driving.',
    });

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.sport);
  });

  it("a sumo deadlift is a gym's lift, no sumo", () => {
    // Act
    const result = tagArticle({
      body: 'The sumo deadlift works the hips harder than the classic lift, trainers say.',
    });

    // Assert
    expect(ids(result)).not.toContain(SUMO);
  });

  it("a scouts' pinewood derby is no football", () => {
    // Act
    const result = tagArticle({
      body: 'Forty cub scouts raced their model cars in the pinewood derby on Saturday.',
    });

    // Assert
    expect(ids(result)).not.toContain(SOCCER);
  });
});
