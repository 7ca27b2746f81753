import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel } from './topic-ids.js';

const POLITICS = 'medtop:11000000';
const SUMMIT_MEETINGS = 'medtop:20000640';
const SPORT = 'medtop:15000000';
const CYCLING = 'medtop:20000892';
const TENNIS = 'medtop:20001085';
const AMERICAN_FOOTBALL = 'medtop:20000823';
const HORSE_RACING = 'medtop:20000960';
const ARTS = 'medtop:01000000';
const LABOUR = 'medtop:09000000';
const RETIREMENT = 'medtop:20000531';
const ECONOMY = 'medtop:04000000';
const CRIME = 'medtop:02000000';
const HEALTH = 'medtop:07000000';
const SCIENCE = 'medtop:13000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const idsOf = (title: string, body: string) => topicsOf(title, body).map((t) => t.id);

describe('a summit that is a height, in a stage report or told by its verb (topics49)', () => {
  it('reads a stage report whose riders crossed the summit as cycling, with no summit meeting', () => {
    const ids = idsOf(
      'Vingegaard wins on the Tourmalet',
      'Jonas Vingegaard attacked three kilometres from the summit and won the stage. Pogacar crossed the summit ' +
        '20 seconds later and keeps the yellow jersey.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).toContain(CYCLING);
    expect(ids).not.toContain(SUMMIT_MEETINGS);
    expect(ids).not.toContain(POLITICS);
  });

  it('reads mountaineers who "summited" a peak as no summit meeting', () => {
    const ids = idsOf(
      'Italian pair reach the top of Annapurna',
      'Two Italian mountaineers summited Annapurna without supplemental oxygen on Monday. They spent six hours on ' +
        'the summit ridge before returning to base camp, their team said.',
    );

    expect(ids).not.toContain(SUMMIT_MEETINGS);
    expect(ids).not.toContain(POLITICS);
  });

  it('keeps a summit of leaders a summit meeting', () => {
    const ids = idsOf(
      'Leaders gather for summit',
      'European Union leaders met in Brussels for a two-day summit on defence spending, diplomats said.',
    );

    expect(ids).toContain(SUMMIT_MEETINGS);
  });
});

describe('a seed ranks the draw of any knockout event (topics49)', () => {
  it('gives an NFL team that clinched the top seed no tennis', () => {
    const ids = idsOf(
      'Chiefs clinch top seed with win over Raiders',
      'The Kansas City Chiefs clinched the top seed in the AFC playoffs with a 31-17 win over the Las Vegas ' +
        'Raiders on Sunday. Patrick Mahomes threw three touchdown passes as the Chiefs secured a first-round bye.',
    );

    expect(ids).toContain(AMERICAN_FOOTBALL);
    expect(ids).not.toContain(TENNIS);
  });

  it('keeps tennis for a top seed whose story tells aces and straight sets', () => {
    const ids = idsOf(
      'Top seed Sinner beats Alcaraz',
      'Top seed Jannik Sinner beat Carlos Alcaraz in straight sets in the final at Indian Wells. The Italian ' +
        'served 12 aces.',
    );

    expect(ids).toContain(TENNIS);
  });
});

describe('a trainer named before the horse (topics49)', () => {
  it('reads "the X-trained favourite" as horse racing', () => {
    const ids = idsOf(
      'Henderson-trained favourite lands big prize',
      'The Nicky Henderson-trained favourite landed the feature race at Newbury on Saturday, ridden by Nico de ' +
        'Boinville.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).toContain(HORSE_RACING);
  });

  it('gives soldiers trained abroad no horse racing', () => {
    const ids = idsOf(
      'Commandos deployed to border',
      'The US-trained special forces unit and the French-trained commandos were deployed to the border on Monday.',
    );

    expect(ids).not.toContain(HORSE_RACING);
  });
});

describe('a possessive plural inside a phrase (topics49)', () => {
  it("reads the Breeders' Cup as horse racing", () => {
    const ids = idsOf(
      'Flightline wins',
      "Flightline won the Breeders' Cup Classic at Keeneland on Saturday.",
    );

    expect(ids).toContain(HORSE_RACING);
  });

  it("reads Legionnaires' disease as a disease, with a curly apostrophe too", () => {
    const topics = topicsOf(
      'Outbreak in Madrid',
      'An outbreak of Legionnaires\u2019 disease has killed two people.',
    );

    expect(firstTopLevel(topics)).toBe(HEALTH);
    expect(topics.flatMap((t) => t.evidence)).toContain('Legionnaires\u2019 disease');
  });
});

describe('awarded and hosted are no arts (topics49)', () => {
  it('gives FIFA awarding the right to host a World Cup no arts', () => {
    const ids = idsOf(
      'Saudi Arabia awarded 2034 World Cup',
      'FIFA confirmed on Wednesday that Saudi Arabia has been awarded the right to host the 2034 World Cup, while ' +
        'Spain, Portugal and Morocco will host the 2030 tournament.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).not.toContain(ARTS);
  });

  it('gives a defence contract awarded to a firm no arts', () => {
    const ids = idsOf(
      'Shipbuilder awarded frigate contract',
      'The shipbuilder was awarded a 1 billion pound contract to build frigates for the navy.',
    );

    expect(ids).not.toContain(ARTS);
  });

  it('keeps a film award the arts', () => {
    const ids = idsOf(
      'Low-budget film wins award',
      'The low-budget film won the best film award at the ceremony, beating two Hollywood studio releases.',
    );

    expect(ids[0]).toBe(ARTS);
  });
});

describe("an athlete's retirement is no pension (topics49)", () => {
  it("gives a jockey's retirement tour no labour", () => {
    const ids = idsOf(
      'Dettori to retire',
      'Frankie Dettori said on Monday he will retire at the end of the season, and his retirement tour will take ' +
        'in Royal Ascot.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).not.toContain(LABOUR);
    expect(ids).not.toContain(RETIREMENT);
  });

  it('keeps a rise in the retirement age labour', () => {
    const ids = idsOf(
      'Pension age to rise',
      'The government will raise the retirement age to 68, the work and pensions secretary said.',
    );

    expect(ids).toContain(RETIREMENT);
  });
});

describe('a race that tightens is no money (topics49)', () => {
  it('gives a Senate race tightening in a poll no economy', () => {
    const ids = idsOf(
      'Senate race tightening in Ohio',
      'The Senate race in Ohio is tightening, with the Democratic incumbent leading his Republican challenger by ' +
        'just two points in a new poll released on Tuesday.',
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids).not.toContain(ECONOMY);
  });

  it("keeps a central bank's tightening economy", () => {
    const ids = idsOf(
      'Fed signals more tightening',
      'The Federal Reserve signalled further tightening on Wednesday as inflation stayed above its target.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });
});

describe('the words of any explainer are no business where war or crime lead (topics49)', () => {
  it('files a jihadist blockade explained by analysts under crime or conflict, not economy', () => {
    const topics = topicsOf(
      'Jihadist blockade bites in Mali',
      'Jihadists linked to al Qaeda have blockaded fuel convoys heading to Bamako for two months, analysts said, ' +
        "straining the junta's logistics. The group has attacked trucks on the main roads from Senegal. Russia's " +
        'Africa Corps, headquartered in the capital, has struggled to secure the routes, security analysts said.',
    );

    expect(firstTopLevel(topics)).toBe(CRIME);
    const economy = topics.find((t) => t.id === ECONOMY)?.evidence ?? [];
    expect(economy).not.toContain('analysts');
    expect(economy).not.toContain('logistics');
  });
});

describe("a drama's games are no computing (topics49)", () => {
  it("files a streaming drama's deadly games under the arts", () => {
    const ids = idsOf(
      'Drama breaks viewing record',
      'The survival drama became the most-watched show on the platform. Its deadly games were inspired by ' +
        "children's games, and the series made its creator a star.",
    );

    expect(ids[0]).toBe(ARTS);
    expect(ids).not.toContain(SCIENCE);
  });
});

describe("a party's headquarters is politics' (topics49)", () => {
  it('reads "party headquarters" as a word of political parties, not of a firm', () => {
    const topics = topicsOf(
      'Tories move out of Westminster',
      'The Conservative Party will move its party headquarters out of Westminster, the party chairman said.',
    );

    expect(firstTopLevel(topics)).toBe(POLITICS);
    expect(topics.find((t) => t.id === ECONOMY)).toBeUndefined();
  });
});
