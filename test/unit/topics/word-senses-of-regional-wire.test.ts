import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { figurativeWords } from '../../../functions/core/topics/figurative-words.js';
import { nobelEpithets } from '../../../functions/core/topics/nobel-epithet.js';
import { isObituary } from '../../../functions/core/topics/obituary.js';
import { stem } from '../../../functions/core/topics/stem.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// Session 41 (mendT41): word senses that wild41's regional-wire probe found misread (report-wild41.md ★1, ★4, ★5,
// ★6, items 11 and 13). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const STOCKS = 'medtop:20000396';
const SOCCER = 'medtop:20001065';
const AMERICAN_FOOTBALL = 'medtop:20000823';
const BASEBALL = 'medtop:20000849';
const ELECTION = 'medtop:20000574';
const OIL_AND_GAS = 'medtop:20001243';
const AWARD = 'medtop:20000498';
const spanTexts = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e));

describe('the verb "shares" is no stock (★1)', () => {
  it('a country that shares a border gives no market topic', () => {
    const result = tagArticle({
      title: 'Floods displace thousands in Suriname',
      body: 'Floods have displaced more than 8,000 people in Suriname, which shares a border with Guyana and French Guiana, officials said on Monday after a week of heavy rain.',
    });

    expect(ids(result)).not.toContain(STOCKS);
    expect(ids(result)).not.toContain(TOP_LEVEL.economy);
  });

  it("an island shared and a responsibility shared are verbs, the company's shares a noun", () => {
    const text =
      'Haiti shares the island of Hispaniola with its neighbour. Everyone shares responsibility, he said. Shares of Chevron rose 3%, the fund sold 2 million shares a day and set the price at which shares will be offered.';

    const spans = spanTexts(text, figurativeWords(text));

    expect(spans).toEqual(['shares', 'shares']);
    expect(text.indexOf(spans[0] ?? '')).toBe(6);
  });

  it('shares of a company still give stocks (guard)', () => {
    const result = tagArticle({
      title: 'Chevron shares climb',
      body: 'Shares of Chevron rose 3% in New York on Tuesday after the oil company raised its buyback plan, lifting energy stocks.',
    });

    expect(ids(result)).toContain(STOCKS);
  });
});

