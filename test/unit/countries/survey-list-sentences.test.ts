import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a sentence listing countries is one report, not a short survey of each', () => {
  it('keeps the countries of one list and an aside out of focus and pairs none of them', () => {
    const result = focusAndPairs({
      title: 'Cholera cases climb as the rainy season begins, aid groups warn',
      body:
        'Cholera cases have risen sharply across East Africa since the rains began, aid groups said on ' +
        'Tuesday. The outbreak has hit Ethiopia, Somalia, South Sudan and Kenya hardest, a relief agency ' +
        'said. "Clinics are overwhelmed," its regional director said. In 2017 the disease spread to more ' +
        'than a dozen countries, including Yemen and Haiti. Vaccines have been shipped to the region.',
      language: 'en',
    });

    expect(result.focus).not.toContain('HT');
    expect(result.pairs).toEqual([]);
  });

  it('still surveys a short story that reports on its countries in turn', () => {
    const result = focusAndPairs({
      title: 'Inflation eases across rich economies',
      body:
        'Prices rose 2.9 per cent in the United States and 2.6 per cent in Britain in January. Germany ' +
        'saw 2.2 per cent. France was at 1.8 per cent and Italy at 1.5 per cent. Canada came in at 2.8 ' +
        'per cent and Japan at 3.1 per cent.',
      language: 'en',
    });

    expect(result.focus).toEqual(['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
    expect(result.pairs).toContain('GB-US');
    expect(result.pairs).toContain('CA-JP');
  });
});
