import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented 2025-26 stories (session 37, topics37): each led with another desk through one everyday word.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ROAD_ACCIDENT = 'medtop:20000147';
const EARNINGS = 'medtop:20000178';
const CLIMATE_CHANGE = 'medtop:20000418';
const ANIMAL = 'medtop:20000500';
const RECORD = 'medtop:20000499';

describe('a vehicle that plunged off a bridge', () => {
  it('is a road accident first, not transport business', () => {
    const result = tagArticle({
      title: 'Bus plunges off bridge in Kenya, killing 23 passengers',
      body:
        'At least 23 people were killed when a bus carrying mourners returning from a funeral plunged off a bridge ' +
        'into a river in western Kenya on Friday evening, police said. The driver lost control on a sharp bend.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.disaster);
    expect(ids(result)).toContain(ROAD_ACCIDENT);
  });

  it("keeps a share price's plunge in the market", () => {
    const result = tagArticle({
      title: 'Bus maker shares plunge after profit warning',
      body: 'Shares in the bus maker plunged 18% on Tuesday after it warned that full-year profit would miss forecasts.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.economy);
  });
});

describe('families earning a salary', () => {
  it('are no results report: free tuition stays education', () => {
    const result = tagArticle({
      title: 'Harvard to offer free tuition to families earning under $200,000',
      body:
        'Harvard University said on Monday it would offer free tuition to undergraduate students from families ' +
        'earning $200,000 or less a year, starting next autumn. The university said most families would qualify.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.education);
    expect(ids(result)).not.toContain(EARNINGS);
  });

  it("keeps a firm's earnings a results report", () => {
    const result = tagArticle({
      title: 'Petrobras earnings fall on lower oil prices',
      body: 'Brazilian oil company Petrobras reported lower quarterly earnings on Thursday, hurt by weaker crude prices.',
    });

    expect(ids(result)).toContain(EARNINGS);
  });
});

describe('an escaped zoo animal', () => {
  it("is human interest: its keepers are no goalkeepers and the penguin is the story's", () => {
    const result = tagArticle({
      title: 'Escaped penguin found waddling in Tokyo park after three days',
      body:
        'A Humboldt penguin that escaped from an aquarium in Tokyo has been found safe in a nearby park after three ' +
        'days, its keepers said. Visitors spotted it by a pond, and staff lured it back with fish.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.humanInterest);
    expect(ids(result)).toContain(ANIMAL);
    expect(topIds(result)).not.toContain(TOP_LEVEL.sport);
  });

  it("keeps a football keeper's save in sport", () => {
    const result = tagArticle({
      title: 'Keeper saves late penalty as Celtic hold Rangers',
      body: 'The Celtic keeper saved a penalty in stoppage time to earn a 1-1 draw with Rangers at Ibrox on Sunday.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.sport);
  });
});

describe('coral bleaching', () => {
  it('is the environment and climate change before the scientists who report it', () => {
    const result = tagArticle({
      title: "Coral bleaching hits 84% of world's reefs, scientists say",
      body:
        "The worst coral bleaching event on record has now hit 84 percent of the world's reefs, scientists said. " +
        'Ocean heat driven by climate change has damaged reefs in more than 80 countries. Marine biologists warned ' +
        'many corals may not recover.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.environment);
    expect(ids(result)).toContain(CLIMATE_CHANGE);
  });
});

describe("a cafe's drinks and a Saturday run", () => {
  it('file a matcha craze under lifestyle', () => {
    const result = tagArticle({
      title: 'Matcha shortage empties shelves as green tea craze grows',
      body:
        'Cafes from London to Los Angeles are struggling to get hold of matcha, as a craze for the powdered green tea ' +
        'outstrips supply from Japan. Baristas say matcha lattes have become their best-selling drink.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.lifestyle);
  });

  it('file parkrun under lifestyle', () => {
    const result = tagArticle({
      title: 'Parkrun marks 20 years as millions take to Saturday runs',
      body:
        'Parkrun, the free weekly 5km event that began with 13 runners in a London park in 2004, celebrated its 20th ' +
        'anniversary. Organisers say the runs have become a social fixture for families and volunteers.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.lifestyle);
  });
});

describe('Kyoto', () => {
  it('is a city, no climate treaty, in a tourism story', () => {
    const result = tagArticle({
      title: "Japan's tourist numbers hit record as visitors flock to Kyoto",
      body:
        'A record 36 million foreign tourists visited Japan this year, with crowds at temples in Kyoto and ski ' +
        'resorts in Hokkaido. Some towns have introduced fees to limit overtourism.',
    });

    expect(ids(result)).not.toContain(CLIMATE_CHANGE);
    expect(topIds(result)).not.toContain(TOP_LEVEL.environment);
  });

  it('is still the climate treaty as the Kyoto Protocol or its targets', () => {
    const result = tagArticle({
      title: 'Russia ratifies Kyoto treaty',
      body: 'Russia has ratified the Kyoto Protocol, bringing the climate pact into force. Britain said it would meet its Kyoto targets.',
    });

    expect(ids(result)).toContain(CLIMATE_CHANGE);
  });
});

describe('a giant vegetable', () => {
  it("is a record of human interest, not a show's", () => {
    const result = tagArticle({
      title: 'Giant pumpkin weighing 1,200kg sets UK record',
      body:
        'A pumpkin weighing 1,200kg has set a new British record at a village show in Suffolk. The grower said he fed ' +
        'it with seaweed and watered it twice a day.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.humanInterest);
    expect(ids(result)).toContain(RECORD);
  });
});

describe("a travel guide's words", () => {
  it('file a things-to-do piece under travel and tourism, not the flights it mentions', () => {
    const result = tagArticle({
      title: 'Ten things to do in Lisbon this winter',
      body:
        'Lisbon is at its best in winter, when the crowds are gone. Ride the old tram through Alfama, try custard ' +
        'tarts, watch the sunset and book a fado night. Hotels are cheaper than in summer, and flights from London ' +
        'take under three hours.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).toContain('medtop:20000563');
  });
});

describe('depression', () => {
  it('is no slump in a story of young adults and their mental health', () => {
    const result = tagArticle({
      title: 'Depression among young adults doubles in a decade',
      body:
        'Rates of depression and anxiety among adults aged 18 to 25 have doubled in ten years, according to NHS ' +
        'data. Doctors said waiting lists for therapy had grown, and charities called for more mental health ' +
        'services. Many young people said money worries and loneliness made their depression worse.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.health);
    expect(topIds(result)).not.toContain(TOP_LEVEL.economy);
  });

  it('is no mental illness in an economy that risks one', () => {
    const result = tagArticle({
      title: 'Economists warn of depression as output collapses',
      body:
        'Economists warned that the country risked a depression after output fell 9 percent, the steepest fall ' +
        'since the Great Depression. Unemployment rose to 14 percent and the central bank cut interest rates to zero.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.economy);
    expect(topIds(result)).not.toContain(TOP_LEVEL.health);
  });
});
