import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

// Text built from country words, punctuation and noise, so that mentions actually occur.
const word = fc.constantFrom(
  'China',
  "China's",
  'U.S.',
  'US',
  'us',
  'Guinea-Bissau',
  'Papua',
  'New',
  'Guinea',
  'Georgia',
  'Jordan',
  'Michael',
  'Washington',
  'the',
  'Kremlin',
  'TURKEY',
  'turkey',
  'Chinese',
  'said',
  ',',
  '.',
  '—',
  '\n',
  '\n\n',
  'U.S.-China',
  'Côte',
  "d'Ivoire",
);
const text = fc.oneof(
  fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' ')),
  fc.string({ maxLength: 200 }),
);

describe('country resolution invariants', () => {
  it('never throws, every mention is its slice, mentions do not overlap, pairs are sorted and linked', () => {
    fc.assert(
      fc.property(text, text, (title, body) => {
        const doc = prepareDocument({ title, body, language: 'en' });
        const countries = resolveCountries(doc, []);
        const spans: [string, number, number][] = [];
        for (const c of countries) {
          expect(c.code).toMatch(/^[A-Z]{2}$/);
          expect(c.salience).toBeGreaterThanOrEqual(0);
          expect(c.salience).toBeLessThanOrEqual(1);
          for (const m of c.mentions) {
            expect((m.field === 'title' ? title : body).slice(m.start, m.end)).toBe(m.text);
            spans.push([m.field, m.start, m.end]);
          }
        }
        spans.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
        for (let i = 1; i < spans.length; i++) {
          const [f0, , e0] = spans[i - 1]!;
          const [f1, s1] = spans[i]!;
          if (f0 === f1) expect(s1).toBeGreaterThanOrEqual(e0);
        }
        for (const p of linkCountryPairs(doc, countries)) {
          expect(p.pair).toBe(`${p.countries[0]}-${p.countries[1]}`);
          expect(p.countries[0] < p.countries[1]).toBe(true);
          expect(p.score).toBeGreaterThanOrEqual(0);
          expect(p.score).toBeLessThanOrEqual(1);
          for (const e of p.evidence)
            expect((e.field === 'title' ? title : body).slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (body) => {
        const a = resolveCountries(prepareDocument({ body, language: 'en' }), []);
        const b = resolveCountries(prepareDocument({ body, language: 'en' }), []);
        expect(a).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });
});
