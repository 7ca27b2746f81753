import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 60 (gaz60, wild59 leftovers): a city GeoNames names "Greater …", German names with their umlauts written
// out, and names of two countries at once. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a bare dateline of a city GeoNames names "Greater …"', () => {
  it('is the Canadian city when the lead names its province', () => {
    expect(
      countriesOf('SUDBURY — Ontario officials said on Monday the nickel smelter would reopen next month.'),
    ).toEqual(['CA*']);
  });

  it('stays the English town otherwise', () => {
    expect(countriesOf('A fire broke out at a warehouse in Sudbury, Suffolk, on Tuesday night.')).toEqual([
      'GB*',
    ]);
  });
});

describe('a German city written without its umlauts', () => {
  it.each([
    'Muenster police said a man was arrested at the main train station on Sunday.',
    'Officials in Nuernberg said the Christmas market would open on Friday.',
  ])('names Germany: %s', (body) => {
    expect(countriesOf(body)).toEqual(['DE*']);
  });

  it('is not the cheese', () => {
    expect(countriesOf('She ordered a grilled Muenster cheese sandwich at the diner.')).toEqual([]);
  });
});

describe('names of the two Koreas at once', () => {
  it.each([
    'The two Koreas agreed on Monday to reopen the liaison office at the border.',
    'Inter-Korean talks resumed at Panmunjom on Monday after a two-year pause.',
    'Both Koreas sent athletes to the regional games in a rare show of unity.',
  ])('names North and South Korea: %s', (body) => {
    expect(
      countriesOf(body)
        .map((c) => c.replace('*', ''))
        .sort(),
    ).toEqual(['KP', 'KR']);
  });

  it('pairs them', () => {
    const result = tagArticle({
      title: 'Two Koreas agree to reopen liaison office',
      body: 'The two Koreas agreed on Monday to reopen the liaison office at the border, officials said.',
      language: 'en',
    });
    expect(result.countryPairs.map((p) => p.pair)).toContain('KP-KR');
  });
});
