import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59): "St." and "Saint" spell one name, for a city's namesakes as for its phrase. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => c.code);

describe('a city whose name the press writes with "St."', () => {
  it('is the namesake of Canada the story’s province places', () => {
    expect(
      countriesOf('The storm knocked out power in St. John’s on Tuesday, Newfoundland officials said.'),
    ).toEqual(['CA']);
  });

  it('stays the capital the name reads as', () => {
    expect(
      countriesOf('Antigua’s government in St. John’s said the cruise ships would return in May.'),
    ).toEqual(['AG']);
  });
});
