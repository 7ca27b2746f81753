import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codesOf = (title: string, body: string) => tagArticle({ title, body }).countries.map((c) => c.code);

describe('a pact named after the city where it was made', () => {
  it('names no country of that city', () => {
    expect(
      codesOf(
        'Kremlin says Minsk agreements are dead',
        'MOSCOW, Feb 22 - The Kremlin said on Tuesday the Minsk agreements on eastern Ukraine no longer existed.',
      ),
    ).toEqual(['RU', 'UA']);
    expect(
      codesOf(
        'Baker says he stands by Paris currency agreement',
        'WASHINGTON - Treasury Secretary James Baker said he stood by the Paris pact to stabilise currencies.',
      ),
    ).toEqual(['US']);
  });

  it('keeps the city where something else happens', () => {
    expect(
      codesOf('Leaders meet in Paris', 'French President Emmanuel Macron hosted leaders in Paris.'),
    ).toEqual(['FR']);
  });
});
