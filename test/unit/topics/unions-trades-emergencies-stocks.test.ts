import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

// Session 47 (topics47, wild46 ★8, ★9 and items 17, 19, 20): a union congress is no legislature, a sports trade no
// commerce, a state of emergency over unrest no disaster, goods in store no shares, an NHS trust's chief executive no
// business. Stories are invented.
const LABOUR = 'medtop:09000000';
const UNIONS = 'medtop:20000536';
const LEGISLATURE = 'medtop:20000615';
const SPORT = 'medtop:15000000';
const BASKETBALL = 'medtop:20000851';
const ECONOMY = 'medtop:04000000';
const MERGER = 'medtop:20000204';
const MARKETS = 'medtop:20000385';
const STOCKS = 'medtop:20000396';
const ARTS = 'medtop:01000000';
const DISASTER = 'medtop:03000000';
const EMERGENCY_RESPONSE = 'medtop:20000168';
const POLITICS = 'medtop:11000000';
const HEALTH = 'medtop:07000000';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a union congress is labour, no legislature (wild46 ★8)', () => {
  it.each([
    [
      'the Trades Union Congress',
      'TUC to fight bill',
      'The TUC general secretary said the Trades Union Congress would oppose the bill in every workplace.',
    ],
    [
      'a labour congress',
      'General strike called',
      'The Nigeria Labour Congress called a general strike over the minimum wage from Monday.',
    ],
    [
      'a congress of trade unions',
      'Unions plan march',
      'The Congress of South African Trade Unions said it would march against the bill on Wednesday.',
    ],
  ])('gives %s unions and no legislative body', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(LABOUR);
    expect(ids(topics)).toContain(UNIONS);
    expect(ids(topics)).not.toContain(LEGISLATURE);
  });

  it('keeps the legislature of the US Congress', () => {
    // Act
    const topics = tag('', 'Congress passed the spending bill late on Friday after the Senate vote.');

    // Assert
    expect(ids(topics)).toContain(LEGISLATURE);
  });
});

describe("a player trade is sport's, no commerce (wild46 ★9)", () => {
  it.each([
    [
      'a player traded before the deadline',
      'The Lakers traded guard Marcus Hill to the Nets before the trade deadline, receiving two draft picks in the deal.',
    ],
    [
      'a player acquired in a blockbuster trade',
      'The Celtics acquired forward Jamal Price in a blockbuster trade with the Lakers on Thursday.',
    ],
  ])('gives %s basketball and no economy, merger or film', (_case, body) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain(BASKETBALL);
    expect(ids(topics)).not.toContain(ECONOMY);
    expect(ids(topics)).not.toContain(MERGER);
    expect(ids(topics)).not.toContain(MARKETS);
    expect(ids(topics)).not.toContain(ARTS);
  });

  it('keeps the economy of a deal that states signed, however often a page repeats it (read47)', () => {
    // Act
    const topics = tag('', Array(200).fill('China and Japan signed a deal.').join(' '));

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
  });

  it('keeps the merger of a company acquired in a deal', () => {
    // Act
    const topics = tag(
      'Chipmaker bought',
      'The chipmaker acquired a rival in a deal worth $4 billion, sending its shares up 6 percent.',
    );

    // Assert
    expect(ids(topics)).toContain(MERGER);
  });
});

describe('a state of emergency over unrest is no disaster (wild46 item 17)', () => {
  it.each([
    [
      "a governor's suspension",
      'President declares state of emergency',
      'The president declared a state of emergency in the province and suspended the governor and the state assembly.',
    ],
    [
      'fuel protests',
      'State of emergency declared',
      'The government declared a state of emergency as protests over fuel shortages spread, giving police sweeping powers.',
    ],
  ])('gives %s no disaster', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).not.toContain(DISASTER);
    expect(ids(topics)).not.toContain(EMERGENCY_RESPONSE);
  });

  it('keeps the emergency response of a flood that the prime minister declared', () => {
    // Act
    const topics = tag(
      'State of emergency declared',
      'The prime minister declared a state of emergency after floods hit the north, and the opposition accused the government of a slow response.',
    );

    // Assert
    expect(ids(topics)).toContain(EMERGENCY_RESPONSE);
  });
});

