import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { ids } from './topic-ids.js';

const TREATY = 'medtop:20000641';
const NEWS_MEDIA = 'medtop:20000046';
const LABOUR_RELATIONS = 'medtop:20000524';

// review61: words of another desk read in a business or labour story.
describe("a figure's headline, the Bombay exchange and a union's ratifying vote", () => {
  it.each([
    'Headline inflation slowed to 2.6% in June from 2.9% in May, the central bank said, while core prices rose 3.0%.',
    "The brewer's headline earnings per share rose 9% to 212 cents, beating forecasts.",
  ])('files "%s" under no news media', (body) => {
    const topics = tagArticle({ body }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.economy);
    expect(ids(topics)).not.toContain(NEWS_MEDIA);
  });

  it("keeps a newspaper's front-page headline under news media", () => {
    const topics = tagArticle({ body: 'The tabloid ran a front-page headline mocking the mayor.' }).topics;

    expect(ids(topics)).toContain(NEWS_MEDIA);
  });

  it('files the BSE Sensex under markets, with no health', () => {
    const topics = tagArticle({
      title: 'Sensex gains 300 points',
      body: 'The BSE Sensex closed 318 points higher on Wednesday, led by gains in carmakers, while the NSE Nifty rose 0.4%.',
    }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.economy);
    expect(ids(topics)).not.toContain(TOP_LEVEL.health);
  });

  it('keeps BSE the cattle disease under health', () => {
    const topics = tagArticle({
      body: 'Officials confirmed a case of BSE in a dairy cow on a farm in Devon.',
    }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.health);
  });

  it("files workers' vote to ratify a contract under labour relations, with no treaty", () => {
    const topics = tagArticle({
      title: 'Bus drivers ratify contract, ending strike threat',
      body: 'Bus drivers voted to ratify a four-year contract on Saturday, their union said. Members backed the deal by 77%.',
    }).topics;

    expect(ids(topics)).toContain(LABOUR_RELATIONS);
    expect(ids(topics)).not.toContain(TREATY);
  });

  it.each([
    [
      'Dockers end strike',
      "Members of the dockworkers' union voted to ratify the agreement, ending a five-week strike at the port.",
    ],
    [
      'Teachers approve deal',
      'Teachers voted 81% to ratify the deal, their union said, ending months of talks over class sizes.',
    ],
    ['Annual meeting', 'Shareholders ratified the appointment of the auditor at the annual meeting in Zug.'],
    ['Deal ratified', 'The agreement, which ends a four-week strike, was ratified by 71% of members.'],
    ['Union ratifies deal', 'The deal was ratified by union members on Saturday, ending the lockout.'],
  ])('files "%s" (members or shareholders ratifying) under no treaty', (title, body) => {
    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TREATY);
  });

  it("keeps a senate's vote to ratify a treaty under treaty", () => {
    const topics = tagArticle({
      body: 'The Senate voted to ratify the border treaty with Chile on Tuesday.',
    }).topics;

    expect(ids(topics)).toContain(TREATY);
  });

  it('keeps a treaty that a parliament ratifies while workers strike outside', () => {
    const topics = tagArticle({
      body: 'Parliament ratified the pipeline deal with Norway on Tuesday as workers staged a strike outside.',
    }).topics;

    expect(ids(topics)).toContain(TREATY);
  });

  it.each([
    ['', 'Lawmakers ratified the border agreement with Peru, ending a decades-old dispute.'],
    [
      'Union, Norway ratify deal',
      'Norway and the European Union ratified the fisheries deal, officials said.',
    ],
    ['', 'The deal with Korea was ratified by lawmakers on Tuesday; union leaders had urged its rejection.'],
  ])('keeps a state\'s ratifying under treaty: "%s %s"', (title, body) => {
    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(TREATY);
  });

  it('keeps a convention that unions urge lawmakers to ratify under treaty', () => {
    const topics = tagArticle({
      body: 'Unions urged lawmakers to ratify the ILO convention on domestic workers.',
    }).topics;

    expect(ids(topics)).toContain(TREATY);
  });
});
