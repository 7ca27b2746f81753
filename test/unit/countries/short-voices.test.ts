import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tagged = (title: string, body: string) => tagArticle({ title, body, language: 'en' });

describe('a leader named by two letters', () => {
  it('counts "Xi" as China, so a Xi–Putin meeting links China and Russia', () => {
    const result = tagged(
      'Talks in Moscow',
      'Xi met Putin in the Kremlin on Thursday. The two signed ten deals.',
    );

    expect(result.countries.map((c) => c.code)).toContain('CN');
    expect(result.countryPairs.map((p) => p.pair)).toEqual(['CN-RU']);
  });

  it('reads a cricket or football side\'s "XI" as no country', () => {
    const result = tagged(
      'Squad named',
      'The selectors named their playing XI on Monday; the XI has two spinners.',
    );

    expect(result.countries.map((c) => c.code)).toEqual([]);
  });
});
