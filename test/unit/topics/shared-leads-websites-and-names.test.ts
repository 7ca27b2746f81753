import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

// Session 47 (topics47, wild47 ★1, ★2, ★4, ★5): a shared lead, a club's website, a name that spells another desk's
// word and "cash for" a public service are no stocks, computing, weather, labour or corruption. Stories are invented.
const SPORT = 'medtop:15000000';
const STOCKS = 'medtop:20000396';
const COMPUTING = 'medtop:20000763';
const WEATHER = 'medtop:17000000';
const LABOUR = 'medtop:09000000';
const SOCCER = 'medtop:20001065';
const RUGBY = 'medtop:20001176';
const AIR_TRANSPORT = 'medtop:20000338';
const CORRUPTION = 'medtop:20000093';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a shared lead or shared goals are no shares (wild47 ★1)', () => {
  it.each([
    [
      'a golfer who shares the lead',
      'Moore shares lead',
      'Kyle Moore shares the lead with Dan Price after the third round. Two others share second place.',
    ],
    [
      'strikers who shared the goals',
      'Hill shares goals',
      'Ben Hill and Sam Cole shared the goals as Leeds won 2-0.',
    ],
  ])('gives %s sport and no stocks', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).not.toContain(STOCKS);
  });
});

describe("a club's or a band's website is no computing story (wild47 ★2)", () => {
  it.each([
    ["the club's website", 'The striker told the club\u2019s website he was happy to stay at the club.'],
    ['an official website', 'The midfielder told the official website he wanted to win the league.'],
  ])('gives %s no information technology', (_case, body) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(ids(topics)).not.toContain(COMPUTING);
  });

  it('keeps the computing of a website that crashed', () => {
    // Act
    const topics = tag('', 'The website crashed after hackers flooded its servers with traffic.');

    // Assert
    expect(ids(topics)).toContain(COMPUTING);
  });
});

describe("a name spelling another desk's word is no evidence for it (wild47 ★4)", () => {
  it.each([
    [
      'a model agency named Storm',
      'Storm model agency has signed a new face. The agency was founded in London.',
    ],
    ['agencies listed by name', 'Models 1 and Storm are the two largest agencies in London.'],
  ])('gives %s no weather', (_case, body) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(ids(topics)).not.toContain(WEATHER);
  });

  it('keeps the weather of a storm named Ciaran', () => {
    // Act
    const topics = tag('', 'Storm Ciaran brought winds of 100mph to the south coast and closed roads.');

    // Assert
    expect(ids(topics)).toContain(WEATHER);
  });

  it('gives the Rugby Football Union rugby and no soccer or labour', () => {
    // Act
    const topics = tag(
      'Rugby chief quits',
      'The Rugby Football Union has appointed a new chief executive. The RFU said Twickenham would host the final.',
    );

    // Assert
    expect(ids(topics)).toContain(RUGBY);
    expect(ids(topics)).not.toContain(SOCCER);
    expect(ids(topics)).not.toContain(LABOUR);
  });

  it('gives a cycling team named for an airline no air transport', () => {
    // Act
    const topics = tag('', 'The cyclist signs for UAE Team Emirates for the next two seasons.');

    // Assert
    expect(ids(topics)).not.toContain(AIR_TRANSPORT);
  });
});

describe('"cash for" a public service is no corruption (wild47 ★5)', () => {
  it.each([
    [
      'schools',
      'More cash for schools',
      'The education secretary promised more cash for schools in the spending review.',
    ],
    [
      'hill farmers',
      'Extra cash for hill farmers',
      'Ministers announced extra cash for hill farmers hit by the drought.',
    ],
    [
      'pensioners',
      'Chancellor pledges more cash for pensioners',
      "The chancellor promised extra help in next month's budget.",
    ],
  ])('gives cash for %s no corruption', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).not.toContain(CORRUPTION);
  });

  it('keeps the corruption of cash for honours', () => {
    // Act
    const topics = tag('', 'Police questioned the donor in the cash for honours inquiry into party loans.');

    // Assert
    expect(ids(topics)).toContain(CORRUPTION);
  });
});
