import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const MERGER_OR_ACQUISITION = 'medtop:20000204';
const EARNINGS = 'medtop:20000178';
const HUMAN_INTEREST = 'medtop:08000000';
const ARTS = 'medtop:01000000';
const POLITICS = 'medtop:11000000';
const POLITICAL_PARTIES = 'medtop:20000651';
const LABOUR = 'medtop:09000000';
const ELECTION = 'medtop:20000574';
const JUDICIARY = 'medtop:20000106';

const topicsOf = (title: string, body: string): Topic[] => tagArticle({ title, body }).topics;
const scoreOf = (topics: readonly Topic[], id: string): number => topics.find((t) => t.id === id)?.score ?? 0;

describe('deals in the headline, obituaries, capitals headlines and electoral tribunals (topics22)', () => {
  it('files a company bought in the headline under the deal before the target’s profit', () => {
    const topics = topicsOf(
      'MERIDIAN ELECTRONICS TO BUY DATALINE FOR 85 MLN DLRS',
      'BOSTON, March 12 - Meridian Electronics Corp said it agreed to buy Dataline Systems Inc for 85 mln dlrs ' +
        'in cash.\n    Meridian said the acquisition, approved by both boards, would be completed by June.\n' +
        '    Dataline had pretax profit of 6.1 mln dlrs on sales of 48 mln dlrs in 1986, and net earnings of 3.9 ' +
        'mln dlrs.\n    Meridian shares rose 1/2 to 23 on the American Stock Exchange.\n Reuter',
    );

    expect(topics[0]?.id).toBe(ECONOMY);
    expect(scoreOf(topics, MERGER_OR_ACQUISITION)).toBeGreaterThan(scoreOf(topics, EARNINGS));
  });

  it('keeps earnings first in a results report that mentions an acquisition', () => {
    const topics = topicsOf(
      'HOLBROOK INDUSTRIES <HBK> 4TH QTR NET',
      'Shr 52 cts vs 41 cts\nNet 8,214,000 vs 6,380,000\nRevs 121.7 mln vs 99.2 mln\nNOTE: 1986 net includes ' +
        'gain of 1.2 mln dlrs from the acquisition of Dorset Tool Co.\n Reuter',
    );

    expect(scoreOf(topics, EARNINGS)).toBeGreaterThan(scoreOf(topics, MERGER_OR_ACQUISITION));
  });

  it('gives no deal to a country buying wheat', () => {
    const ids = topicIds(
      'USSR TO BUY 1.5 MLN TONNES OF U.S. WHEAT',
      'WASHINGTON, March 12 - The Soviet Union has agreed to buy 1.5 mln tonnes of U.S. wheat for delivery in ' +
        'the 1987/88 season, the U.S. Agriculture Department said.\n    The purchase is the largest under the ' +
        'long-term grain agreement since 1984, trade sources said.\n Reuter',
    );

    expect(ids).not.toContain(MERGER_OR_ACQUISITION);
  });

  it('lists human interest for an obituary whose life leads with the arts', () => {
    const ids = topicIds(
      'Novelist Maria Ortega dies aged 91',
      'The Chilean novelist Maria Ortega, whose books about the saltpetre mines were read by a generation of ' +
        'students, has died aged 91, her publisher said on Tuesday. Ortega won the national prize for ' +
        'literature in 1989 and wrote eleven novels and three collections of poems. Her last book, a memoir, ' +
        'appeared in 2019.',
    );

    expect(ids[0]).toBe(ARTS);
    expect(ids).toContain(HUMAN_INTEREST);
  });

  it('lists human interest for a politician’s obituary among many desks, politics still first', () => {
    const ids = topicIds(
      'FORMER GOVERNOR WALTER PRICE DIES AT 79',
      'ATLANTA 1996-09-18\n\nFormer Georgia governor Walter Price , who raised the state income tax to pay for ' +
        'schools and later pleaded guilty to a charge of taking payments from road contractors , died on ' +
        'Tuesday at a hospital in Atlanta of leukaemia . He was 79 .\n\nPrice , a Democrat , served as a ' +
        'consultant to trade groups after he resigned . He fought in the Korean war .\n\nHe is survived by ' +
        'his wife and three sons .',
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids).toContain(HUMAN_INTEREST);
  });

  it('reads LABOUR in a capitals headline as the word where the story writes labour in lower case', () => {
    const ids = topicIds(
      'SOUTH AFRICAN MINERS STRIKE OVER NEW LABOUR LAW',
      'JOHANNESBURG 1996-12-27\n\nThousands of South African miners walked off the job on Friday in protest ' +
        'against a new labour law passed by parliament last week , union officials said .\n\nThe National ' +
        'Union of Mineworkers said the law would make it easier for mining companies to lay off workers .',
    );

    expect(ids[0]).toBe(LABOUR);
    expect(ids).not.toContain(POLITICAL_PARTIES);
  });

  it('still reads LABOUR in a capitals headline as the party where the story writes Labour', () => {
    const ids = topicIds(
      'LABOUR WINS WIRRAL BY-ELECTION',
      "LONDON 1996-02-15\n\nBritain 's opposition Labour Party won the Wirral South by-election on Thursday , " +
        "cutting Prime Minister John Major 's majority in parliament to one seat .\n\nLabour candidate Ben " +
        'Chapman took 52 percent of the vote , officials said .',
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids).toContain(POLITICAL_PARTIES);
  });

  it('files an electoral tribunal under the election, not the judiciary', () => {
    const ids = topicIds(
      'Honduras confirms presidential vote count',
      "TEGUCIGALPA - Honduras's Supreme Electoral Tribunal said on Monday that the count of the presidential " +
        'vote would be completed by Friday. Observers from the Organization of American States said they had ' +
        'found no irregularities at polling stations.',
    );

    expect(ids).toContain(ELECTION);
    expect(ids).not.toContain(JUDICIARY);
  });
});
