import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../functions/core/entities/recognize.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

const WORDS = [
  'Trump',
  'Han',
  'Zheng',
  'China',
  'the',
  'said',
  'U.S.',
  "'s",
  'X',
  'on',
  'Mr.',
  '\n',
  'Jordan',
  'GERMANY',
  ',',
  '.',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
);

describe('recognizeEntities properties', () => {
  it('never throws, every mention is its slice, mentions do not overlap, and results are deterministic', () => {
    fc.assert(
      fc.property(text, text, (title, body) => {
        const doc = prepareDocument({ title, body, language: 'en' });
        const entities = recognizeEntities(doc);
        const spans: { field: string; start: number; end: number }[] = [];
        for (const e of entities) {
          expect(e.salience).toBeGreaterThanOrEqual(0);
          expect(e.salience).toBeLessThanOrEqual(1);
          for (const m of e.mentions) {
            expect((m.field === 'title' ? title : body).slice(m.start, m.end)).toBe(m.text);
            spans.push(m);
          }
        }
        for (const a of spans)
          for (const b of spans)
            if (a !== b && a.field === b.field) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        expect(recognizeEntities(prepareDocument({ title, body, language: 'en' }))).toEqual(entities);
      }),
      { numRuns: 300 },
    );
  });
});
