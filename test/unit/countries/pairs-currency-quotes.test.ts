import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a currency a price is quoted in', () => {
  it('names its country as a currency, not as a party: "at 1.2955 against the US dollar"', () => {
    const result = focusAndPairs({
      title: 'Central bank holds policy steady',
      body:
        'SINGAPORE - The Monetary Authority of Singapore kept its policy unchanged on Tuesday. The Singapore ' +
        'dollar was little changed at 1.2955 against the US dollar after the decision. Economists said US ' +
        'tariffs had weighed on exports in the third quarter.',
      language: 'en',
    });

    expect(result.pairs).toEqual([]);
  });

  it('still pairs the country a sentence names otherwise: "the rand fell as U.S. rates rose"', () => {
    const result = focusAndPairs({
      title: 'Rand weakens',
      body:
        "JOHANNESBURG - South Africa's rand weakened to 17.90 per U.S. dollar on Friday as U.S. interest " +
        'rates rose, and the United States said it would review trade ties with South Africa.',
      language: 'en',
    });

    expect(result.pairs).toContain('US-ZA');
  });
});
