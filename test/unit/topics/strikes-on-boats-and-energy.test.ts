import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ARMED_CONFLICT = 'medtop:20000056';
const LABOUR_STRIKE = 'medtop:20000530';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('fixT49 (wild49 T4): strikes on boats, long-range strikes, a footballer strike, a walkout by pilots', () => {
  it('reads strikes on suspected smuggling boats as armed conflict, not a walkout', () => {
    const topics = topicsOf(
      '',
      'The admiral said further strikes on suspected smuggling vessels in the Pacific were planned.',
    );

    expect(ids(topics)).toContain(ARMED_CONFLICT);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('reads precision and long-range strikes as armed conflict', () => {
    const topics = topicsOf(
      '',
      'The general promised more precision strikes and long-range strikes deep behind the lines.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it("reads a forward's late strike as football, no walkout", () => {
    const topics = topicsOf('', "Okafor's late strike earned the visitors a point at the Riverside ground.");

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('keeps a walkout that pilots voted for against the accident word "pilots"', () => {
    const topics = topicsOf('', 'The airline said its pilots had voted for strikes next month.');

    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });

  it('keeps a walkout by refinery workers as labour', () => {
    const topics = topicsOf('', 'Workers at the refinery began a strike on Monday over pay.');

    expect(ids(topics)).toContain(LABOUR_STRIKE);
    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });
});

describe('fixT49 (wild49 T5): an attack on energy or a city told first is war before the energy', () => {
  it('files drones that struck a fuel depot under armed conflict before the oil', () => {
    const topics = topicsOf(
      'Drones strike fuel depot in border region',
      'Drones struck a fuel depot in the border region overnight, the governor said, and oil storage tanks burned until morning. Fuel prices in the region rose.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(ids(topics)).toContain(TOP_LEVEL.economy);
  });

  it('gives armed conflict to a state accused of attacking a power station', () => {
    const topics = topicsOf(
      '',
      'The ministry accused the rebels of attacking a power station outside the capital.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(evidenceOf(topics, ARMED_CONFLICT)).toContain('attacking');
  });

  it('reads drones that hit a city as war, not technology', () => {
    const topics = topicsOf('', 'Long-range drones hit Dnipro before dawn.');

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
  });

  it('leaves a market story whose attack is only its adjunct with the economy first', () => {
    const topics = topicsOf(
      'Brent crude climbs after refinery attack',
      'Brent crude rose 2% on Tuesday after an attack on a refinery in the Gulf, as traders weighed supply risks. Refining margins widened and shares of refiners gained.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it('gives no war to hackers who attacked a power grid', () => {
    const topics = topicsOf('', 'Hackers attacked the power grid of a small city, officials said.');

    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });
});
