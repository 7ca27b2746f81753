import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// Session 41 (topics41): session 40's leftovers (drones in war stories read as technology, a travel feature with no
// travel topic) and the commonest misfires of ~90 invented stories across the 17 IPTC top levels. Stories are
// invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const ARMED_CONFLICT = 'medtop:20000056';
const TRAVEL = 'medtop:20000563';
const ELECTION = 'medtop:20000574';
const POLITICAL_CAMPAIGNS = 'medtop:20000580';
const STOCKS = 'medtop:20000396';
const SWIMMING = 'medtop:20001071';
const CRICKET = 'medtop:20000888';
const SOCCER = 'medtop:20001065';

describe('drones are weapons in a war story, machines in a story about them', () => {
  it.each<[string, Story, Desks]>([
    [
      'drones that hit an apartment block give no technology',
      {
        title: 'Russian drones hit Kharkiv apartment block overnight',
        body: "Russian drones struck an apartment block in Kharkiv overnight, killing three people and wounding 14, regional officials said on Tuesday. Ukraine's air force said it shot down 52 of the 70 drones launched overnight.",
      },
      { leads: TOP_LEVEL.conflict, lacks: [TOP_LEVEL.science] },
    ],
    [
      'drones that struck a refinery lead with the war and give no technology',
      {
        title: 'Ukrainian drones set Russian refinery ablaze',
        body: "Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, starting a large fire, the regional governor said on Monday. Russia's defence ministry said air defences destroyed 30 drones over southern regions. Ukraine has stepped up attacks on Russian energy facilities, which it says fuel Moscow's war machine.",
      },
      { leads: TOP_LEVEL.conflict, lists: [ARMED_CONFLICT], lacks: [TOP_LEVEL.science] },
    ],
    [
      'a drone maker keeps technology beside the battlefield (guard)',
      {
        title: 'Drone maker unveils cheaper battlefield model',
        body: 'A Turkish drone maker unveiled a cheaper, lighter model on Thursday, saying new batteries and navigation software let it fly for 30 hours. The company said demand from armies had tripled since 2022.',
      },
      { lists: [TOP_LEVEL.science] },
    ],
    [
      "a delivery startup's drones are no war",
      {
        title: 'Drone deliveries take off in rural Ireland',
        body: 'A drone delivery startup is flying groceries and prescriptions to homes in rural County Galway, cutting waiting times from days to minutes. The company said its drones, which navigate using cameras and GPS, had completed 100,000 flights.',
      },
      { lists: [TOP_LEVEL.science], lacks: [TOP_LEVEL.conflict] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });

  it('drones whose technology the war story did not take still frame the oil facilities they struck as war (guard of the per-frame mask)', () => {
    const result = tagArticle({
      title: 'Drones strike Saudi oil facilities',
      body: "Drones struck two Saudi Aramco oil facilities on Saturday, cutting the kingdom's crude output by half and sending oil prices sharply higher. Aramco said production would be restored within weeks.",
    });
    const conflict = result.topics.find((t) => t.id === TOP_LEVEL.conflict);

    expect(ids(result)).not.toContain(TOP_LEVEL.science);
    expect(conflict?.score ?? 0).toBeGreaterThan(0.9);
  });
});

describe("a travel feature's words", () => {
  it.each<[string, Story, Desks]>([
    [
      'trains, ferries and guesthouses to Sicily are travel, not transport business',
      {
        title: 'The slow way to Sicily: three weeks by train and ferry',
        body: 'We left London on a Tuesday with two rucksacks and no flights booked. Three weeks, eight trains and one overnight ferry later, we arrived in Palermo. Travelling slowly let us stay in small guesthouses in Turin, Florence and Naples, walk the old towns in the evenings and eat wherever locals ate. The trip cost about the same as a package holiday.',
      },
      { leads: TOP_LEVEL.lifestyle, lists: [TRAVEL], lacks: [TOP_LEVEL.disaster] },
    ],
    [
      'ryokan inns are no cricket innings',
      {
        title: 'Ten best places to visit in Japan this spring',
        body: "Cherry blossom season draws millions of tourists to Japan each spring. Our guide lists ten destinations, from Shikoku's pilgrimage trail to the ryokan inns of Takayama, with tips on when to go, where to stay and how to get around by rail.",
      },
      { leads: TOP_LEVEL.lifestyle, lacks: [CRICKET, TOP_LEVEL.sport] },
    ],
    [
      "a minister's four-day trip is no day trip (guard)",
      {
        title: 'Foreign minister begins trip to Gulf states',
        body: 'The foreign minister began a four-day trip to the Gulf on Sunday, with stops in Saudi Arabia, Qatar and the United Arab Emirates, his ministry said.',
      },
      { lacks: [TRAVEL] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });
});

describe('words of another desk', () => {
  it.each<[string, Story, Desks]>([
    [
      "a drama's second season is no sport",
      {
        title: 'Netflix orders second season of hit Korean thriller',
        body: "Netflix has ordered a second season of its Korean thriller series after it became the platform's most watched non-English show of the year. Filming will begin in the spring.",
      },
      { lacks: [TOP_LEVEL.sport] },
    ],
    [
      'the hay fever season is health news, no sport',
      {
        title: 'Hay fever season to be worst in years, experts warn',
        body: "This year's hay fever season could be the worst in years, experts said. Pollen counts are expected to be high in June, and pharmacists advised sufferers to start taking antihistamines early.",
      },
      { leads: TOP_LEVEL.health, lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a lottery winner who shares the prize sells no stock',
      {
        title: 'Village shop worker shares lottery win with colleagues',
        body: 'A shop worker in a Welsh village who won 1 million pounds on a scratchcard has shared the prize with her five colleagues.',
      },
      { lacks: [STOCKS] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });

  it('a restitution campaign is no election campaign', () => {
    const result = tagArticle({
      title: 'Museum returns Benin bronzes after decade-long campaign',
      body: "A German museum handed back 21 Benin bronzes to Nigeria on Friday, ending a campaign by Nigerian officials and activists that began more than ten years ago. The museum's director said curators would work together on future exhibitions.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.arts);
    expect(ids(result)).not.toContain(POLITICAL_CAMPAIGNS);
    expect(evidenceOf(result, TOP_LEVEL.politics)).not.toContain('campaign');
  });

  it("candidates' campaign stays a political campaign (guard)", () => {
    const result = tagArticle({
      title: 'Candidates make final push before vote',
      body: "The two candidates for governor made a final push on Monday before Tuesday's election. The Democratic candidate focused her campaign on housing costs.",
    });

    expect(ids(result)).toContain(ELECTION);
    expect(evidenceOf(result, ELECTION)).toContain('campaign');
  });

  it('vice-chancellors are no chancellors of the exchequer', () => {
    const result = tagArticle({
      title: 'Universities warn of cuts as international student numbers fall',
      body: 'British universities warned on Monday that they may cut courses after applications from international students fell. Vice-chancellors said overseas fees had kept many institutions afloat.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.education);
    expect(evidenceOf(result, TOP_LEVEL.economy)).not.toContain('chancellors');
  });

  it('Amazon deforestation is no retailer', () => {
    const result = tagArticle({
      title: 'Amazon deforestation falls to lowest level in a decade',
      body: 'Deforestation in the Brazilian Amazon fell by 30 percent in the 12 months to July, according to satellite data. Environmental groups credited stronger enforcement against illegal loggers.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.environment);
    expect(evidenceOf(result, TOP_LEVEL.economy)).not.toContain('Amazon');
    expect(evidenceOf(result, TOP_LEVEL.science)).not.toContain('Amazon');
  });
});

describe('gardens, pets, mines and fires', () => {
  it.each<[string, Story, Desks]>([
    [
      "gardeners' lawns are lifestyle first, and butterflies no swimming",
      {
        title: 'Gardeners urged to leave lawns unmown for bees',
        body: 'Gardeners are being urged to leave part of their lawns unmown this spring to help bees and butterflies. Letting grass grow allows wildflowers such as clover and daisies to bloom.',
      },
      { leads: TOP_LEVEL.lifestyle, lacks: [SWIMMING, TOP_LEVEL.sport] },
    ],
    [
      'a lost spaniel that walked home is an animal story',
      {
        title: 'Lost dog walks 60 miles home after family moves house',
        body: 'A spaniel that went missing after its family moved house has turned up at their old home, 60 miles away, three weeks later. His owners said they cried when they got the call.',
      },
      { leads: TOP_LEVEL.humanInterest },
    ],
    [
      'miners trapped after a collapse are an accident before the mine',
      {
        title: 'Rescuers search for miners trapped after collapse in Zimbabwe',
        body: 'Rescuers were searching on Tuesday for 12 miners trapped underground after a shaft collapsed at a gold mine in central Zimbabwe. Three bodies have been recovered.',
      },
      { leads: TOP_LEVEL.disaster },
    ],
    [
      'water-bombing planes and firefighters who battled flames are no war',
      {
        title: 'Wildfire forces thousands to evacuate near Marseille',
        body: 'A wildfire driven by strong winds forced thousands of people to leave their homes near Marseille on Tuesday, as firefighters battled flames across 700 hectares. Water-bombing planes were deployed.',
      },
      { leads: TOP_LEVEL.disaster, lacks: [TOP_LEVEL.conflict] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });
});

describe('a second batch: heat, bottles, skiing and a church', () => {
  it.each<[string, Story, Desks]>([
    [
      'heat that kills pilgrims is a disaster as well as a pilgrimage',
      {
        title: 'Heat kills hundreds of pilgrims during Hajj',
        body: 'More than 500 pilgrims died during the Hajj pilgrimage in Mecca as temperatures passed 50C, officials said.',
      },
      { lists: [TOP_LEVEL.disaster] },
    ],
    [
      'a deposit return scheme for bottles is an environment story, not banking',
      {
        title: 'Deposit return scheme for bottles to start in 2027',
        body: 'Shoppers in England will pay a 20p deposit on plastic bottles and cans from October 2027 under a deposit return scheme, the environment department said. The money will be refunded when the containers are returned to shops for recycling.',
      },
      { leads: TOP_LEVEL.environment },
    ],
    [
      "skiing's World Cup is no football",
      {
        title: 'Shiffrin wins 100th World Cup race',
        body: 'Mikaela Shiffrin won her 100th World Cup race on Sunday, taking the slalom in Sestriere by more than a second.',
      },
      { lacks: [SOCCER] },
    ],
    [
      'a church that elects its archbishop holds no political election',
      {
        title: 'Anglican church elects first woman archbishop of Canterbury',
        body: 'The Church of England has named its first woman Archbishop of Canterbury, ending centuries of male leadership of the worldwide Anglican Communion.',
      },
      { leads: TOP_LEVEL.religion, lacks: [ELECTION] },
    ],
    [
      'voters a church urges to elect candidates keep the election (guard)',
      {
        title: 'Bishops urge Catholics to elect pro-life candidates',
        body: "The country's bishops urged Catholics to elect candidates who oppose abortion in October's election, in a letter read at every church on Sunday.",
      },
      { lists: [ELECTION] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });
});

describe('a third batch: rallies, rankings and a snake', () => {
  it.each<[string, Story, Desks]>([
    [
      "candidates' rallies on the campaign's last day are no demonstration",
      {
        title: 'Candidates hold rallies on final day of campaign',
        body: "The two main candidates held rallies across the country on Friday, the final day of campaigning before Sunday's presidential election. Polls show the race is too close to call.",
      },
      { leads: TOP_LEVEL.politics, lacks: [TOP_LEVEL.conflict] },
    ],
    [
      'a rally against an election result stays a demonstration (guard)',
      {
        title: 'Opposition holds rally against election result',
        body: 'Opposition supporters held a rally in the capital on Saturday to protest against the result of the presidential election, which they say was rigged. Police used tear gas.',
      },
      { lists: [TOP_LEVEL.conflict] },
    ],
    [
      'university rankings are no sport',
      {
        title: 'Oxford tops world university rankings again',
        body: 'The University of Oxford has been named the best university in the world for the tenth year running, according to the Times Higher Education rankings.',
      },
      { lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a python in a washing machine is an animal story',
      {
        title: 'Python found in washing machine in Queensland home',
        body: 'A family in Queensland found a two-metre carpet python curled up inside their washing machine, a snake catcher said. The snake was released unharmed into bushland.',
      },
      { leads: TOP_LEVEL.humanInterest },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });
});