describe('goods held in store are no shares (wild46 item 19)', () => {
  it.each([
    ['tea held by brokers', 'High stocks of tea held by brokers have pushed prices down at the auction.'],
    ['cod', 'Cod stocks in the North Sea have recovered enough for catches to rise, scientists said.'],
    ['stocks that ran low', 'Stocks ran low at the depots as deliveries stopped, and queues formed.'],
  ])('gives the stocks of %s no stock market', (_case, body) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(ids(topics)).not.toContain(STOCKS);
  });

  it('keeps the stock market of stocks that fell', () => {
    // Act
    const topics = tag('', 'Stocks fell on Wall Street as investors sold technology shares.');

    // Assert
    expect(ids(topics)).toContain(STOCKS);
  });
});

describe("an NHS trust's chief executive is health's, no business (wild46 item 20)", () => {
  it.each([
    [
      'a trust that apologised',
      'Trust apologises',
      'The chief executive of the hospital trust apologised to patients after a report found failings in maternity care.',
    ],
    [
      'a trust boss who resigned',
      'Hospital boss resigns',
      'The chief executive of the NHS foundation trust resigned after a review of its hospitals; the board will appoint an interim boss.',
    ],
  ])('gives %s health and no economy', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(HEALTH);
    expect(ids(topics)).not.toContain(ECONOMY);
    expect(ids(topics)).not.toContain(SPORT);
  });

  it("keeps the business of a drug maker's chief executive", () => {
    // Act
    const topics = tag(
      'Drug maker profits rise',
      'The chief executive of the drug maker said profits rose 10 percent as sales of its cancer medicine grew.',
    );

    // Assert
    expect(ids(topics)).toContain(ECONOMY);
  });
});

describe('the parties of a political emergency keep politics', () => {
  it('gives a suspended assembly politics', () => {
    // Act
    const topics = tag(
      '',
      'The president declared a state of emergency in the province and suspended the governor and the state assembly.',
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(POLITICS);
  });
});

describe("the NFL's conference finals and a trade's picks are American sport (wild46 item 21)", () => {
  const AMERICAN_FOOTBALL = 'medtop:20000823';
  const SOCCER = 'medtop:20001065';
  const SPORTS_TRANSACTION = 'medtop:20001148';

  it('gives the AFC Championship American football and no soccer', () => {
    // Act
    const topics = tag(
      '',
      'The Chiefs beat the Bills in the AFC Championship on Sunday to reach the Super Bowl.',
    );

    // Assert
    expect(ids(topics)).toContain(AMERICAN_FOOTBALL);
    expect(ids(topics)).not.toContain(SOCCER);
  });

  it('gives a trade for a draft pick before the deadline a sports transaction', () => {
    // Act
    const topics = tag(
      '',
      'The Maple Leafs traded defenceman Jake Moss to the Kings for a conditional draft pick before the NHL trade deadline.',
    );

    // Assert
    expect(ids(topics)).toContain(SPORTS_TRANSACTION);
  });
});

describe("read47's cases on 09beddb2 and 0683d50a", () => {
  const EPIDEMIC = 'medtop:20000449';
  const CIVIL_UNREST = 'medtop:20000065';

  it('keeps the emergency response of floods named only in a headline in capitals', () => {
    // Act
    const topics = tag(
      'STATE OF EMERGENCY DECLARED AFTER FLOODS',
      'The prime minister declared a state of emergency on Monday, and opposition leaders accused the government of failing to prepare.',
    );

    // Assert
    expect(ids(topics)).toContain(EMERGENCY_RESPONSE);
  });

  it('gives an emergency over an outbreak of violence and a storm of criticism no disaster and no epidemic', () => {
    // Act
    const topics = tag(
      'State of emergency',
      'The president declared a state of emergency after an outbreak of violence in the capital, and a storm of criticism followed the police response.',
    );

    // Assert
    expect(ids(topics)).not.toContain(EMERGENCY_RESPONSE);
    expect(ids(topics)).not.toContain(EPIDEMIC);
    expect(ids(topics)).toContain(CIVIL_UNREST);
  });

  it('keeps the stock market of stocks that ran out of steam', () => {
    // Act
    const topics = tag(
      '',
      'Asian stocks ran out of steam on Tuesday. Technology stocks fell 2 percent and bank stocks were flat.',
    );

    // Assert
    expect(ids(topics)).toContain(STOCKS);
  });
});
