import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const CONFLICT = 'medtop:16000000';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';
const ARTS = 'medtop:01000000';

const topicsOf = (title: string, body: string): Topic[] => tagArticle({ title, body }).topics;
const evidenceOf = (topics: readonly Topic[], id: string): string[] =>
  topics.find((t) => t.id === id)?.evidence ?? [];

describe("a couple's given name, the Amazon as a place, idioms (review24 r24-58, r24-59, r24-52, r24-20)", () => {
  it('reads "Bill" before "and Melinda Gates" as a given name, not a bill', () => {
    const topics = topicsOf(
      'Bill and Melinda Gates pledge $1bn for vaccines',
      'Bill and Melinda Gates said on Monday their charity would give $1bn over five years to buy vaccines ' +
        'against measles and polio for children in poor countries. The money will go to clinics in Nigeria ' +
        'and Pakistan, the charity said.',
    );

    expect(evidenceOf(topics, POLITICS)).not.toContain('bill');
    expect(ids(topics)[0]).not.toBe(POLITICS);
  });

  it('reads "the Amazon" the recogniser takes for a place as no firm', () => {
    const topics = topicsOf(
      'Lula and Macron host summit in Belem',
      'BELEM - Brazilian President Luiz Inacio Lula da Silva hosted French President Emmanuel Macron in the ' +
        'Amazon city of Belem on Tuesday. The two presidents announced a programme to protect the Amazon and ' +
        'French Guiana, and signed a defence agreement.',
    );

    expect(evidenceOf(topics, ECONOMY)).not.toContain('Amazon');
    expect(ids(topics)[0]).toBe(POLITICS);
  });

  it('still reads Amazon the firm', () => {
    const topics = topicsOf(
      'Amazon to hire 10,000 warehouse staff',
      'Amazon said on Monday it would hire 10,000 warehouse staff in Britain before Christmas, as the online ' +
        'retailer expects record sales. The company said pay would rise to £13 an hour.',
    );

    expect(ids(topics)[0]).toBe(ECONOMY);
  });

  it('gives no war to a think tank, no music to the Tour of Spain, no sport to a fortune given away', () => {
    const tank = topicsOf(
      'Minister defends tax plans',
      'The chancellor told a think tank in London on Tuesday that the tax plans would help families, and MPs ' +
        'on the Treasury committee said they would question her next week.',
    );
    const tour = topicsOf(
      'Vingegaard wins Tour of Spain stage',
      'Jonas Vingegaard won the 16th stage of the Tour of Spain on Tuesday, attacking on the final climb to ' +
        "take the leader's jersey from his rival.",
    );
    const fortune = topicsOf(
      'Billionaire to give away fortune to charity',
      'The billionaire said he would give away his fortune to charities working on malaria and clean water, ' +
        'leaving his children a small share.',
    );

    expect(ids(tank)).not.toContain(CONFLICT);
    expect(ids(tour)).not.toContain(ARTS);
    expect(ids(fortune)).not.toContain(SPORT);
  });
});
