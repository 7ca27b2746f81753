import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a results list sent as text, one match a line', () => {
  it('pairs the two sides of each line, not every team with every other', () => {
    const result = focusAndPairs({
      title: 'Davis Cup quarter-final results',
      body:
        'Davis Cup quarter-final results on Sunday:\nSpain 3 Argentina 1\nItaly 2 Australia 2\n' +
        'Germany 3 Canada 0\nBelgium 1-3 Serbia',
      language: 'en',
    });

    expect([...result.pairs].sort()).toEqual(['AR-ES', 'AU-IT', 'BE-RS', 'CA-DE']);
  });
});
