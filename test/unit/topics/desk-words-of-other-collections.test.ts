import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { expectDesks, type Story } from './topic-ids.js';

// topics55: words of today's labour, environment, lifestyle and human-interest desks, and words that had taken the
// wrong desk by their stem ("warm" for global warming, "charting" for the music charts, "gig workers" for a gig,
// "tennis courts" for a court of law). Stories are invented.
const { environment, humanInterest, labour, lifestyle, sport } = TOP_LEVEL;
const GLOBAL_WARMING = 'medtop:20000419';
const MUSIC = 'medtop:20000018';
const JUDICIARY = 'medtop:20000106';

describe('desk words of today’s stories', () => {
  it.each<[string, Story, string]>([
    [
      'a four-day working week',
      {
        title: 'Four-day week trial ends',
        body: 'Most firms in a trial of a four-day working week kept it, researchers said, citing fewer sick days.',
      },
      labour,
    ],
    [
      'gig workers win a ruling',
      {
        title: 'Couriers win employee status',
        body: 'Delivery couriers are employees, a court ruled, in a decision unions hailed as a victory for gig workers.',
      },
      labour,
    ],
    [
      'a fish die-off',
      {
        title: 'Dead fish wash up on river',
        body: 'Thousands of dead fish washed up along the river after a heatwave, in a die-off officials blamed on low oxygen.',
      },
      environment,
    ],
    [
      'turtles nest on beaches',
      {
        title: 'Turtles nest in record numbers',
        body: 'Record numbers of sea turtles nested on the island’s beaches this year, biologists said.',
      },
      environment,
    ],
    [
      'a message in a bottle',
      {
        title: 'Bottle found after 40 years',
        body: 'A message in a bottle thrown into the sea by a schoolgirl in 1985 has washed up on a beach, and its writer has been traced.',
      },
      humanInterest,
    ],
    [
      'decluttering a home',
      {
        title: 'How to clear your spare room',
        body: 'Start with one shelf, declutter in short sessions and give away what you have not used in a year, experts say.',
      },
      lifestyle,
    ],
  ])('%s', (_name, story, desk) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: desk });
  });

  it.each<[string, Story, string]>([
    [
      'a warm home is no global warming',
      {
        title: 'Keep your home warm this winter',
        body: 'Thick curtains and rugs keep rooms warm and a little warmer, energy advisers say.',
      },
      GLOBAL_WARMING,
    ],
    [
      'charting a brain is no music chart',
      {
        title: 'Brain map completed',
        body: 'Scientists charting the brain of a fly published the wiring diagram in a journal, researchers said.',
      },
      MUSIC,
    ],
    [
      'tennis courts are no court of law',
      {
        title: 'Park to reopen tennis courts',
        body: 'The council will resurface the park’s tennis courts and open them to pickleball players in the spring.',
      },
      JUDICIARY,
    ],
  ])('%s', (_name, story, wrong) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lacks: [wrong] });
  });

  it('keeps global warming for a warming world (guard)', () => {
    // Arrange
    const story = {
      title: 'Seas warming faster',
      body: 'The oceans are warming faster than expected, and warmer seas are bleaching reefs, scientists said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: environment, lists: [GLOBAL_WARMING] });
  });

  it('keeps the tennis courts sport (guard)', () => {
    // Arrange
    const story = {
      title: 'Champion returns',
      body: 'The champion returned to the tennis courts of Melbourne on Monday and won in straight sets.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: sport, lacks: [JUDICIARY] });
  });
});
