import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { scoreTopics } from '../../../functions/core/topics/score.js';
import { TAXONOMY } from '../../../functions/core/topics/taxonomy.js';

const parentOf = new Map(TAXONOMY.map(([id, , parent]) => [id, parent]));

// Text built from news words, so that the generated articles actually produce topics.
const WORDS = [
  'the',
  'minister',
  'said',
  'tariffs',
  'on',
  'steel',
  'would',
  'rise',
  'election',
  'voters',
  'police',
  'arrested',
  'a',
  'striker',
  'scored',
  'goal',
  'film',
  'album',
  'broadband',
  'software',
  'profits',
  'shares',
  'fell',
  'MPs',
  'Labour',
  'U.S.',
  'China',
  'trade',
  'war',
  'troops',
  'hospital',
  'vaccine',
  'climate',
  'school',
  'union',
  'strike',
  'church',
  'storm',
  '.',
  ',',
  '-',
  'TikTok',
  'X',
  'IT',
  'us',
];
const newsText = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' '));
const anyText = fc.oneof(
  newsText,
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('scoreTopics properties', () => {
  it('never throws, keeps scores in 0..1, sorts them, and lists every ancestor', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const topics = scoreTopics(prepareDocument({ title, body, language: 'en' }), [], []);
        const listed = new Set(topics.map((t) => t.id));
        topics.forEach((topic, i) => {
          expect(topic.score).toBeGreaterThanOrEqual(0);
          expect(topic.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(topics[i - 1]?.score).toBeGreaterThanOrEqual(topic.score);
          const parent = parentOf.get(topic.id);
          if (parent) expect(listed.has(parent)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsText, newsText, (title, body) => {
        const once = scoreTopics(prepareDocument({ title, body, language: 'en' }), [], []);
        const twice = scoreTopics(prepareDocument({ title, body, language: 'en' }), [], []);
        expect(twice).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});
