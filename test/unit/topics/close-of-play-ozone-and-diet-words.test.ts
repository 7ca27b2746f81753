import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54: desk words from a probe of other collections. Stories are invented.
const { disaster } = TOP_LEVEL;

describe('smaller desk words from a probe of other collections (topics54)', () => {
  it.each<[string, Story, Desks]>([
    [
      'a cricket day told by its close of play',
      {
        title: 'Root hits 36th Test hundred',
        body:
          'Joe Root struck his 36th Test century as England reached 320-5 at stumps on the first day of the ' +
          'second Test against New Zealand.',
      },
      { leads: TOP_LEVEL.sport, lists: ['medtop:20000888'] },
    ],
    [
      'the ozone hole over Antarctica',
      {
        title: 'Scientists warn of ozone hole',
        body:
          'The ozone hole over Antarctica grew to one of its largest sizes on record this year, scientists at the ' +
          'monitoring service said.',
      },
      { leads: TOP_LEVEL.environment },
    ],
    [
      'a diet study told by the risk of an early death',
      {
        title: 'Study links ultra-processed food to early death',
        body:
          'Eating large amounts of ultra-processed food is linked to a higher risk of early death, according to a ' +
          '30-year study of 115,000 people published in a medical journal.',
      },
      { lists: [TOP_LEVEL.health] },
    ],
    [
      'real mail drowned by spam',
      {
        title: 'Spam',
        body:
          'Spam filters could fail and real e-mail messages could get drowned by the sheer amount of junk mail ' +
          'being sent, the software firm warned.',
      },
      { lacks: [disaster] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });
});
