import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { expectDesks, type Story } from './topic-ids.js';

// topics55: a walkout of doctors, nurses or teachers in the headline that the lead tells is labour news first; the
// hospitals and schools it shuts are its setting. Stories are invented.
const { economy, education, health, labour } = TOP_LEVEL;
const LABOUR_STRIKE = 'medtop:20000530';

describe('a public service’s walkout leads with labour before health or education', () => {
  it.each<[string, Story, string]>([
    [
      'nurses walk out of hospitals',
      {
        title: 'Nurses stage walkout over staffing',
        body: 'Thousands of nurses walked out of four hospitals on Monday, saying understaffing put patients at risk, their union said.',
      },
      health,
    ],
    [
      'doctors strike over pay',
      {
        title: 'Doctors strike over pay',
        body: 'Thousands of junior doctors walked out of hospitals across the region on Monday in a dispute over pay, their union said.',
      },
      health,
    ],
    [
      'teachers walk out and close classrooms',
      {
        title: 'Teachers walk out over pay',
        body: 'Teachers at hundreds of schools walked out on Tuesday, closing classrooms, after rejecting a pay offer, the union said.',
      },
      education,
    ],
  ])('%s', (_name, story, setting) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: labour, lists: [LABOUR_STRIKE, setting] });
  });

  it('leaves business first where a firm’s workers walk out (guard)', () => {
    // Arrange
    const story = {
      title: 'Bus drivers strike at city operator',
      body: 'Bus drivers walked out on Saturday at the city’s largest bus operator, whose shares fell 4 per cent, in a dispute over pay.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { lists: [labour, economy] });
  });
});
