import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 43 (mendT43): words wild43 found read in another desk's sense — a mountain's summit, a derailed plan, the
// Lunar New Year, a rock of geology. Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const SUMMIT_MEETINGS = 'medtop:20000640';
const RAILWAY_ACCIDENT = 'medtop:20000146';
const SPACE_EXPLORATION = 'medtop:20000739';
const MUSIC = 'medtop:20000018';

describe('a summit that is a height, not a meeting (wild43 ★2)', () => {
  it.each([
    [
      'Climbers reach top of Annapurna',
      'A team of four climbers reached the summit of Annapurna on Friday after a 12-hour push from the last camp, ' +
        'their expedition company said.',
    ],
    [
      'Walkers lost in fog',
      'Mountain rescuers helped two walkers who became lost in fog near the summit of Snowdon on Saturday evening.',
    ],
    ['Arsenal go top', 'Arsenal went back to the summit of the table after beating Wolves 3-1 on Sunday.'],
    [
      'Tower evacuated',
      'Visitors were evacuated from the summit of the tower after a fire alarm on Tuesday.',
    ],
    [
      'Start-ups gather in Lisbon',
      'Thousands of founders and investors gathered at the Web Summit, a technology conference, to hear pitches ' +
        'for new artificial intelligence tools.',
    ],
  ])('gives "%s" no summit meeting and no politics', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(SUMMIT_MEETINGS);
    expect(ids(result)).not.toContain(TOP_LEVEL.politics);
  });

  it("reads every summit of a climbing story as the peak once one sentence names the climb's words", () => {
    // Arrange
    const story = {
      title: 'Queues on the mountain',
      body:
        'Sherpas fixed ropes to the summit on Monday, opening the route for hundreds of paying climbers. ' +
        'The summit was crowded by noon, and one guide said the wait lasted two hours.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(SUMMIT_MEETINGS);
  });

  it('keeps a summit of leaders, even one held at a mountain resort', () => {
    // Arrange
    const resort = {
      title: 'Peace summit in Switzerland',
      body:
        'Leaders and ministers from 90 countries attended a peace summit at a mountain resort near Lucerne on ' +
        'Saturday.',
    };
    const geneva = {
      title: 'Presidents meet',
      body: 'The two presidents held a summit in Geneva and agreed to resume arms control talks.',
    };

    // Act
    const topics = [tagArticle(resort), tagArticle(geneva)].map(ids);

    // Assert
    for (const found of topics) expect(found).toContain(SUMMIT_MEETINGS);
  });
});

describe('a plan, a bid or talks that are derailed are no railway accident (wild43 ★4)', () => {
  it.each([
    [
      'Talks collapse',
      'The assassination derailed negotiations between the government and the rebels, officials said.',
    ],
    ['Leadership hopes end', 'A scandal over expenses derailed his bid for the party leadership last year.'],
    ['Reform at risk', 'Opposition from unions threatens to derail the pension reform, analysts said.'],
    ['Merger blocked', 'The merger was derailed by regulators in Brussels, the companies said on Monday.'],
    ['Season over', 'Injuries derailed the club\u2019s season and it finished tenth.'],
  ])('gives "%s" no railway accident and no disaster', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(RAILWAY_ACCIDENT);
    expect(ids(result)).not.toContain(TOP_LEVEL.disaster);
  });

  it('keeps a derailed train, wagons and a derailment told without the train in its sentence', () => {
    // Arrange
    const stories = [
      {
        title: 'Train derails in India',
        body: 'A passenger train derailed in eastern India on Sunday, killing at least 12 people, officials said.',
      },
      {
        title: 'Express crash',
        body:
          'Rescuers searched the wreckage after the express left the rails near Milan. It derailed at high speed on ' +
          'a bend, officials said, and three carriages overturned.',
      },
    ];

    // Act
    const found = stories.map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) expect(topics).toContain(RAILWAY_ACCIDENT);
  });
});

