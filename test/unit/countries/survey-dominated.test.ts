import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a story that keeps coming back to one country is no survey of the countries it lists', () => {
  it('keeps the listed countries out of focus and pairs none of them with each other', () => {
    const result = focusAndPairs({
      title: 'Where the new car plants are going',
      body:
        "India's car exports rose 8% last year. Indian carmakers opened plants in Kenya, Egypt, Brazil, Peru, " +
        "Chile, Ghana, Nigeria, Vietnam, Turkey and Poland, where labour is cheap. India's trade ministry said " +
        'the push would continue. New Delhi says it backs the firms. Analysts in India expect more.',
      language: 'en',
    });

    expect(result.focus).toEqual(['IN']);
    expect(result.pairs).not.toContain('BR-KE');
    expect(result.pairs.length).toBeLessThanOrEqual(10);
  });
});
