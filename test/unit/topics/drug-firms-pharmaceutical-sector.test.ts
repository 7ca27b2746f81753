import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54 (topics53's open item, wild53 Y16): a drug firm's share move. Stories are invented.
const PHARMACEUTICAL = 'medtop:20000223';
const { economy } = TOP_LEVEL;

describe('a drug firm the health lexicon names is a pharmaceutical firm too', () => {
  it('reads Glaxo’s share move in a market report as business, not health news', () => {
    // Arrange
    const story = {
      title: 'London shares',
      body: 'Glaxo shares rose 10 pence and Zeneca fell 4 pence as the FTSE 100 index closed 12 points lower.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: economy, lists: [PHARMACEUTICAL] });
  });

  it('keeps health first for a drug firm’s trial results (guard)', () => {
    // Arrange
    const story = {
      title: 'New migraine drug',
      body: 'Glaxo Wellcome said its new migraine drug had cut the frequency of attacks by half in a trial of 900 patients.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: TOP_LEVEL.health });
  });
});
