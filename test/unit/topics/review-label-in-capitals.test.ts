import { describe, expect, it } from 'vitest';
import { reviewInTitle } from '../../../functions/core/topics/review-label.js';

// A headline in capitals whose words before "REVIEW" are no title (a bracket ends the match late) made the title-case
// pattern try every split of every word: 36 capitals took 42 s, so one wire headline could time out the Lambda.
describe('a long headline in capitals labelled "REVIEW"', () => {
  it('is read at once and is no review of an art', () => {
    // Arrange
    const title = 'ZELENSKIY TRUMP WASHINGTON SUMMIT WHITE HOUSE (DAY TWO) REVIEW: WHAT CHANGED';

    // Act
    const label = reviewInTitle(title);

    // Assert
    expect(label).toBeUndefined();
  });

  it('still takes a title-cased work before "review"', () => {
    expect(reviewInTitle('The Brutalist Review: A Monument To Ambition')?.label).toBe('The Brutalist Review');
  });
});
