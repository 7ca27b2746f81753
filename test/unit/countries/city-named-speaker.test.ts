import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59): a city's name before "said he" is a person's, whatever the city's size. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => c.code);

describe('a big city’s name before a speech verb', () => {
  it('is a person when a personal pronoun follows the verb', () => {
    expect(countriesOf('Leon said he would appeal the ruling before the end of the month.')).toEqual([]);
  });

  it('is the city when it speaks of itself', () => {
    expect(countriesOf('Leon said it would build a new stadium before the end of the decade.')).toEqual([
      'MX',
    ]);
  });

  it.each([
    ['Beijing said his visit to the island was a grave provocation and summoned the envoy.', ['CN']],
    ['Moscow said he would be expelled within 48 hours, the foreign ministry told reporters.', ['RU']],
  ])('is the government when a capital speaks of someone: %s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});
