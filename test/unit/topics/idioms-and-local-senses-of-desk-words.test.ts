import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, topicIds } from './topic-ids.js';

const SANCTION = 'medtop:20000642';
const WEATHER_WARNING = 'medtop:20001131';
const LITERATURE = 'medtop:20000013';

// topic63 (review62 ★2s): words another desk owns, told in their local or figurative sense. Stories are invented.
describe('a word told in its other sense gives its usual desk nothing', () => {
  it.each([
    ['', 'The state cabinet sanctioned Rs 750 crore for a new ring road around the city.'],
    ['', 'The ministry has sanctioned 900 new posts of nurses for district hospitals.'],
  ])('reads a sum or posts "sanctioned" as approved, no sanction: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(SANCTION);
  });

  it('keeps officials sanctioned by a government as a sanction', () => {
    expect(
      topicIds('', 'The Treasury sanctioned 14 officials and two shipping firms over the arms trade.'),
    ).toContain(SANCTION);
  });

  it.each([
    ['', 'BJP workers distributed sweets outside the party office as the results came in.'],
    ['', "The Workers' Party held its congress in Brasilia on Saturday."],
  ])('reads a party\'s workers as politics, no labour: "%s %s"', (title, body) => {
    const topics = topicIds(title, body);

    expect(topics).toContain(TOP_LEVEL.politics);
    expect(topics).not.toContain(TOP_LEVEL.labour);
  });

  it("keeps a carmaker's workers who vote to strike under labour", () => {
    expect(topicIds('', 'Ford workers voted to strike over pay, the union said.')).toContain(
      TOP_LEVEL.labour,
    );
  });

  it.each([
    ['Governor charges new aides on prudence', 'The governor swore in nine special advisers on Monday.'],
    ['', 'The president charged the new service chiefs to restore peace in the north.'],
  ])('reads a leader who "charges" people to act as urging them, no crime: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.crime);
  });

  it.each([
    ['', 'Annual inflation rose to 8.1% in May, driven by the prices of rice, cooking oil and sugar.'],
    ['', 'The clip went viral, drawing two million views overnight.'],
    ['', 'People with more diverse gut bacteria slept better, a study of 900 adults found.'],
    [
      'Payment app outage',
      'A faulty update caused the payment app to crash on thousands of phones on Friday.',
    ],
  ])('files "%s %s" under no lifestyle, health or disaster from one borrowed word', (title, body) => {
    const topics = topicIds(title, body);

    expect(topics).not.toContain(TOP_LEVEL.lifestyle);
    expect(topics).not.toContain(TOP_LEVEL.disaster);
    if (!body.includes('gut')) expect(topics).not.toContain(TOP_LEVEL.health);
  });

  it.each([
    ['', 'Steel makers warned that a tsunami of cheap imports was forcing mills to close.'],
    ['', 'Commentators called the result a political earthquake for the governing coalition.'],
    ['', 'The rumour spread like wildfire through the market town.'],
    ['', 'A row erupted in the council chamber over the budget.'],
    ['', 'Farmers said the trade deal would flood Europe with cheap poultry.'],
  ])('reads a figurative disaster as none: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.disaster);
  });

  it.each([
    ['', 'A tsunami of up to two metres struck the coast after the quake.'],
    ['', 'The volcano erupted overnight, forcing 3,000 people to leave their homes.'],
  ])('keeps a real disaster: "%s %s"', (title, body) => {
    expect(topicIds(title, body)).toContain(TOP_LEVEL.disaster);
  });

  it('files a court petition under the courts, no protest', () => {
    const topics = topicIds(
      '',
      'The Supreme Court adjourned hearing of the petition against the poll results to next week.',
    );

    expect(topics).toContain(TOP_LEVEL.crime);
    expect(topics).not.toContain(TOP_LEVEL.conflict);
  });

  it('files a rally addressed by a party chairman under politics, no markets', () => {
    const topics = tagArticle({
      title: '',
      body: 'The ANC chairman addressed a rally in Polokwane on Sunday.',
    }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it('files approval ratings under politics first', () => {
    const topics = tagArticle({
      title: 'Premier’s approval ratings slide',
      body: 'The premier’s approval ratings fell to 31%, with most voters saying she was doing a poor job.',
    }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it("files Canada's weather agency's warning as weather, no environment", () => {
    const topics = topicIds(
      '',
      'Environment Canada issued rainfall warnings for Vancouver Island, with up to 120 millimetres expected.',
    );

    expect(topics).toContain(WEATHER_WARNING);
    expect(topics).not.toContain(TOP_LEVEL.environment);
  });

  it("files Pakistan's FIA arresting smugglers under crime, no motor racing", () => {
    const topics = topicIds(
      '',
      'The Federal Investigation Agency arrested nine suspected people smugglers in Gujrat, an FIA official said.',
    );

    expect(topics).toContain(TOP_LEVEL.crime);
    expect(topics).not.toContain(TOP_LEVEL.sport);
  });
});

// topic63 (review63 ★2 on 3e25bb96): a book told by its prize, its bookshops or as a new novel keeps literature
// against its setting.
describe('a book told as a book keeps literature', () => {
  it.each([
    ['', 'His debut novel, about a surgeon during a cholera outbreak, was shortlisted for the Booker Prize.'],
    ['', 'The former central banker’s new book on the euro crisis reaches bookshops on Thursday.'],
  ])('lists literature for "%s %s"', (title, body) => {
    expect(topicIds(title, body)).toContain(LITERATURE);
  });
});
