import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { expectDesks, type Story } from './topic-ids.js';

// topics55 (topics54's left): a head of state named by the office "of" the country in the lead, as an obituary or a
// profile names its subject, while the headline names no office. Stories are invented.
const { economy, politics, sport } = TOP_LEVEL;
const HEADS_OF_STATE = 'medtop:20000610';

describe('the office "of" a country in the lead names a head of state', () => {
  it.each<[string, Story]>([
    [
      'a former president dies',
      {
        title: 'Hal Brennan dies at 97',
        body: 'Hal Brennan, the 41st president of the United States, died on Sunday at his ranch, his foundation said.',
      },
    ],
    [
      'a former prime minister dies',
      {
        title: 'Marta Quiroga dies aged 81',
        body: 'Marta Quiroga, the former prime minister of Portugal, has died aged 81, her family said on Monday.',
      },
    ],
  ])('%s', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: politics, lists: [HEADS_OF_STATE] });
  });

  it.each<[string, Story, string]>([
    [
      'a country’s bank: the possessive makes it the country’s firm',
      {
        title: 'Bank chief quits',
        body: 'The president of France’s largest bank resigned on Monday after losses at its trading arm, the bank said.',
      },
      economy,
    ],
    [
      'a body named after the country',
      {
        title: 'Golf body names new head',
        body: 'The new president of the United States Golf Association said on Tuesday the rules on equipment would be reviewed.',
      },
      sport,
    ],
  ])('no head of state for %s (guard)', (_name, story, desk) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: desk, lacks: [HEADS_OF_STATE] });
  });
});
