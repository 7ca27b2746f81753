import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { reviewInTitle } from '../../../functions/core/topics/review-label.js';

const ARTS = 'medtop:01000000';
const FILM = 'medtop:20000005';
const LITERATURE = 'medtop:20000013';
const POLITICS = 'medtop:11000000';
const GOVERNMENT_BUDGET = 'medtop:20000607';
const SPORT = 'medtop:15000000';
const VISUAL_ARTS = 'medtop:20000031';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;
const idsOf = (title: string, body: string) => tag(title, body).map((t) => t.id);

describe("a critic's review is filed under the art reviewed (wild39b ★3)", () => {
  it('puts a film review of a war film under film, before the war', () => {
    const topics = tag(
      "Film review: 'Warfare' puts you inside an ambush in Iraq",
      "Alex Garland's war film recreates a 2006 ambush of Navy SEALs in Ramadi, Iraq, in real time. The soldiers " +
        'are pinned down in a house as insurgents close in, and the film never leaves them.',
    );

    expect(topics[0]?.id).toBe(ARTS);
    expect(topics.map((t) => t.id)).toContain(FILM);
    expect(topics.find((t) => t.id === FILM)?.evidence).toContain('Film review');
  });

  it('puts a book review of a bank heist under literature, before banking', () => {
    const topics = idsOf(
      'Book review: a thriller about a bank heist in Zurich',
      'The novel follows a disgraced banker who plans to rob the private bank that fired him. The author knows ' +
        'the world of Swiss banking well, and the heist itself is tense.',
    );

    expect(topics[0]).toBe(ARTS);
    expect(topics).toContain(LITERATURE);
  });

  it("reads 'Title' review and Title review – labels, and no policy's, court's or year's review", () => {
    expect(reviewInTitle("'Oppenheimer' review: Nolan's biopic of the bomb")?.id).toBe('medtop:20000002');
    expect(reviewInTitle('Warfare review \u2013 a harrowing ambush in Iraq')?.id).toBe('medtop:20000002');
    expect(reviewInTitle("Review: 'Marty Supreme' serves up a table tennis hustler")?.id).toBe(
      'medtop:20000002',
    );
    expect(reviewInTitle('TV review: The Diplomat returns')?.id).toBe('medtop:20000051');
    for (const title of [
      'Judicial review: court blocks deportation flights',
      'Strategic defence review: army to shrink by 10,000 troops',
      'Year in review: the biggest bank collapses of 2025',
      'Government launches review of bank heist laws',
      'Review finds failings in army inquiry',
    ])
      expect(reviewInTitle(title)).toBeUndefined();
  });

  it('leaves a labelled review of a phone to its own desk when the story has no words of the arts', () => {
    const topics = idsOf(
      'Pixel 10 Pro review: the best Android phone camera yet',
      "Google's new smartphone has a faster chip, a brighter screen and a battery that lasts two days.",
    );

    expect(topics[0]).not.toBe(ARTS);
  });
});

describe("a firm's fiscal year is no state's budget (wild39b ★3)", () => {
  it("gives a company's fiscal 2026 outlook no politics", () => {
    const topics = idsOf(
      'Deere cuts fiscal 2026 profit outlook as tariffs bite',
      'Deere & Co on Thursday forecast fiscal 2026 net income below Wall Street estimates, saying tariffs on ' +
        'steel and weak farm incomes would weigh on demand for its tractors.',
    );

    expect(topics).not.toContain(POLITICS);
    expect(topics).not.toContain(GOVERNMENT_BUDGET);
  });

  it("keeps a state's fiscal borrowing in politics beside a firm's fiscal results (read39 ★9)", () => {
    const topics = idsOf(
      'Reliance posts record profit',
      "Reliance Industries posted record fiscal 2026 results on Friday, with net profit up 12%. India's fiscal " +
        '2026 net borrowing outlook was cut by the finance ministry.',
    );

    expect(topics).toContain(POLITICS);
  });

  it("keeps a state's fiscal rules and its fiscal 2025 budget in politics", () => {
    const rules = idsOf(
      'Chancellor breaks fiscal rules, watchdog says',
      "The Office for Budget Responsibility said the chancellor's budget would break her own fiscal rules by " +
        '2029, as government borrowing rises.',
    );
    const budget = idsOf(
      "Japan's government adopts fiscal 2025 budget of 115 trillion yen",
      "Japan's cabinet approved a record 115 trillion yen budget for fiscal 2025 on Friday, with defence and " +
        'social security spending at record highs, the finance ministry said.',
    );

    expect(rules[0]).toBe(POLITICS);
    expect(budget[0]).toBe(POLITICS);
  });
});

describe("an architect's buildings are a visual art; a hotel's name no tennis (wild39b ★3)", () => {
  it("files an architect's obituary under the arts first", () => {
    const topics = idsOf(
      'Frank Gehry, architect of the Guggenheim Bilbao, dies at 96',
      'Frank Gehry, the Canadian-born architect whose swooping titanium Guggenheim Museum in Bilbao, Spain, ' +
        'turned a declining industrial city into a global tourist destination, has died. He was 96. He won the ' +
        'Pritzker Prize in 1989. He is survived by his wife and four children.',
    );

    expect(topics[0]).toBe(ARTS);
    expect(topics).toContain(VISUAL_ARTS);
  });

  it('keeps the architect of a deal in politics, with no visual arts', () => {
    const topics = idsOf(
      'Architect of Brexit deal steps down',
      "The government official who was the chief architect of the Brexit trade deal is to step down, the prime minister's office said.",
    );

    expect(topics).not.toContain(VISUAL_ARTS);
  });

  it('gives a story naming Illinois Governor JB Pritzker no arts (only the Pritzker Prize is architecture)', () => {
    const topics = idsOf(
      'Court blocks deployment of troops to Chicago',
      'A federal judge blocked the deployment of National Guard troops to Chicago on Thursday, siding with ' +
        'Illinois Governor JB Pritzker, who had sued the administration.',
    );

    expect(topics).not.toContain(ARTS);
  });

  it("gives a snow warning's extra time, drivers and higher ground no sport, and keeps a cup tie's extra time", () => {
    const snow = idsOf(
      'Snow and ice to hit northern England',
      'The Met Office has issued yellow warnings for snow and ice, with up to 10cm of snow possible on higher ' +
        'ground. Drivers should allow extra time for journeys and check forecasts before setting out.',
    );
    const cup = idsOf(
      'Chelsea win after extra time',
      'Chelsea beat Arsenal 2-1 after extra time at Stamford Bridge, with Cole Palmer scoring the winner.',
    );

    expect(snow).not.toContain(SPORT);
    expect(cup[0]).toBe(SPORT);
  });

  it("gives a travel guide's Ace Hotel no sport, and keeps a tennis player's aces", () => {
    const travel = idsOf(
      'Travel: 48 hours in Kyoto',
      'Where to stay: the Ace Hotel in an old telephone building. Getting there: Kyoto is 2 hours 15 minutes ' +
        'from Tokyo by train. Visitors should book ahead.',
    );
    const tennis = idsOf(
      'Sinner fires 20 aces to reach final',
      'Jannik Sinner served 20 aces as he beat Carlos Alcaraz in straight sets to reach the final in Turin.',
    );

    expect(travel).not.toContain(SPORT);
    expect(tennis[0]).toBe(SPORT);
  });
});
