import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54 (topics53's open item): schools the weather shuts. Stories are invented.
const { education, weather } = TOP_LEVEL;

describe('schools shut by snow, a sandstorm or a storm are the weather’s closures, not an education story', () => {
  it.each<[string, Story]>([
    [
      'snow closes schools',
      {
        title: 'School closures',
        body: 'Heavy snow closed hundreds of schools across the north on Tuesday, council officials said.',
      },
    ],
    [
      'a sandstorm shuts schools and offices',
      {
        title: 'Sandstorm',
        body: 'A sandstorm shut schools and offices in the capital on Monday, officials said.',
      },
    ],
  ])('%s', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: weather, lacks: [education] });
  });

  it('keeps education first where pupils, exams and teachers tell the story (guard)', () => {
    // Arrange
    const story = {
      title: 'Exams in the heat',
      body:
        'Pupils sat their GCSE exams in sweltering classrooms on Monday as temperatures reached 33C, and teachers ' +
        'said schools should be allowed to close early.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: education });
  });
});
