import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { orderTopics } from '../../../functions/core/topics/order.js';

const WEATHER = 'medtop:17000000';
const HEALTH = 'medtop:07000000';
const GOVERNMENT = 'medtop:20000593';
const GOVERNMENT_POLICY = 'medtop:20000621';

/** The first top level and the first subtopic, as a reader showing "top level › subtopic" picks them. */
function firstPair(topics: readonly Topic[]): [Topic | undefined, Topic | undefined] {
  return [topics.find((t) => t.level === 1), topics.find((t) => t.level > 1)];
}

const topic = (id: string, level: number, score: number): Topic => ({ id, label: id, level, score });

describe('the first subtopic sits under the first top level', () => {
  it('gives a monsoon story visited by a mayor and ministers a weather subtopic first, not government', () => {
    const { topics } = tagArticle({
      title: 'Heavy rain lashes Lahore as monsoon returns',
      body:
        'Heavy rain lashed Lahore for a second day on Tuesday as the monsoon returned, the Met Office said, ' +
        'forecasting more downpours until the weekend. The mayor and the provincial minister visited flooded ' +
        "streets, and officials of the city's water department said pumps were working. The chief minister " +
        'told officials to keep drains clear.',
    });

    const [top, sub] = firstPair(topics);

    expect(top?.id).toBe(WEATHER);
    expect(sub?.id).not.toBe(GOVERNMENT);
    expect(topics.find((t) => t.id === sub?.id && t.level === 2)).toBeDefined();
    // The government subtopic is still there, with its own score.
    expect(topics.map((t) => t.id)).toContain(GOVERNMENT);
  });

  it('gives a health ministry outbreak story a health subtopic first, not government policy', () => {
    const { topics } = tagArticle({
      title: 'Health ministry confirms new measles cases',
      body:
        'The health ministry confirmed 14 new measles cases on Monday and urged parents to vaccinate their ' +
        'children. The minister said hospitals had isolated patients and contact tracing was under way. The ' +
        'health secretary said the government would fund extra vaccine clinics.',
    });

    const [top, sub] = firstPair(topics);

    expect(top?.id).toBe(HEALTH);
    expect(sub?.id).not.toBe(GOVERNMENT_POLICY);
    expect(topics.map((t) => t.id)).toContain(GOVERNMENT_POLICY);
  });

  it("raises only the first top level's strongest subtopic, to the other's score and never above its top level", () => {
    const topics = [
      topic('medtop:04000000', 1, 1),
      topic('medtop:20000170', 2, 0.7),
      topic('medtop:20000171', 3, 0.6),
      topic('medtop:13000000', 1, 0.97),
      topic('medtop:20000756', 2, 0.96),
    ];
    const roots = [
      'medtop:04000000',
      'medtop:04000000',
      'medtop:04000000',
      'medtop:13000000',
      'medtop:13000000',
    ];

    const ordered = orderTopics(topics, roots);

    expect(ordered.map((t) => [t.id, t.score])).toEqual([
      ['medtop:04000000', 1],
      ['medtop:13000000', 0.97],
      ['medtop:20000170', 0.96],
      ['medtop:20000756', 0.96],
      ['medtop:20000171', 0.6],
    ]);
  });

  it('leaves the order alone when the first top level has no subtopic', () => {
    const topics = [
      topic('medtop:15000000', 1, 1),
      topic('medtop:05000000', 1, 0.8),
      topic('medtop:20000399', 2, 0.7),
    ];
    const roots = ['medtop:15000000', 'medtop:05000000', 'medtop:05000000'];

    const ordered = orderTopics(topics, roots);

    expect(ordered.map((t) => [t.id, t.score])).toEqual([
      ['medtop:15000000', 1],
      ['medtop:05000000', 0.8],
      ['medtop:20000399', 0.7],
    ]);
  });
});
