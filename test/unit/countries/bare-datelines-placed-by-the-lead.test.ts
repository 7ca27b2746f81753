import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (title: string, body: string) => {
  const result = tagStory({ title, body });
  return {
    dateline: result.dateline?.countryCode,
    focus: result.countries.filter((c) => c.focus).map((c) => c.code),
  };
};

// Invented local stories (session 56, focus56): a bare dateline whose town has a namesake abroad.
describe("a bare dateline town the lead places in its namesake's country", () => {
  it("files the story in the namesake's state or province the lead names", () => {
    // Arrange
    const body =
      "BIRMINGHAM — Alabama's governor on Monday announced a $2 billion steel plant near Birmingham, the largest investment in the state's history.";

    // Act
    const tagged = read('Steel plant', body);

    // Assert
    expect(tagged).toEqual({ dateline: 'US', focus: ['US'] });
  });

  it('reads a province named with its town or a state written short', () => {
    expect(
      read(
        'Bus crash',
        'HYDERABAD — A bus crash near Hyderabad in Sindh province killed 14 people on Sunday.',
      ),
    ).toEqual({ dateline: 'PK', focus: ['PK'] });
    expect(
      read(
        'Coal exports fall',
        'NEWCASTLE — The port of Newcastle in NSW said coal exports fell 8% in November.',
      ),
    ).toEqual({ dateline: 'AU', focus: ['AU'] });
  });

  it('reads a big namesake by its people named beside the town', () => {
    expect(
      read(
        'Clashes in northern city',
        'TRIPOLI — Lebanese soldiers clashed with gunmen in the northern city of Tripoli on Sunday, the army said.',
      ),
    ).toEqual({ dateline: 'LB', focus: ['LB'] });
  });
});

describe('a bare dateline town the lead does not place abroad', () => {
  it("keeps London's story in Britain when the lead names Canadians beside London", () => {
    expect(
      read(
        'Fund buys stake',
        'LONDON — Canadian pension fund Maple Capital said on Tuesday it would open a London office, its first in Europe.',
      ).dateline,
    ).toBe('GB');
  });

  it("reads no province named in another sentence as the town's", () => {
    expect(
      read(
        'Province issues bond',
        'LONDON — The Province of Ontario is issuing a 100 million dollar bond, its lead manager said. The bonds will be listed in London.',
      ).dateline,
    ).toBe('GB');
  });

  it("reads no city of a far smaller namesake's country as the town's", () => {
    expect(
      read(
        'Port deal',
        'ROTTERDAM — The city of Rotterdam signed a deal with its twin port of Seattle on Monday.',
      ).dateline,
    ).toBe('NL');
  });

  it("keeps the town's own country when the lead names it too", () => {
    expect(
      read(
        'Steel plant',
        'BIRMINGHAM — A British steel maker will build a plant near Birmingham, it said, after talks with Alabama investors.',
      ).dateline,
    ).toBe('GB');
  });

  it("does not read a firm's seat abroad as where the town is", () => {
    expect(
      read(
        'Fund buys stake',
        'LONDON — A Toronto-based pension fund said on Tuesday it would buy a toll road.',
      ).dateline,
    ).toBe('GB');
  });
});

// Invented local stories (session 58, focus58).
describe('people from abroad beside a bare dateline town', () => {
  it('say where they came from, not where the town is', () => {
    expect(
      read(
        'Exiles protest',
        'SANTIAGO — Cuban exiles living in Santiago protested outside the government palace on Tuesday.',
      ).dateline,
    ).toBe('CL');
    expect(
      read(
        'Hotel fire',
        'PERTH — British tourists staying in Perth were evacuated from a hotel after a fire.',
      ).dateline,
    ).toBe('AU');
  });

  it('still place the town in their country when they are its own people there', () => {
    expect(
      read(
        'Clashes',
        'TRIPOLI — Lebanese soldiers clashed with gunmen in the northern city of Tripoli on Tuesday, a security source said.',
      ).dateline,
    ).toBe('LB');
  });
});

describe("a state beside a bare dateline town that is not its namesake's", () => {
  it("does not move the town to the namesake's country", () => {
    expect(
      read(
        'Oil sands stake',
        'LONDON — BP agreed to buy a stake in an oil sands project, and Alberta officials said the deal needed approval.',
      ).dateline,
    ).toBe('GB');
    expect(
      read(
        'Headquarters move',
        'BIRMINGHAM — Texas officials said on Tuesday the company would move its headquarters there.',
      ).dateline,
    ).toBe('GB');
  });

  it("moves it when the state is the namesake's own, dated or not", () => {
    expect(
      read(
        'Gas leak',
        "LONDON, Dec 9 — Ontario officials said a gas leak in the city's east end forced 200 people from their homes.",
      ).dateline,
    ).toBe('CA');
  });

  it("keeps a world agency's bureau in its city", () => {
    expect(
      read(
        'Emissions cap',
        'LONDON, Dec 9 (Reuters) - Ontario officials said on Tuesday the province would sue Ottawa over the emissions cap.',
      ).dateline,
    ).toBe('GB');
  });
});

// Invented local copy (session 59, focus59): a state's own government, head or police named in the lead.
describe("a bare dateline town the lead places by its state's government", () => {
  it("reads a province's chief minister, government, police or council as the namesake's state (wild59)", () => {
    // Arrange
    const flyover =
      'HYDERABAD: Sindh Chief Minister Murad Ali Shah inaugurated a new flyover in Latifabad on Monday, officials said.';
    const breakout =
      'KINGSTON — Ontario Provincial Police said on Monday two inmates escaped from a prison east of the city.';
    const airport =
      'HAMILTON - The city council voted 9-5 on Thursday to sell its stake in the airport. Waikato Regional Council opposed the sale.';

    // Act
    const datelines = [flyover, breakout, airport].map((body) => read('Local news', body).dateline);

    // Assert
    expect(datelines).toEqual(['PK', 'CA', 'NZ']);
  });
});

describe('a dateline town named like a country, in a province of its own', () => {
  it("reads the town's name as no mention of the country (wild59)", () => {
    // Arrange
    const body =
      "MEXICO, Pampanga — A fire razed 40 houses in a village on Monday, the town's fire marshal said.";

    // Act
    const tagged = read('Fire', body);

    // Assert
    expect(tagged).toEqual({ dateline: 'PH', focus: ['PH'] });
  });

  it('keeps a place named with its country after the comma', () => {
    expect(read('Shares fall', 'HONG KONG, China — Shares fell on Monday, traders said.').focus).toContain(
      'HK',
    );
  });
});
