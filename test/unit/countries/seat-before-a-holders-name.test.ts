import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** The country codes and "name/type" of each entity of `body`. */
function tagged(body: string) {
  const result = tagArticle({ body });
  return {
    countries: result.countries.map((c) => c.code),
    names: result.entities.map((e) => `${e.name}/${e.type}`),
  };
}

// wild58 ★2: a Kremlin readout names the office, its country and the holder in one run; the country of several
// words was read as the holder's given name ("Kenya Barris") and lost, and a holder's name with "bin" stayed glued.
describe("an office's country of several words before its holder's name", () => {
  it('is the country, the holder a person: "President of the United Arab Emirates Velmar bin Torvik"', () => {
    // Act
    const found = tagged(
      'Telephone conversation with President of the United Arab Emirates Velmar bin Torvik.',
    );

    // Assert
    expect(found.countries).toEqual(['AE']);
    expect(found.names).toContain('Velmar bin Torvik/person');
    expect(found.names).toContain('United Arab Emirates/place');
  });

  it('keeps the country before a holder named with three words', () => {
    const found = tagged(
      'The minister met President of the United Arab Emirates Velmar Kessi Torvik on Monday.',
    );

    expect(found.countries).toEqual(['AE']);
  });

  it('still reads a country\'s one word before a surname as a given name: "Kenya Marlowe"', () => {
    expect(tagged('Producer Kenya Marlowe sold a comedy series to the studio.').countries).toEqual([]);
  });
});
