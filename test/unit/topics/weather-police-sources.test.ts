import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54 (topics53's open item): the police quoted in a weather story. Stories are invented.
const { crime, weather } = TOP_LEVEL;

describe('the police who count a storm’s crashes or close its roads are the weather’s source, not crime news', () => {
  it.each<[string, Story, Desks]>([
    [
      'snow closes roads, police said',
      { title: 'Roads closed', body: 'Heavy snow closed roads across the county on Monday, police said.' },
      { leads: weather, lacks: [crime] },
    ],
    [
      'lightning kills three, police said',
      { title: 'Lightning', body: 'Lightning killed three people in the district on Tuesday, police said.' },
      { leads: weather, lacks: [crime] },
    ],
    [
      'thunderstorms cut power, the police said',
      {
        title: 'Thunderstorms',
        body: 'Thunderstorms left 50,000 homes without power in the city, the police said.',
      },
      { leads: weather, lacks: [crime] },
    ],
    [
      'police urge drivers to stay off icy roads',
      {
        title: 'Weather warning',
        body: 'Police urged drivers to stay off the roads as freezing fog and ice made conditions treacherous overnight.',
      },
      { leads: weather, lacks: [crime] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });

  it.each<[string, Story]>([
    [
      'a stabbing on a rainy night',
      {
        title: 'Man stabbed outside pub',
        body: 'A man was stabbed outside a pub in heavy rain on Saturday night, police said. A 19-year-old has been arrested.',
      },
    ],
    [
      'looting after a hurricane',
      {
        title: 'Looting after hurricane',
        body: 'Looters broke into shops in the town after the hurricane passed, police said, and 40 people were arrested.',
      },
    ],
    [
      'burglaries during a cold snap',
      {
        title: 'Burglaries rise',
        body: 'Police said burglaries rose during the cold snap as thieves targeted empty holiday homes.',
      },
    ],
  ])('keeps crime first for %s (guard)', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: crime });
  });
});
