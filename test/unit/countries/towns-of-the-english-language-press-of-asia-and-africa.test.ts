import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Towns under the cities' size of the countries whose English-language press names its towns bare (minor-towns.json):
// Pakistan's, Uganda's, Kenya's and Sri Lanka's of 20,000 and up, India's, the Philippines' and Nigeria's of 50,000
// and up. Sentences written for these tests.
const codes = (body: string) =>
  tagArticle({ id: 'press-towns', title: '', body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("towns under the cities' size of the English-language press of Asia and Africa", () => {
  it('places a local story in a town its own press names bare', () => {
    // Act
    const found = [
      codes('Police in Turbat said a bus had overturned on the coastal highway.'),
      codes('A fire gutted the central market in Mbarara overnight.'),
      codes('Flower farms near Naivasha laid off 300 workers.'),
      codes('Fishermen in Galle were told to stay ashore until Friday.'),
      codes('Police in Jaisalmer seized 40 kilograms of heroin.'),
      codes('A ferry ran aground near Tagbilaran City on Sunday.'),
      codes('Gunmen abducted six traders near Potiskum on Monday.'),
    ];

    // Assert
    expect(found).toEqual([['PK'], ['UG'], ['KE'], ['LK'], ['IN'], ['PH'], ['NG']]);
  });

  it("reads no town where the name is a blockchain's, an institute's or an acronym", () => {
    // Act
    const found = [
      codes('The fund keeps most of its assets in Solana and Ether.'),
      codes('"Orders are drying up," said an economist at Ifo.'),
      codes('She played volleyball at UGA before turning professional.'),
    ];

    // Assert
    expect(found).toEqual([[], [], []]);
  });
});
