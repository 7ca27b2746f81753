import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

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
  it('drones that hit an apartment block give no technology', () => {
    const result = tagArticle({
      title: 'Russian drones hit Kharkiv apartment block overnight',
      body: "Russian drones struck an apartment block in Kharkiv overnight, killing three people and wounding 14, regional officials said on Tuesday. Ukraine's air force said it shot down 52 of the 70 drones launched overnight.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.conflict);
    expect(ids(result)).not.toContain(TOP_LEVEL.science);
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

  it('drones that struck a refinery lead with the war and give no technology', () => {
    const result = tagArticle({
      title: 'Ukrainian drones set Russian refinery ablaze',
      body: "Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, starting a large fire, the regional governor said on Monday. Russia's defence ministry said air defences destroyed 30 drones over southern regions. Ukraine has stepped up attacks on Russian energy facilities, which it says fuel Moscow's war machine.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.conflict);
    expect(ids(result)).toContain(ARMED_CONFLICT);
    expect(ids(result)).not.toContain(TOP_LEVEL.science);
  });

  it('a drone maker keeps technology beside the battlefield (guard)', () => {
    const result = tagArticle({
      title: 'Drone maker unveils cheaper battlefield model',
      body: 'A Turkish drone maker unveiled a cheaper, lighter model on Thursday, saying new batteries and navigation software let it fly for 30 hours. The company said demand from armies had tripled since 2022.',
    });

    expect(ids(result)).toContain(TOP_LEVEL.science);
  });

  it("a delivery startup's drones are no war", () => {
    const result = tagArticle({
      title: 'Drone deliveries take off in rural Ireland',
      body: 'A drone delivery startup is flying groceries and prescriptions to homes in rural County Galway, cutting waiting times from days to minutes. The company said its drones, which navigate using cameras and GPS, had completed 100,000 flights.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
    expect(ids(result)).toContain(TOP_LEVEL.science);
  });
});

describe("a travel feature's words", () => {
  it('trains, ferries and guesthouses to Sicily are travel, not transport business', () => {
    const result = tagArticle({
      title: 'The slow way to Sicily: three weeks by train and ferry',
      body: 'We left London on a Tuesday with two rucksacks and no flights booked. Three weeks, eight trains and one overnight ferry later, we arrived in Palermo. Travelling slowly let us stay in small guesthouses in Turin, Florence and Naples, walk the old towns in the evenings and eat wherever locals ate. The trip cost about the same as a package holiday.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).toContain(TRAVEL);
    expect(ids(result)).not.toContain(TOP_LEVEL.disaster);
  });

  it('ryokan inns are no cricket innings', () => {
    const result = tagArticle({
      title: 'Ten best places to visit in Japan this spring',
      body: "Cherry blossom season draws millions of tourists to Japan each spring. Our guide lists ten destinations, from Shikoku's pilgrimage trail to the ryokan inns of Takayama, with tips on when to go, where to stay and how to get around by rail.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).not.toContain(CRICKET);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it("a minister's four-day trip is no day trip (guard)", () => {
    const result = tagArticle({
      title: 'Foreign minister begins trip to Gulf states',
      body: 'The foreign minister began a four-day trip to the Gulf on Sunday, with stops in Saudi Arabia, Qatar and the United Arab Emirates, his ministry said.',
    });

    expect(ids(result)).not.toContain(TRAVEL);
  });
});

describe('words of another desk', () => {
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

  it("a drama's second season is no sport", () => {
    const result = tagArticle({
      title: 'Netflix orders second season of hit Korean thriller',
      body: "Netflix has ordered a second season of its Korean thriller series after it became the platform's most watched non-English show of the year. Filming will begin in the spring.",
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('the hay fever season is health news, no sport', () => {
    const result = tagArticle({
      title: 'Hay fever season to be worst in years, experts warn',
      body: "This year's hay fever season could be the worst in years, experts said. Pollen counts are expected to be high in June, and pharmacists advised sufferers to start taking antihistamines early.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.health);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('vice-chancellors are no chancellors of the exchequer', () => {
    const result = tagArticle({
      title: 'Universities warn of cuts as international student numbers fall',
      body: 'British universities warned on Monday that they may cut courses after applications from international students fell. Vice-chancellors said overseas fees had kept many institutions afloat.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.education);
    expect(evidenceOf(result, TOP_LEVEL.economy)).not.toContain('chancellors');
  });

  it('a lottery winner who shares the prize sells no stock', () => {
    const result = tagArticle({
      title: 'Village shop worker shares lottery win with colleagues',
      body: 'A shop worker in a Welsh village who won 1 million pounds on a scratchcard has shared the prize with her five colleagues.',
    });

    expect(ids(result)).not.toContain(STOCKS);
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
  it("gardeners' lawns are lifestyle first, and butterflies no swimming", () => {
    const result = tagArticle({
      title: 'Gardeners urged to leave lawns unmown for bees',
      body: 'Gardeners are being urged to leave part of their lawns unmown this spring to help bees and butterflies. Letting grass grow allows wildflowers such as clover and daisies to bloom.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).not.toContain(SWIMMING);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('a lost spaniel that walked home is an animal story', () => {
    const result = tagArticle({
      title: 'Lost dog walks 60 miles home after family moves house',
      body: 'A spaniel that went missing after its family moved house has turned up at their old home, 60 miles away, three weeks later. His owners said they cried when they got the call.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.humanInterest);
  });

  it('miners trapped after a collapse are an accident before the mine', () => {
    const result = tagArticle({
      title: 'Rescuers search for miners trapped after collapse in Zimbabwe',
      body: 'Rescuers were searching on Tuesday for 12 miners trapped underground after a shaft collapsed at a gold mine in central Zimbabwe. Three bodies have been recovered.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
  });

  it('water-bombing planes and firefighters who battled flames are no war', () => {
    const result = tagArticle({
      title: 'Wildfire forces thousands to evacuate near Marseille',
      body: 'A wildfire driven by strong winds forced thousands of people to leave their homes near Marseille on Tuesday, as firefighters battled flames across 700 hectares. Water-bombing planes were deployed.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });
});

describe('a second batch: heat, bottles, skiing and a church', () => {
  it('heat that kills pilgrims is a disaster as well as a pilgrimage', () => {
    const result = tagArticle({
      title: 'Heat kills hundreds of pilgrims during Hajj',
      body: 'More than 500 pilgrims died during the Hajj pilgrimage in Mecca as temperatures passed 50C, officials said.',
    });

    expect(ids(result)).toContain(TOP_LEVEL.disaster);
  });

  it('a deposit return scheme for bottles is an environment story, not banking', () => {
    const result = tagArticle({
      title: 'Deposit return scheme for bottles to start in 2027',
      body: 'Shoppers in England will pay a 20p deposit on plastic bottles and cans from October 2027 under a deposit return scheme, the environment department said. The money will be refunded when the containers are returned to shops for recycling.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.environment);
  });

  it("skiing's World Cup is no football", () => {
    const result = tagArticle({
      title: 'Shiffrin wins 100th World Cup race',
      body: 'Mikaela Shiffrin won her 100th World Cup race on Sunday, taking the slalom in Sestriere by more than a second.',
    });

    expect(ids(result)).not.toContain(SOCCER);
  });

  it('a church that elects its archbishop holds no political election', () => {
    const result = tagArticle({
      title: 'Anglican church elects first woman archbishop of Canterbury',
      body: 'The Church of England has named its first woman Archbishop of Canterbury, ending centuries of male leadership of the worldwide Anglican Communion.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.religion);
    expect(ids(result)).not.toContain(ELECTION);
  });

  it('voters a church urges to elect candidates keep the election (guard)', () => {
    const result = tagArticle({
      title: 'Bishops urge Catholics to elect pro-life candidates',
      body: "The country's bishops urged Catholics to elect candidates who oppose abortion in October's election, in a letter read at every church on Sunday.",
    });

    expect(ids(result)).toContain(ELECTION);
  });
});

describe('a third batch: rallies, rankings and a snake', () => {
  it("candidates' rallies on the campaign's last day are no demonstration", () => {
    const result = tagArticle({
      title: 'Candidates hold rallies on final day of campaign',
      body: "The two main candidates held rallies across the country on Friday, the final day of campaigning before Sunday's presidential election. Polls show the race is too close to call.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.politics);
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('a rally against an election result stays a demonstration (guard)', () => {
    const result = tagArticle({
      title: 'Opposition holds rally against election result',
      body: 'Opposition supporters held a rally in the capital on Saturday to protest against the result of the presidential election, which they say was rigged. Police used tear gas.',
    });

    expect(ids(result)).toContain(TOP_LEVEL.conflict);
  });

  it('university rankings are no sport', () => {
    const result = tagArticle({
      title: 'Oxford tops world university rankings again',
      body: 'The University of Oxford has been named the best university in the world for the tenth year running, according to the Times Higher Education rankings.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('a python in a washing machine is an animal story', () => {
    const result = tagArticle({
      title: 'Python found in washing machine in Queensland home',
      body: 'A family in Queensland found a two-metre carpet python curled up inside their washing machine, a snake catcher said. The snake was released unharmed into bushland.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.humanInterest);
  });
});