describe('the Lunar New Year is no space mission (wild43 ★5)', () => {
  it.each([
    [
      'Holiday rush',
      'Hundreds of millions of people travelled home for the Lunar New Year, the busiest travel season of the year.',
    ],
    [
      'Asian markets quiet',
      'Markets in Hong Kong and Shanghai were closed for the lunar new year holiday, and trading was thin elsewhere.',
    ],
    [
      'Dragon boat festival',
      'The festival falls on the fifth day of the fifth month of the lunar calendar, when families eat rice dumplings.',
    ],
  ])('gives "%s" no space exploration and no science', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(SPACE_EXPLORATION);
    expect(ids(result)).not.toContain(TOP_LEVEL.science);
  });

  it('keeps a lunar lander and a lunar mission in space exploration', () => {
    // Arrange
    const lander = {
      title: 'Lander touches down',
      body: "Japan's lunar lander touched down on the Moon on Friday, making it the fifth nation to reach the surface.",
    };
    const festivalAndLander = {
      title: 'A busy Sunday',
      body:
        'Millions celebrated the Lunar New Year on Sunday. Hours later a private lunar lander touched down near the ' +
        'Moon\u2019s north pole.',
    };

    // Act
    const found = [lander, festivalAndLander].map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) expect(topics).toContain(SPACE_EXPLORATION);
  });
});

describe('rock of geology, space and markets is no music (wild43 ★8)', () => {
  it.each([
    [
      'Lava reaches the sea',
      'Molten rock poured from the crater and reached the sea on Tuesday, geologists said.',
    ],
    [
      'Samples from the Moon',
      'Scientists found that the rock samples brought back from the Moon contain water. The rock was collected by a ' +
        'robotic probe.',
    ],
    [
      'Confidence slumps',
      'Business confidence hit rock bottom in the third quarter, a survey of manufacturers showed.',
    ],
    ['Ministers resign', 'The scandal rocked the government and led to the resignation of two ministers.'],
  ])('gives "%s" no music and no arts', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(MUSIC);
    expect(ids(result)).not.toContain(TOP_LEVEL.arts);
  });

  it('keeps rock music: a rock group on tour and a musician who played rock', () => {
    // Arrange
    const group = {
      title: 'Farewell tour',
      body: 'The veteran rock group announced a farewell tour on Monday, with dates across Europe and North America.',
    };
    const player = {
      title: 'A life in music',
      body: 'He played rock with his brothers in the 1970s before turning to country music.',
    };

    // Act
    const found = [group, player].map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) expect(topics).toContain(MUSIC);
  });
});

describe("read43's near misses of the summit and derail checks", () => {
  it('keeps a summit of leaders whose sentence puts things on the table or names a peak of prices', () => {
    // Arrange
    const stories = [
      {
        title: 'Summit puts exports back on the table',
        body: 'The two-day summit in Geneva put grain exports and prisoner swaps on the table. A second summit is planned.',
      },
      {
        title: 'Producers meet',
        body: "Sunday's summit in Riyadh came as oil prices hit a two-year peak, and output cuts are expected to be extended.",
      },
      {
        title: 'Leaders in Tallinn',
        body: 'EU leaders gathered for the Digital Summit in Tallinn to discuss rules for online platforms.',
      },
    ];

    // Act
    const found = stories.map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) expect(topics).toContain(SUMMIT_MEETINGS);
  });

  it('keeps a railway accident where the derailing sentence names a train', () => {
    // Arrange
    const stories = [
      {
        title: 'Safety audit ordered',
        body: 'A passenger train derailed during the festival season near Patna on Monday, killing two people, officials said.',
      },
      {
        title: 'Sabotage suspected',
        body: 'Prosecutors said saboteurs tried to derail a passenger train by blowing up a section of track on Sunday.',
      },
    ];

    // Act
    const found = stories.map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) expect(topics).toContain(RAILWAY_ACCIDENT);
  });
});
