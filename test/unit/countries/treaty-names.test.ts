import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a treaty named by its parties', () => {
  it('links no parties the story is not about ("the Canada-United States-Mexico Agreement")', () => {
    const { pairs } = focusAndPairs({
      title: 'Carney says Canada ready for trade review',
      body:
        'Prime Minister Mark Carney said on Tuesday Canada was ready for talks with Washington on steel ' +
        'tariffs.\n\nThe Canada-United States-Mexico Agreement (CUSMA) is due for a joint review next year.' +
        '\n\nCarney said Canada would protect its dairy farmers in any talks with the United States.',
    });

    expect(pairs).toEqual(['CA-US']);
  });

  it('links none through a partnership named in passing', () => {
    const { pairs } = focusAndPairs({
      title: 'UK car exports fall',
      body:
        'British car exports fell 10% in October, the industry body said on Friday, as demand in Europe ' +
        'weakened.\n\nCarmakers said the UK-Japan Comprehensive Economic Partnership Agreement was little used.',
    });

    expect(pairs).toEqual([]);
  });

  it('still links two countries a relation word coordinates outside a name ("the Iran-Iraq war")', () => {
    const { pairs } = focusAndPairs({
      title: 'Oil prices steady',
      body: 'Oil prices were steady on Monday. Traders recalled the Iran-Iraq war and its effect on supply.',
    });

    expect(pairs).toContain('IQ-IR');
  });
});
