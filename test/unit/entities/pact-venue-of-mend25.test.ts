import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe('a forum "on" a place', () => {
  it('is the forum, and the place where it meets apart', () => {
    // Arrange
    const body =
      'VLADIVOSTOK - Leaders at the Eastern Economic Forum on Russky Island signed deals worth $20 billion on ' +
      'Thursday, organisers said.';

    // Act
    const forum = entityWith(body, 'Eastern Economic Forum');
    const island = entityWith(body, 'Russky Island');

    // Assert
    expect(forum?.startsWith('organization:')).toBe(true);
    expect(island?.startsWith('place:')).toBe(true);
  });

  it('still joins a pact to its subject', () => {
    const body = 'Scientists of the Intergovernmental Panel on Climate Change met in Geneva on Monday.';

    const pact = entityWith(body, 'Intergovernmental Panel on Climate Change');

    expect(pact).toBeDefined();
  });
});
