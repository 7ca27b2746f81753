import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../functions/core/countries/dateline-place.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';

describe('the dateline of a joint press release of two firms', () => {
  const body =
    'BOSTON and OSAKA, Japan, March 3, 2026 (GLOBE NEWSWIRE) -- Northwind Bio, Inc. and Sakura Pharma Co., ' +
    'Ltd. today announced a licensing agreement for a kidney drug in Japan and South Korea.';

  it('reads both seats as the dateline', () => {
    expect(detectDateline(body)?.place).toBe('BOSTON and OSAKA, Japan');
  });

  it('places the release at the first seat, as a dateline of two bureaus is placed at the first', () => {
    expect(tagArticle({ title: '', body }).dateline?.countryCode).toBe('US');
  });

  it('keeps a country named with "and" after its city whole', () => {
    expect(datelineCountry('SARAJEVO, Bosnia and Herzegovina')).toBe('BA');
    expect(datelineCountry('PORT OF SPAIN, Trinidad and Tobago')).toBe('TT');
  });

  it('leaves a sentence that opens with two names and "and" alone when no wire credit follows', () => {
    expect(detectDateline('Apple and Google said on Monday they would work together.')).toBeUndefined();
  });
});

describe('the dateline of a press release dated day first (review61 ★2)', () => {
  it.each([
    ['LONDON, 4 March 2026 /PRNewswire/ -- Harwick Foods plc said profit rose.', 'LONDON', 'GB'],
    [
      'FRANKFURT, Germany, 12 May 2026 /PRNewswire/ -- Velmar AG said sales rose.',
      'FRANKFURT, Germany',
      'DE',
    ],
    [
      'SYDNEY, Australia, 3 April 2026 /PRNewswire/ -- Tallowin Ltd said orders rose.',
      'SYDNEY, Australia',
      'AU',
    ],
  ])('reads %s', (body, place, code) => {
    expect(detectDateline(body)?.place).toBe(place);
    expect(tagArticle({ title: '', body }).dateline?.countryCode).toBe(code);
  });
});
