import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const typeOf = (body: string, name: string) =>
  tagArticle({ title: 'Report', body, language: 'en' }).entities.find((e) => e.name === name)?.type;

// The country resolver reads listed bases and nuclear sites as the country they lie in (curated.ts); the
// recogniser alone took the unknown words for people or organizations (review33 C9).
describe('military bases and nuclear sites named alone are places', () => {
  it.each([
    ['DOHA (Reuters) - Iran fired missiles at Al Udeid and Incirlik on Monday.', 'Al Udeid'],
    ['DOHA (Reuters) - Iran fired missiles at Al Udeid and Incirlik on Monday.', 'Incirlik'],
    ['VIENNA (Reuters) - Inspectors have not returned to Fordow and Natanz, the agency said.', 'Natanz'],
    ['SEOUL (Reuters) - Satellite images show a new building at Yongbyon, analysts said.', 'Yongbyon'],
  ])('types the site in "%s" (%s) a place', (body, name) => {
    expect(typeOf(body, name)).toBe('place');
  });
});
