import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ACCIDENT = 'medtop:20000139';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('mendT29 (read29 F-g): a deadly collapse needs a structure or vehicle as what gave way', () => {
  it('leaves a House bill on overdose deaths that collapsed with politics', () => {
    const topics = topicsOf(
      'Opioid bill fails',
      'A cross-party House bill to curb overdose deaths collapsed on Wednesday when party leaders pulled it from the floor, lawmakers said.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).not.toContain(ACCIDENT);
  });

  it('reads a pupil at a school who collapsed and died as no structure that gave way', () => {
    const topics = topicsOf(
      'Pupil dies during sports day',
      'A 14-year-old pupil at a Mombasa school collapsed and died during a sports day race on Friday, police said.',
    );

    expect(ids(topics)).not.toContain(ACCIDENT);
  });

  it('reads bus ridership that plunged as deaths rose as no accident', () => {
    const topics = topicsOf(
      'Commuters return to buses',
      'Bus ridership in Chicago plunged during the pandemic as Covid deaths rose, but has recovered to 85% of its 2019 level, the transit agency said.',
    );

    expect(ids(topics)).not.toContain(ACCIDENT);
  });

  it('gives the accident the words of the collapse as its evidence', () => {
    const topics = topicsOf(
      '',
      'Nine people were killed when the roof of a church collapsed during a wedding in Dakota Springs on Saturday, officials said.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(evidenceOf(topics, ACCIDENT)).toEqual(expect.arrayContaining(['roof', 'collapsed']));
  });
});
