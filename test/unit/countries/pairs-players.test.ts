import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a game between two players pairs no countries; a match between national teams does', () => {
  it('pairs no countries for a draw between a player of one and a player of another', () => {
    // Arrange
    const article = story(
      'Caruana leads as Norway Chess enters final round',
      'STAVANGER, Norway - Hikaru Nakamura of the United States drew with China\u2019s Wei Yi on Thursday in the ' +
        'ninth round of Norway Chess, leaving Fabiano Caruana half a point clear before the last round.\n\n' +
        'Caruana won his game in 41 moves and the tournament ends on Friday.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).not.toContain('CN-US');
  });

  it('pairs no countries for a tennis final between players given with their countries', () => {
    // Arrange
    const article = story(
      'Rossi beats Ortega to win the ATP Finals',
      'TURIN, Italy (Reuters) - Marco Rossi of Italy beat Pablo Ortega of Spain 7-6 7-5 on Sunday to win the ' +
        'ATP Finals tennis title for the first time.\n\nThe Spanish world number one had won their last three ' +
        'meetings and served for the first set.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert: both countries are the story's, but the final is no relation between them.
    expect(focus).toEqual(['ES', 'IT']);
    expect(pairs).not.toContain('ES-IT');
  });

  it('still pairs two national teams that played each other', () => {
    // Arrange
    const article = story(
      'Canada beat U.S. in hockey final',
      'BOSTON (Reuters) - Canada beat the United States 3-2 in overtime to win the Four Nations ice hockey final on ' +
        'Thursday, with Connor Doyle scoring the winner.\n\nThe American side had won the round-robin game.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toContain('CA-US');
  });
});
