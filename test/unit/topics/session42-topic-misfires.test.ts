import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 42 (topics42): the topic misfires session 41's reviewers left (read41 ★6–★9, ★13; wild41 ob2; topics41's
// leftovers). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const scoreOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.score ?? 0;
const ELECTION = 'medtop:20000574';
const ARMED_CONFLICT = 'medtop:20000056';
const TRAVEL = 'medtop:20000563';
const JUDICIARY = 'medtop:20000119';
const HEADS_OF_STATE = 'medtop:20000610';
const MARKET_AND_EXCHANGE = 'medtop:20000385';
const ECONOMIC_SECTOR = 'medtop:20000209';

describe("a candidate's campaign is an election's without the word (read41 ★6)", () => {
  it("files a campaign's fundraising named by its candidates under election", () => {
    // Arrange
    const story = {
      title: 'Harris campaign raises record sum',
      body:
        'The Harris campaign said on Monday it raised $310 million in July, its biggest monthly haul, as donors ' +
        'rallied behind the vice-president. The Trump campaign said it raised $138.7 million over the same period.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.politics);
    expect(ids(result)).toContain(ELECTION);
  });

  it('files a campaign to lead a party under election', () => {
    // Arrange
    const story = {
      title: 'Badenoch launches Tory leadership bid',
      body:
        'Kemi Badenoch launched her campaign to lead the Conservative Party on Wednesday, promising to renew the ' +
        "party after its defeat. Rival Robert Jenrick's campaign said he had the backing of 30 MPs.",
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(ELECTION);
  });

  it("gives a wildlife charity's campaign no election (guard)", () => {
    // Arrange
    const story = {
      title: 'Charity campaign to save hedgehogs',
      body:
        'A wildlife charity launched a campaign on Monday to save hedgehogs, asking gardeners to cut holes in ' +
        'their fences. The campaign has raised 40,000 pounds from supporters.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(ELECTION);
  });
});

describe('drones are war only where the story tells of war or a drone attack (read41 ★7)', () => {
  it("keeps farmers' crop-spraying drones in technology after a locust attack", () => {
    // Arrange
    const story = {
      title: 'Farmers turn to drones to fight locusts',
      body:
        'Farmers in Kenya are using drones to spray crops after a locust attack killed much of the maize harvest. ' +
        'The swarms struck three counties last month, the agriculture ministry said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).not.toBe(TOP_LEVEL.conflict);
    expect(ids(result)).toContain(TOP_LEVEL.science);
  });

  it("keeps police surveillance drones in technology and out of the protest's conflict evidence", () => {
    // Arrange
    const story = {
      title: 'Police to use drones at protest',
      body:
        'Police will use surveillance drones to monitor a march through central London on Saturday, the ' +
        'Metropolitan Police said. Organisers expect 100,000 people at the protest over the cost of living.',
    };

    // Act
    const result = tagArticle(story);
    const conflict = result.topics.find((t) => t.id === TOP_LEVEL.conflict);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.science);
    expect(conflict?.evidence ?? []).not.toContain('drones');
  });

  it('gives a drone light show after a deadly storm technology and no war', () => {
    // Arrange
    const story = {
      title: 'Drone light show replaces fireworks',
      body:
        "A drone light show will replace the fireworks at Sydney's New Year celebrations, the city council said, " +
        "after a storm killed two people at last year's event and forced organisers to rethink crowd plans. The " +
        'council said 2,000 drones would take part.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
    expect(ids(result)).toContain(TOP_LEVEL.science);
  });

  it('keeps drones that struck power plants and killed four people at war (guard)', () => {
    // Arrange
    const story = {
      title: 'Energy ministry counts drone damage',
      body:
        'Drones had struck two power plants near the capital overnight, killing four people, the energy ministry ' +
        'said on Monday. Repairs would take weeks.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(ARMED_CONFLICT);
  });
});

describe('battles of armed sides stay war beside a hospital (read41 ★8)', () => {
  it("keeps an army's battles around a hospital in armed conflict", () => {
    // Arrange
    const story = {
      title: 'Battles rage around Khartoum hospital',
      body:
        'Battles between the army and the Rapid Support Forces raged around a hospital in Khartoum on Tuesday, ' +
        'the health ministry said. Doctors said patients and medical staff were trapped inside as shelling hit ' +
        'the wards. Cholera cases have risen as hospitals run out of medicine.',
    };

    // Act
    const result = tagArticle(story);
    const armed = result.topics.find((t) => t.id === ARMED_CONFLICT);

    // Assert
    expect(armed?.evidence ?? []).toContain('battles');
    expect(scoreOf(result, TOP_LEVEL.conflict)).toBeGreaterThan(0.6);
  });

  it('gives a patient who battled cancer no war (guard)', () => {
    // Arrange
    const story = {
      title: 'Hospital thanks nurses',
      body:
        'A grandmother who battled cancer for ten years thanked the nurses and doctors at the hospital on ' +
        'Friday, after patients raised money for a new cancer ward.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });
});

describe('weak travel words make no travel topic where another desk leads (read41 ★9)', () => {
  it("gives a prime minister's trip to Washington no travel", () => {
    // Arrange
    const story = {
      title: 'Starmer heads to Washington',
      body:
        'Prime Minister Keir Starmer will make a two-day trip to Washington next week, his first since the ' +
        'election, travelling with Foreign Secretary David Lammy. The journey comes as the two countries ' +
        'negotiate a trade deal, and Starmer will also visit the old town of Alexandria, Virginia, officials said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TRAVEL);
  });

  it('gives asylum seekers housed in hostels and guesthouses no travel', () => {
    // Arrange
    const story = {
      title: 'Council to close asylum hostels',
      body:
        'The council said it would close two hostels housing asylum seekers by March, after the Home Office ' +
        'moved families into guesthouses across the county. Campaigners protested outside one of the ' +
        'guesthouses on Saturday.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TRAVEL);
  });

  it("keeps a city-break guide's travel topic (guard)", () => {
    // Arrange
    const story = {
      title: 'A weekend in Porto: where to stay, what to eat',
      body:
        'Porto has become one of the favourite city breaks of the season. Where to stay: a family-run ' +
        'guesthouse in the old town, or a hostel by the river. The scenic tram trip to the coast takes 20 minutes.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).toContain(TRAVEL);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });
});

describe('words of other desks in a food story, a working-week trial and an obituary', () => {
  it('gives heat that kills salmonella no disaster (read41 ★13)', () => {
    // Arrange
    const story = {
      title: 'How to cook chicken safely',
      body:
        'Cook chicken until the juices run clear: the heat kills salmonella and other bacteria, the food safety ' +
        'agency said, urging home cooks to use a thermometer.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.disaster);
  });

  it("gives firms' trial of a four-day week no court", () => {
    // Arrange
    const story = {
      title: 'Firms trial four-day week with no loss of pay',
      body:
        'Seventeen companies have begun a six-month trial of a four-day working week without any cut in pay, ' +
        'organisers said. Staff will work 80 percent of their hours while aiming to keep productivity the same.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(JUDICIARY);
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it("files a former president's obituary named through his country without the possessive under politics first (wild41 ob2)", () => {
    // Arrange
    const story = {
      title: 'Former Paraguay president Tomas Arrieta dies',
      body:
        "ASUNCION - Tomas Arrieta, the former guerrilla who became Paraguay's president and was known for his " +
        'austere lifestyle, died on Tuesday. He was 87. He spent 12 years in prison and was shot four times, ' +
        'and lived his last years on a small farm with his dog.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.politics);
    expect(ids(result)).toContain(HEADS_OF_STATE);
  });

  it("gives no head of state to a carmaker's national unit president (guard)", () => {
    // Arrange
    const story = {
      title: 'Toyota Brazil president resigns',
      body: 'SAO PAULO - The head of the carmaker in Brazil resigned on Monday after sales fell, the company said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(HEADS_OF_STATE);
  });
});

describe("a restaurant or hotel firm's shares trade whatever its diners weigh (read41 ★2)", () => {
  it("lists the market for a restaurant chain's falling shares", () => {
    // Arrange
    const story = {
      title: 'Noodle chain shares slide',
      body:
        'Shares of Bowlhouse fell 15% on Wednesday after the noodle restaurant chain cut its sales forecast, ' +
        'saying diners at its restaurants were spending less on food and cooking more at home.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(MARKET_AND_EXCHANGE);
    expect(scoreOf(result, TOP_LEVEL.economy)).toBeGreaterThan(0.8);
  });

  it("keeps a hotel group's falling shares in business beside its hotel, inns and restaurants", () => {
    // Arrange
    const story = {
      title: 'Hotel group shares fall',
      body:
        'Shares in Larkspur Hotels, owner of the Larkspur Lodge chain, fell 6% after it reported weaker demand ' +
        'at its inns and restaurants. The company will cut 1,500 jobs.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(MARKET_AND_EXCHANGE);
    expect(scoreOf(result, TOP_LEVEL.economy)).toBeGreaterThan(0.8);
  });
});

describe('the bus of a crime story is its setting', () => {
  it('gives robbers who boarded a night bus no transport business', () => {
    // Arrange
    const story = {
      title: 'Thieves rob passengers on night bus',
      body:
        'Armed robbers boarded a night bus in the city centre and stole phones and wallets from passengers, police ' +
        'said. Two men were arrested after a chase. The bus company said drivers would get extra training.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.crime);
    expect(ids(result)).not.toContain(ECONOMIC_SECTOR);
  });
});
