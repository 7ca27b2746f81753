import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, ids } from './topic-ids.js';

const VOTING = 'medtop:20000586';
const ADDICTION = 'medtop:20000804';
const GOLF = 'medtop:20000940';
const MINING = 'medtop:20000320';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics29 (review29 T11, T13, T14): words a story uses in another sense', () => {
  it('reads a general who cast his vote as voting, not a film cast', () => {
    const topics = topicsOf(
      'Junta leader votes in first phase of election',
      'Senior General Kyaw Min cast his vote in the capital on Sunday as polls opened in the first phase of the election.',
    );

    expect(evidenceOf(topics, VOTING)).toContain('cast his vote');
    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
  });

  it('reads non-alcoholic drinks as no addiction', () => {
    const topics = topicsOf(
      'Food prices rise again',
      'Food and non-alcoholic drink prices rose 4.2% in the year to October, the statistics office said.',
    );

    expect(ids(topics)).not.toContain(ADDICTION);
  });

  it("reads a summit at a leader's golf resort as no golf", () => {
    const topics = topicsOf(
      'Summit to be held at golf resort',
      "The president said he would hold next year's summit of world leaders at one of his golf resorts in Florida.",
    );

    expect(ids(topics)).not.toContain(GOLF);
    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
  });

  it('reads a mining town that a wildfire nears as no mining', () => {
    const town = topicsOf(
      'Wildfire nears town',
      'About 5,000 residents of the mining town were ordered to leave as a wildfire approached on Thursday.',
    );

    expect(ids(town)).not.toContain(MINING);
  });
});
