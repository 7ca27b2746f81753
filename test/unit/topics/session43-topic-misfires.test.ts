import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 43 (topics43): the topic misfires session 42's reviewers left (read42 ★2, ★3, ★5, ★6, ★7; mendT42's
// leftovers). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];

describe('drones are war where a sentence tells of their attack, or the story of war (read42 ★2)', () => {
  it('files drones that closed an airport, called an attack on critical infrastructure, under conflict', () => {
    // Arrange
    const story = {
      title: 'Drones over Aalborg airport halt all flights',
      body:
        'Aalborg airport suspended all flights for five hours on Thursday night after several large drones were seen ' +
        "above the airport. The prime minister described it as a deliberate attack on the country's critical " +
        'infrastructure.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.conflict);
    expect(result.topics[0]?.id).not.toBe(TOP_LEVEL.science);
  });

  it('gives Houthi drones that targeted tankers no technology', () => {
    // Arrange
    const story = {
      title: 'Houthi drones target tanker off Yemen coast',
      body:
        "Yemen's Houthis said on Sunday their drones had targeted an oil tanker in the Gulf of Aden. Insurers " +
        'raised premiums and two shipping lines paused their routes through the Suez Canal.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.science);
  });

  it("gives drones that entered an ally's airspace, with jets scrambled, no technology", () => {
    // Arrange
    const story = {
      title: 'Russian drones cross into Romanian airspace',
      body:
        'Romania said on Saturday that three Russian drones had entered its airspace overnight and that fighter ' +
        'aircraft were scrambled. Allies condemned the incursion, and the foreign ministry summoned the Russian ' +
        'ambassador.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.science);
  });

  it("gives drones that violated an airport's airspace, an incursion, no war", () => {
    // Arrange
    const story = {
      title: 'Drone sightings close Bristol airport',
      body:
        'Bristol airport was closed for six hours after drones repeatedly violated its airspace, grounding 80 ' +
        'flights. It was the third drone incursion this year, and police arrested a local man.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('gives show drones that crashed into spectators, injuring two, no war', () => {
    // Arrange
    const story = {
      title: 'Drones fall on spectators at festival light show',
      body:
        'Dozens of drones crashed into spectators during a light show at a summer festival in Leeds on Friday, ' +
        'injuring two women. The organisers blamed a technical fault for the failure.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('gives drone deliveries that hit a record no war for parcels damaged in another sentence', () => {
    // Arrange
    const story = {
      title: 'Drone deliveries hit record for grocery chain',
      body:
        'Drone deliveries hit a record 400,000 orders in the year to March, the grocery chain said on Wednesday. ' +
        'Fewer than 50 parcels were damaged in transit, and the service will reach 20 more towns next year.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('keeps drones that hit a fuel depot, wounding three, at war (guard)', () => {
    // Arrange
    const story = {
      title: 'Overnight drone raid sets fuel depot ablaze',
      body:
        'Drones hit a fuel depot on the edge of the city overnight, wounding three workers and starting a fire ' +
        'that burned until morning, the regional governor said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.conflict);
    expect(evidenceOf(result, TOP_LEVEL.conflict).join(' ')).toMatch(/drone/i);
  });
});

describe('heat that kills people is a disaster whatever tells it (read42 ★3)', () => {
  it('keeps the disaster of heat that kills dozens, told through overflowing hospitals', () => {
    // Arrange
    const story = {
      title: 'Heat kills dozens in Pakistan as clinics overflow',
      body:
        'A heatwave has killed at least 40 people in southern Pakistan this week, with clinics overwhelmed by ' +
        'patients suffering heatstroke. Doctors said wards were full, and health officials urged people to stay ' +
        'indoors during the day.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
    expect(evidenceOf(result, TOP_LEVEL.disaster)).toContain('heat kills');
  });

  it('keeps the disaster of heat that killed thousands, told through a study', () => {
    // Arrange
    const story = {
      title: 'Heat killed 18,000 in Spain over two summers, study finds',
      body:
        'Heat killed more than 18,000 people in Spain over the summers of 2022 and 2023, researchers said in a ' +
        'study published in a medical journal. The scientists analysed temperature and mortality data from every ' +
        'province.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.disaster);
  });

  it('gives the heat that kills bacteria in a food-safety story no disaster (guard)', () => {
    // Arrange
    const story = {
      title: 'Why you should boil homemade stock',
      body:
        'Bring the stock to a rolling boil for ten minutes: the heat kills listeria and other bacteria. Doctors ' +
        'say most food poisoning at home comes from undercooked poultry, and health officials urge cooks to use ' +
        'a thermometer.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.disaster);
  });
});

describe('the trial of someone is a court trial in a business or labour story (read42 ★5)', () => {
  it("keeps 'trial' as crime evidence for the trial of a former crypto lender's chief", () => {
    // Arrange
    const story = {
      title: 'Celsius founder trial enters second week',
      body:
        'The trial of former Celsius chief executive Alex Mashinsky entered its second week in New York, with ' +
        'former employees telling how customer deposits at the cryptocurrency lender funded risky investments, ' +
        'loans and trading. The company filed for bankruptcy in 2022, and shares of rival lenders fell.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('trial');
  });

  it("keeps 'trial' as crime evidence for the trial of union leaders after a strike", () => {
    // Arrange
    const story = {
      title: 'Trial of rail union leaders over 2023 strike opens',
      body:
        'The trial of three rail union leaders over an unlawful strike opened on Tuesday. The union says wages ' +
        'have fallen by a fifth since 2020, and members staged a walkout in support of their leaders, demanding ' +
        'a pay rise.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('trial');
  });

  it("gives a firm's trial of a four-day week no crime (guard)", () => {
    // Arrange
    const story = {
      title: 'Firms extend four-day week trial',
      body:
        'Most of the 60 companies in a six-month trial of a four-day working week will keep it, the organisers ' +
        'said. Revenue rose 1.4% on average over the trial, staff took fewer sick days and the firms said profits ' +
        'held up.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });
});

describe("a tourism business's weak travel words keep travel beside business (read42 ★6)", () => {
  const TRAVEL = 'medtop:20000563';

  it("lists travel for a scenic railway's journeys whose bookings are up", () => {
    // Arrange
    const story = {
      title: 'A scenic rail journey through the Scottish Highlands',
      body:
        'The Jacobite steam train takes five hours to cross the Highlands, a scenic journey past lochs and ' +
        'viaducts. Tickets cost 80 pounds in standard class, and the company says bookings are up 15% on last ' +
        'year.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.lifestyle);
  });

  it('lists travel for budget hostels in an old town that investors buy into', () => {
    // Arrange
    const story = {
      title: "Budget hostels boom in Porto's old town",
      body:
        "Hostels in Porto's old town are reporting record bookings this summer, with room prices up 25% on last " +
        'year. Investors have poured money into converting old warehouses into guesthouses, lifting profits across ' +
        'the sector.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TRAVEL);
  });

  it("gives a capsized ferry's scenic trip with tourists aboard no travel (guard)", () => {
    // Arrange
    const story = {
      title: 'Tourist boat capsizes on scenic trip, 12 dead',
      body:
        'A boat carrying tourists on a scenic trip from the old town harbour capsized in a storm on Sunday, ' +
        'killing 12 people, rescue officials said. Divers were searching for four people still missing, and the ' +
        'coastguard said the vessel was overloaded.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
    expect(evidenceOf(result, TOP_LEVEL.lifestyle)).not.toContain('scenic');
  });
});

describe("an office that opens a firm's name is no head of state (read42 ★7)", () => {
  const HEADS_OF_STATE = 'medtop:20000610';

  it('gives American President Lines, a shipping line, no head of state', () => {
    // Arrange
    const story = {
      title: 'American President Lines orders six container ships',
      body:
        'American President Lines, the container shipping line owned by CMA CGM, has ordered six new vessels ' +
        'from a South Korean shipyard for about $900 million, the company said on Monday.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(HEADS_OF_STATE);
  });

  it("keeps a nationality's president who lines up a cabinet a head of state (guard)", () => {
    // Arrange
    const story = {
      title: 'Uruguayan president lines up new cabinet',
      body: "Uruguay's president named six new ministers on Monday, keeping the finance minister in his post.",
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(HEADS_OF_STATE);
  });
});

describe("names and titles of other desks (mendT42's leftovers of wild42 items 13 and 17)", () => {
  const LEGISLATURE = 'medtop:20000615';
  const GOVERNMENT = 'medtop:20000593';

  it('gives a minister surnamed Jean-Baptiste no religion', () => {
    // Arrange
    const story = {
      title: 'Haiti asks for more police to fight gangs',
      body:
        'Haitian Foreign Minister Jean-Victor Harvel Jean-Baptiste told the Security Council that gangs control ' +
        'most of the capital and asked member states for more police officers.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.religion);
  });

  it('keeps Southern Baptists in religion (guard)', () => {
    // Arrange
    const story = {
      title: 'Southern Baptists elect new leader',
      body: 'Southern Baptists meeting in Dallas elected a new president, and the Baptist church leaders urged unity.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(evidenceOf(result, TOP_LEVEL.religion)).toContain('Baptists');
  });

  it('gives MP Materials, a rare-earth miner, no legislative body', () => {
    // Arrange
    const story = {
      title: 'Rare earth miner doubles output',
      body:
        'MP Materials said on Thursday it would double output at its Mountain Pass mine in California as buyers ' +
        'look for supplies outside China. Shares of MP Materials rose 8%.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(LEGISLATURE);
    expect(ids(result)).not.toContain(TOP_LEVEL.politics);
  });

  it("files Hong Kong's Chief Executive under government, not business", () => {
    // Arrange
    const story = {
      title: 'Hong Kong leader to cut stamp duty',
      body:
        "Hong Kong's Chief Executive John Lee said on Tuesday the city would cut stamp duty on homes. Lee spoke " +
        'before the weekly Executive Council meeting.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(GOVERNMENT);
    expect(evidenceOf(result, GOVERNMENT)).toContain('Chief Executive');
  });

  it("keeps a bank's chief executive in a Hong Kong story a firm's (guard)", () => {
    // Arrange
    const story = {
      title: 'HSBC profit rises',
      body:
        'HSBC Chief Executive Georges Elhedery said profit rose 10% in Hong Kong, where the bank makes most of ' +
        'its money, and announced a share buyback.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.economy);
    expect(evidenceOf(result, GOVERNMENT)).not.toContain('Chief Executive');
  });
});

describe("a sense cue outweighs only the rivals its row names (read42 smell 5, 'keptAgainst')", () => {
  const ARMED_CONFLICT = 'medtop:20000056';

  it('gives service academies that clashed in a football game no armed conflict', () => {
    // Arrange
    const story = {
      title: 'Army edge Navy in overtime thriller',
      body:
        'Army and Navy clashed in front of 70,000 fans in Philadelphia on Saturday, and the Black Knights won ' +
        "20-17 in overtime. Quarterback Bryson Daily ran for two touchdowns as the Midshipmen's season ended at 8-5.",
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
    expect(ids(result)).not.toContain(ARMED_CONFLICT);
    expect(evidenceOf(result, TOP_LEVEL.conflict)).not.toContain('clashed');
  });
});

describe('narrowed after read43: a trial of former smokers, regulators who accused, a music firm in full', () => {
  it('gives a screening trial of former smokers no court', () => {
    // Arrange
    const story = {
      title: 'Lung screening trial finds cancers earlier',
      body:
        'A trial of former smokers found that annual CT scans caught lung cancers at an earlier stage, researchers ' +
        'told a medical conference in Vienna.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it('keeps music for Warner Music Group Corp written in full', () => {
    // Arrange
    const story = {
      title: 'Warner Music Group Corp revenue rises',
      body: 'Warner Music Group Corp said on Thursday its quarterly revenue rose 8% as streaming subscriptions grew.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.arts);
  });
});