describe('a town that is also a club gives sport only in a sport story (★4)', () => {
  it.each<[string, Story, Desks]>([
    [
      'floods in Leeds give no sport',
      {
        title: 'Homes flooded in West Yorkshire',
        body: 'Heavy rain flooded dozens of homes in Leeds and Wakefield overnight after the River Aire burst its banks, the Environment Agency said.',
      },
      { lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a bushfire fanned by winds near Newcastle, with an emergency declared, gives no sport',
      {
        title: 'Bushfire threatens homes north of Newcastle',
        body: 'A bushfire fanned by strong winds threatened homes north of Newcastle on Saturday and authorities declared a state of emergency as firefighters battled the blaze.',
      },
      { lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a match between the clubs keeps sport (guard)',
      {
        title: 'Sunderland beat Leeds',
        body: 'Sunderland beat Leeds 2-1 at the Stadium of Light on Saturday, with a late goal from their striker sealing the win in front of 45,000 fans.',
      },
      { leads: TOP_LEVEL.sport },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });

  it('"fanned" and "championed" are their own words, not fan and champion', () => {
    expect(stem('fanned')).not.toBe(stem('fan'));
    expect(stem('championed')).not.toBe(stem('champion'));
    expect(stem('champions')).toBe(stem('champion'));
  });
});

describe('an AP obituary is an obituary (★5)', () => {
  it('a headline that ends on the death and a lead that gives the age', () => {
    const doc = prepareDocument({
      language: 'en',
      title: 'Former Iowa governor Jane Roe dies',
      body: 'DES MOINES, Iowa (AP) — Jane Roe, who served two terms as Iowa governor, died Sunday at her home. She was 88. Her family announced her death.',
    });

    expect(isObituary(doc)).toBe(true);
  });

  it('a death told as news ("dies after ...") is no obituary (guard)', () => {
    const doc = prepareDocument({
      language: 'en',
      title: 'Police officer dies after shooting',
      body: 'A police officer shot during a traffic stop died Sunday in hospital. He was 34. The suspect was arrested.',
    });

    expect(isObituary(doc)).toBe(false);
  });

  it('the obituary lists human interest', () => {
    const result = tagArticle({
      title: 'Former senator Tom Doe dies',
      body: 'OMAHA, Neb. (AP) — Tom Doe, a Democrat who championed rural broadband during three terms in the Senate, died Friday at his home in Omaha. He was 90. Doe served on the agriculture committee and later taught law.',
    });

    expect(ids(result)).toContain(TOP_LEVEL.humanInterest);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });
});

describe('a Nobel prize that describes someone is no award story (★6)', () => {
  it('a laureate named in passing gives no award topic', () => {
    const result = tagArticle({
      title: 'Police detain aide to Venezuelan opposition leader',
      body: 'Security forces detained an aide to opposition leader Maria Corina Machado, a Nobel Peace Prize laureate, the party said on Wednesday.',
    });

    expect(ids(result)).not.toContain(AWARD);
    expect(result.topics[0]?.id).not.toBe(TOP_LEVEL.humanInterest);
  });

  it('epithets before a name, after a comma and for a past prize are found', () => {
    const text =
      'The government led by Nobel laureate Muhammad Yunus met. Ressa, a Nobel Peace Prize laureate, spoke. Abiy won the Nobel Peace Prize in 2019. They signed a deal, for which Abiy won the Nobel Peace Prize.';

    expect(spanTexts(text, nobelEpithets(text))).toEqual([
      'Nobel laureate',
      'a Nobel Peace Prize laureate',
      'won the Nobel Peace Prize in 2019',
      'for which Abiy won the Nobel Peace Prize',
    ]);
  });

  it('a prize awarded as news keeps the award topic (guard)', () => {
    const result = tagArticle({
      title: 'Venezuelan opposition leader wins Nobel Peace Prize',
      body: 'The Norwegian Nobel Committee awarded the Nobel Peace Prize on Friday to Venezuelan opposition leader Maria Corina Machado.',
    });

    expect(ids(result)).toContain(AWARD);
  });
});

describe('American football is no soccer (item 11)', () => {
  it('a high school football coach is American football', () => {
    const result = tagArticle({
      title: 'High school football coach suspended',
      body: 'The Ridgeview school board suspended its high school football coach for two games after players were seen at a party, the superintendent said.',
    });

    expect(ids(result)).toContain(AMERICAN_FOOTBALL);
    expect(ids(result)).not.toContain(SOCCER);
  });
});

describe('words of another desk in passing (item 13)', () => {
  it.each<[string, Story, Desks]>([
    [
      'farm runoff is no election',
      {
        title: 'Algae bloom returns to Lake Erie',
        body: 'Farm runoff carrying fertilizer into the lake fed a large toxic algae bloom this summer, state environmental officials said.',
      },
      { lacks: [ELECTION, TOP_LEVEL.politics] },
    ],
    [
      'a hardware store is no technology',
      {
        title: 'Hardware store owner dies',
        body: 'The owner of a family hardware store that sold nails, paint and tools for 60 years has died, his son said.',
      },
      { lacks: [TOP_LEVEL.science] },
    ],
    [
      "a side's unbeaten home run is no baseball",
      {
        title: 'Munster beat Leinster',
        body: "Munster beat Leinster 24-17 on Saturday to end the visitors' 12-match unbeaten home run in the United Rugby Championship.",
      },
      { lacks: [BASEBALL] },
    ],
  ])('%s', (_behaviour, story, desks) => {
    const result = tagArticle(story);

    expectDesks(result, desks);
  });

  it('a gas station and an execution by nitrogen gas are no oil and gas', () => {
    const result = tagArticle({
      title: 'Man wins lottery with ticket bought at gas station',
      body: 'A man who bought a ticket at a gas station won $2 million. In another case a judge stayed an execution by nitrogen gas.',
    });

    expect(ids(result)).not.toContain(OIL_AND_GAS);
    expect(evidenceOf(result, TOP_LEVEL.economy)).not.toContain('gas');
  });

  it('an execution stayed is crime, law and justice with its method as evidence', () => {
    const result = tagArticle({
      title: 'Court halts execution',
      body: 'A federal court halted the execution of a man by nitrogen hypoxia on Thursday, hours before he was due to enter the execution chamber.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.crime);
    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('nitrogen hypoxia');
  });
});
