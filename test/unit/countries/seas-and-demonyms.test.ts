import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('country words inside the names of seas and peoples', () => {
  it('reads the Gulf of Mexico as a sea, not Mexico', () => {
    expect(
      codes(
        'Starship splashes down',
        'SpaceX said its Starship rocket splashed down in the Gulf of Mexico on Tuesday after a test flight ' +
          'from Texas.',
      ),
    ).toEqual(['US']);
  });

  it('reads a Northern Irishman as British, not Irish', () => {
    expect(
      codes('McIlroy leads', 'The Northern Irishman Rory McIlroy shot a 66 to lead the Open by two strokes.'),
    ).toEqual(['GB']);
  });
});
