import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';
const POLITICS = 'medtop:11000000';
const ELECTION = 'medtop:20000574';
const ARTS = 'medtop:01000000';
const DRUG_CRIME = 'medtop:20000095';
const STOCKS = 'medtop:20000396';
const HORSE_RACING = 'medtop:20000960';

const topicIds = (body: string) => tagArticle({ body }).topics.map((t) => t.id);

describe("a leg of a journey is no match's leg, an official's tour no concert tour (wild60)", () => {
  it.each([
    [
      'The pope arrived in Beirut on Sunday on the second leg of his first foreign trip, after three days in Ankara.',
    ],
    [
      'The final leg of the president’s Gulf tour took him to Doha, where he met the emir to discuss gas supplies.',
    ],
  ])('files no sport for "%s"', (body) => {
    expect(topicIds(body)).not.toContain(SPORT);
  });

  it("files no arts for an official's tour", () => {
    expect(
      topicIds("The president's Gulf tour took him to Doha, where he met the emir on Monday."),
    ).not.toContain(ARTS);
  });

  it('keeps the arts for a musician named by a title word ("Prince\'s 1984 tour")', () => {
    expect(
      topicIds("Prince's 1984 tour grossed more than any other that year, the biographer said."),
    ).toContain(ARTS);
  });

  it("keeps the arts for a singer's tour", () => {
    expect(
      topicIds("The singer's world tour will stop in 40 cities, with stadium concerts in Europe."),
    ).toContain(ARTS);
  });

  it("keeps sport for a two-legged tie's second leg", () => {
    expect(
      topicIds('The visitors lost the second leg of their semi-final 2-1 but went through 4-3 on aggregate.'),
    ).toContain(SPORT);
  });
});

describe('drugs the wires name by their street names are drug crime (wild60)', () => {
  it.each([
    [
      'Police seized 1.2 tonnes of captagon hidden in a shipment of oranges, the interior ministry said on Tuesday.',
    ],
    ['Police seized 40 kilograms of shabu from a warehouse in the port city and arrested three men.'],
  ])('files drug crime for "%s"', (body) => {
    expect(topicIds(body)).toContain(DRUG_CRIME);
  });
});

describe('a hot pot is no drug (review60)', () => {
  it('files no crime for a restaurant chain known for its shabu-shabu', () => {
    expect(
      topicIds(
        'The restaurant chain, known for its shabu-shabu hot pots, said it would open 40 outlets next year.',
      ),
    ).not.toContain('medtop:02000000');
  });
});

describe("Hong Kong's Sha Tin is a district first, a racecourse after 'at' (wild60)", () => {
  it('files no horse racing for residents moved to flats in Sha Tin', () => {
    expect(
      topicIds('Residents were moved to flats in Sha Tin on Monday after the fire destroyed their homes.'),
    ).not.toContain(SPORT);
  });

  it('files horse racing for a race won at Sha Tin', () => {
    expect(
      topicIds('The favourite won at Sha Tin on Sunday, the gelding beating the champion by a length.'),
    ).toContain(HORSE_RACING);
  });
});

describe('a series won or lost is sport (wild60)', () => {
  it('files sport for a headline of a series win', () => {
    const topics = tagArticle({
      title: 'Raza ton powers Chevrons to series win over Afghanistan',
      body: '',
    }).topics;

    expect(topics.map((t) => t.id)[0]).toBe(SPORT);
  });
});

describe("the world's stock indexes are the stock market (wild60)", () => {
  it.each([
    ['The Kospi closed above 4,000 for the first time on Monday, gaining 1.2 percent.'],
    ['The PSEi closed above its record on Monday, gaining 1.2 percent.'],
    ["India's Nifty 50 and Sensex hit record highs on Tuesday."],
    ['The Merval rose 3 percent as investors cheered the budget vote.'],
  ])('files stocks for "%s"', (body) => {
    expect(topicIds(body)).toContain(STOCKS);
  });
});

describe('a candidate declared the winner is an election, a boxer on points a bout (wild60)', () => {
  it.each([['Ruto was declared the winner.'], ['Museveni was declared winner with 71 percent.']])(
    'files an election first for "%s"',
    (body) => {
      expect(topicIds(body)[0]).toBe(POLITICS);
    },
  );

  it('files no election for a boxer declared the winner on points', () => {
    expect(
      topicIds(
        'The Mexican was declared the winner on points after 12 rounds, the judges scoring the bout 116-112.',
      ),
    ).not.toContain(ELECTION);
  });
});

describe("a headline-only feed's elections and currencies (wild60)", () => {
  it('files an election for a leader seeking a seventh term', () => {
    expect(
      tagArticle({ title: "Uganda's Museveni to seek seventh term", body: '' }).topics.map((t) => t.id),
    ).toContain(ELECTION);
  });

  it("files currency for the cedi's gains", () => {
    expect(
      tagArticle({ title: "Ghana's cedi gains 40% this year", body: '' }).topics.map((t) => t.id),
    ).toContain('medtop:20000355');
  });
});
