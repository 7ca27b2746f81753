import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

/** Each country of a story with its focus, in the tagger's order. */
const countriesOf = (title: string, body: string) =>
  tagStory({ title, body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

// Invented stories (session 56, focus56): layouts of today's web and wire copy.
describe("a photo's caption over the story", () => {
  it("puts no country in focus that only the caption's picture shows", () => {
    // Arrange
    const title = 'Ghana pledges cocoa reform';
    const body =
      'President Lena Marlow listens as a visiting leader speaks in the Oval Office of the White House in Washington, Tuesday, Dec. 1, 2026. (AP Photo/Jane Doe)\n\n' +
      "ACCRA, Ghana (AP) — Ghana's government promised cocoa farmers higher prices on Tuesday. Farmers said they had waited months for payment. The cocoa board said it would raise the price by a fifth.";

    // Act
    const countries = countriesOf(title, body);

    // Assert
    expect(countries).toEqual(['GH*', 'US']);
  });

  it('keeps a country the story itself reports on', () => {
    const body =
      'Supporters wave flags in Washington on Tuesday. (AP Photo/Jane Doe)\n\n' +
      'WASHINGTON (AP) — Ghana and the United States agreed on Tuesday to expand cocoa trade, officials said. The deal cuts tariffs on cocoa butter.';

    expect(countriesOf('Cocoa deal', body).filter((c) => c.endsWith('*'))).toEqual(['US*', 'GH*']);
  });
});

describe('a dateline dated after its town and state', () => {
  it("reads a town named like an English county in the US state after it, before the month's date", () => {
    expect(
      countriesOf(
        'Storm damage',
        'SOMERSET, N.J., March 4 (Reuters) - A storm tore roofs off homes on Tuesday, officials said.',
      ),
    ).toEqual(['US*']);
  });

  it('reads a longer town opened by an English town in the state after it, before the date', () => {
    expect(
      countriesOf(
        'Plant closes',
        'BEDFORD HEIGHTS, Ohio, March 4 (Reuters) - A greeting card maker said on Tuesday it would close a plant.',
      ),
    ).toEqual(['US*']);
  });

  it('still reads a list of places going on after the state', () => {
    expect(countriesOf('Sales', 'The chain has shops in Paris, Texas, London and Rome, it said.')).toContain(
      'GB',
    );
  });
});

describe("a town before a region's name that several countries hold", () => {
  it('places Lahore and its Punjab in Pakistan', () => {
    expect(
      countriesOf(
        'Floods hit towns',
        'Heavy rain flooded streets in Lahore, Punjab, on Sunday, officials said.',
      ),
    ).toEqual(['PK*']);
  });

  it('places Thessaloniki and its Macedonia in Greece', () => {
    expect(
      countriesOf('Port strike', 'Dock workers in Thessaloniki, Macedonia, walked off the job on Monday.'),
    ).toEqual(['GR*']);
  });

  it('leaves an Indian town in Punjab to India', () => {
    expect(
      countriesOf('Harvest', 'Farmers near Ludhiana, Punjab, began the wheat harvest on Monday.'),
    ).toEqual(['IN*']);
  });

  it('lets a country named after a town decide as before', () => {
    expect(countriesOf('Quake', 'A quake shook Lahore, Pakistan, on Monday, officials said.')).toEqual([
      'PK*',
    ]);
  });
});

describe("a town before a city of its namesake's country", () => {
  it("reads Cordoba before Veracruz as Mexico's", () => {
    expect(
      countriesOf('Bus crash', 'A bus crashed near Cordoba, Veracruz, on Friday, killing 12 passengers.'),
    ).toEqual(['MX*']);
  });

  it('reads cities side by side in a list as themselves', () => {
    expect(
      countriesOf('Flights', 'The airline will add flights to St. Petersburg, San Diego and Austin.'),
    ).toEqual(expect.arrayContaining(['RU*', 'US*']));
  });
});

describe("a name several countries' towns share, going on into a longer name", () => {
  it('reads no country from a town it does not know', () => {
    expect(
      countriesOf('Winery sold', 'A winery in San Luis Obispo was sold on Tuesday for $40 million.'),
    ).toEqual([]);
  });

  it('still reads the shared name alone', () => {
    expect(
      countriesOf('Drought', 'Farmers in San Luis said on Tuesday the drought was the worst in decades.'),
    ).toEqual(['AR*']);
  });
});
