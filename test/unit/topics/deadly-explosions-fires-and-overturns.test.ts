import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ACCIDENT = 'medtop:20000139';
const INDUSTRIAL_ACCIDENT = 'medtop:20000141';
const FIRE = 'medtop:20000150';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

// topic63 (review62 ★3): a tanker, a cylinder or a boiler that exploded, a minibus that overturned, a well that
// collapsed on a child, a fire at a factory that killed its workers — accidents though the lead names no accident word.
describe('a deadly explosion, overturn or collapse in the lead is an accident', () => {
  it.each([
    'A fuel tanker exploded on the ring road outside Kumasi on Sunday, killing nine people.',
    'A petrol tanker truck exploded near a market in Sokoto, killing 31 people who had come to collect fuel.',
    'A gas cylinder exploded at a bakery in Multan on Tuesday, killing three people.',
    'A minibus overturned on the highway near Garissa on Friday, killing seven passengers.',
    'A disused well collapsed in a village near Jodhpur, trapping a four-year-old girl.',
  ])('files "%s" under accident first', (body) => {
    const topics = topicsOf('', body);

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(ACCIDENT);
  });

  it('files a boiler that exploded at a factory as an industrial accident before the factory', () => {
    const topics = topicsOf(
      '',
      'A boiler exploded at a textile factory in Gazipur on Monday, killing five workers.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(INDUSTRIAL_ACCIDENT);
  });
});

describe('a deadly fire or explosion as the lead’s subject is a fire or an accident', () => {
  it('files a fire at a plant that killed workers under fire and industrial accident, before labour', () => {
    const topics = topicsOf('', 'A fire at a shoe factory in Wenzhou killed 14 workers on Thursday.');

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(FIRE);
    expect(ids(topics)).toContain(INDUSTRIAL_ACCIDENT);
    expect(evidenceOf(topics, FIRE)).toContain('fire');
  });

  it('files an explosion at a mine that killed miners as an industrial accident', () => {
    const topics = topicsOf('', 'An explosion at a coal mine in Zonguldak killed 11 miners on Wednesday.');

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(INDUSTRIAL_ACCIDENT);
  });

  it.each([
    'A gunman opened fire at a bus station on Saturday, killing four people.',
    'The fire at the checkpoint killed three soldiers, the army said.',
    'A car packed with explosives exploded outside a court, killing six people.',
    'An army truck exploded after hitting a roadside mine, killing four soldiers.',
    // review63 ★2 on 6cfa6e5d: a car or a minibus that explodes is a bomb's as often as not.
    'A car exploded outside a police station in Baidoa, killing four people.',
    'A minibus exploded at a checkpoint near Kandahar, killing six.',
  ])('leaves shots, a war and a bomb to their own desks: "%s"', (body) => {
    const topics = topicsOf('', body);

    expect(ids(topics)).not.toContain(FIRE);
    expect(firstTopLevel(topics)).not.toBe(TOP_LEVEL.disaster);
  });

  it.each([
    'Demand for electric cars has exploded this year, the carmakers said.',
    'The appeals court overturned the bus company’s licence on Tuesday.',
    'His rally car rolled over at the first corner, injuring the driver, but the stage went on.',
  ])('reads other senses of the verbs as no accident: "%s"', (body) => {
    expect(ids(topicsOf('', body))).not.toContain(ACCIDENT);
  });
});
