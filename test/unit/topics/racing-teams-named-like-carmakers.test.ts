import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54: Ferrari, McLaren and Red Bull are carmakers and racing teams. Stories are invented.
const { economy } = TOP_LEVEL;

describe('a racing team named like its carmaker is motor racing only where business does not lead', () => {
  it.each<[string, Story, Desks]>([
    [
      'a carmaker’s recall named like a racing team',
      {
        title: 'Ferrari recall',
        body:
          'Ferrari is recalling more than 23,000 cars in the United States because of a brake fluid leak that could ' +
          'cause a loss of braking, the safety regulator said.',
      },
      { leads: economy, lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a racing team’s driver who wins the race (guard)',
      {
        title: 'Leclerc wins in Monza',
        body:
          'Charles Leclerc won the Italian Grand Prix for Ferrari on Sunday, holding off the McLarens of Oscar ' +
          'Piastri and Lando Norris.',
      },
      { leads: TOP_LEVEL.sport, lists: ['medtop:20000991'] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });
});
