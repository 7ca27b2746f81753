import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const ATHLETICS = 'medtop:20000827';
const CRICKET = 'medtop:20000888';
const LABOUR_STRIKE = 'medtop:20000530';
const OIL_AND_GAS = 'medtop:20001243';
const AGRICULTURE = 'medtop:20000210';
const EARTHQUAKE = 'medtop:20000153';

// topic62: one-word lexicon entries read in their other sense — a firm's charge, a bank's book
// runner, fighting inflation, a seismic survey for oil — and review62's headline verbs and idioms.
describe('a one-word entry in its other sense', () => {
  it.each([
    [
      'Grocer sees fourth-quarter charge',
      'Pellham Foods said it would take a fourth-quarter charge of $18 million to shut 22 stores.',
    ],
    ['', 'The water company charged households an extra £3 a month to pay for new pipes.'],
    [
      'Scooter maker adds charging hubs',
      'The scooter maker will add 300 charging hubs to its network this spring.',
    ],
    ['', 'The new tablet charges fully in 20 minutes and weighs 450 grams, the company said.'],
  ])('files "%s %s" under no crime', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.crime);
  });

  it.each([
    [
      'Man charged over arson',
      'A 31-year-old man has been charged with arson after a fire at a warehouse in Hull.',
    ],
    ['Broker charged over losses', 'A former bond broker was charged over $40 million of client losses.'],
    ['', 'Four men will face charges over the burglary, police said.'],
  ])('keeps a charge of a court under crime: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).toContain(TOP_LEVEL.crime);
  });

  it.each([
    [
      'Marathon Oil lifts output',
      'Marathon Oil said crude output rose 3% in the quarter as new wells came on stream.',
    ],
    ['', 'The central bank raised rates again to combat inflation.'],
    ['', 'Regulators are combating fraud in online lending.'],
  ])('files "%s %s" under no sport or war', (title, body) => {
    const topics = topicIds(title, body);

    expect(topics).not.toContain(TOP_LEVEL.sport);
    expect(topics).not.toContain(TOP_LEVEL.conflict);
  });

  it('keeps a city marathon that raised money for charities under athletics', () => {
    expect(
      topicIds('', 'The town marathon raised 1.5 million pounds for local charities, organisers said.'),
    ).toContain(ATHLETICS);
  });

  it('keeps troops in combat under war', () => {
    expect(topicIds('', 'Three soldiers were killed in combat near the border on Sunday.')).toContain(
      TOP_LEVEL.conflict,
    );
  });

  it.each([
    ['', 'The bank acted as joint book runner for the bond issue.'],
    ['', 'Shares trade at below book value, analysts said.'],
    ['', 'The lender issued a novel bond linked to the price of wheat.'],
    ['', 'The two pension funds, acting in concert, hold 14% of the shares.'],
  ])('files "%s %s" under no arts', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.arts);
  });

  it.each([
    ['', "A Cezanne still life sold for $38 million at an auction at Christie's in London."],
    ['', 'Her second novel was shortlisted for the Booker Prize.'],
    ['', 'The band played its last concert in Cork on Saturday.'],
  ])('keeps the arts in "%s %s"', (title, body) => {
    expect(topicIds(title, body)).toContain(TOP_LEVEL.arts);
  });

  it('files seismic surveys for oil under oil and gas, with no earthquake', () => {
    const topics = topicIds(
      '',
      'The explorer will start seismic surveys off the coast in May in search of oil and gas.',
    );

    expect(topics).toContain(OIL_AND_GAS);
    expect(topics).not.toContain(EARTHQUAKE);
  });

  it('files animal feed under agriculture, with no human interest', () => {
    const topics = topicIds('', 'Animal feed prices rose 4% as the barley harvest fell short.');

    expect(topics).toContain(AGRICULTURE);
    expect(topics).not.toContain(TOP_LEVEL.humanInterest);
  });

  it('files a firm\'s "Royal" under business alone, with no royalty', () => {
    expect(topicIds('', 'Royal Bank of Canada reported an 8% rise in first-quarter profit.')).not.toContain(
      TOP_LEVEL.humanInterest,
    );
  });
});

describe("review62's headline verbs and idioms", () => {
  it.each([
    [
      'Storm Agnes batters Ireland',
      'Storm Agnes brought winds of 120 km/h to the west coast, leaving 40,000 homes without power.',
    ],
    [
      'Rising rents batter household budgets',
      'Rents rose 9% in the year to June, the statistics office said.',
    ],
  ])('files "%s" under no sport', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.sport);
  });

  it("keeps a side's batters under cricket", () => {
    expect(
      topicIds(
        'Batters struggle in Hobart',
        "The visitors' batters were bowled out for 98 in the first innings.",
      ),
    ).toContain(CRICKET);
  });

  it.each([
    ['', 'The reform bill cleared its final hurdle in parliament on Wednesday.'],
    ['', 'The merger still faces regulatory hurdles in Washington, analysts said.'],
  ])('files a hurdle that is an obstacle under no sport: "%s"', (_title, body) => {
    expect(topicIds('', body)).not.toContain(TOP_LEVEL.sport);
  });

  it('keeps the 400m hurdles under athletics', () => {
    expect(topicIds('', 'Sydney McLaughlin won the 400m hurdles in 51.9 seconds.')).toContain(ATHLETICS);
  });

  it.each([
    ['', 'The two parties are close to striking a coalition deal, officials said on Thursday.'],
    ['', 'The prime minister was re-elected after striking a budget deal with the regional parties.'],
  ])('files a deal struck under no strike: "%s"', (_title, body) => {
    const topics = topicIds('', body);

    expect(topics).not.toContain(LABOUR_STRIKE);
    expect(topics).not.toContain(TOP_LEVEL.labour);
  });

  it.each([
    ['', 'The explorer is striking oil at a second well in the basin, the company said.'],
    ['Minnow strikes oil off Namibia', 'Kestrel Energy said its first well had found light crude.'],
    ['', 'The group expects to strike gas at a depth of 3,000 metres in the Carpathian licence.'],
    [
      '',
      'The state explorer said it would test the well after striking oil north of the delta. The minister announced the strike on Monday.',
    ],
  ])('files oil or gas struck under no labour: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.labour);
  });

  it('keeps striking oil workers under labour strike', () => {
    expect(
      topicIds('', 'The union said striking oil workers would return to the platforms on Friday.'),
    ).toContain(LABOUR_STRIKE);
  });

  it('keeps workers on strike under labour strike', () => {
    expect(
      topicIds('Bus drivers strike', 'Bus drivers went on strike on Monday over pay, their union said.'),
    ).toContain(LABOUR_STRIKE);
  });

  it.each([
    [
      '',
      'The Union Cabinet on Tuesday approved a scheme for rural roads, Union minister Rao Inderjit told reporters.',
    ],
    ['', 'Union home minister Rajesh Varma said the government would send more police to the district.'],
  ])('files India\'s Union government under politics, with no labour: "%s"', (_title, body) => {
    const topics = topicIds('', body);

    expect(topics).toContain(TOP_LEVEL.politics);
    expect(topics).not.toContain(TOP_LEVEL.labour);
  });
});
