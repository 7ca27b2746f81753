import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../functions/core/tag.js';
import { articleOfMarkup, hostileMarkupPages, hostilePages } from '../../scripts/hostile-pages.js';

/** Pages of 50 KB: small enough for a unit test; `npm run bench` times them at 1 MB (scripts/hostile-pages.ts). */
const PAGE_BYTES = 50_000;
/**
 * A generous bound so a loaded machine does not fail the test: speed is measured by the bench, never here. The 28
 * text pages took 104 s of the 120 s this was until 2026-12-05 at load ~18 (session 40, two cores, six helpers).
 */
const PAGES_TIMEOUT_MS = 300_000;

describe('pages no newsroom writes', () => {
  it(
    'are tagged whole, with the countries they name, and never throw',
    () => {
      const pages = hostilePages(PAGE_BYTES);

      const results = new Map(pages.map((page) => [page.id, tagArticle(page)]));

      const codes = (id: string) =>
        results
          .get(id)
          ?.countries.map((c) => c.code)
          .sort();
      expect(codes('hyphenated countries')).toEqual(['CN', 'JP', 'US']);
      expect(codes('countries in one sentence')).toEqual(['CN', 'FR', 'JP']);
      expect(results.get('names without full stops')?.entities.length).toBeGreaterThan(0);
      expect(codes('Chinese text')).toEqual(['CN', 'US']);
      expect(codes('Polish text')).toEqual(['DE', 'PL']);
      expect(codes('Dutch text')).toEqual(['DE', 'NL']);
      expect(codes('match results in one line')).toEqual(['DE', 'FR']);
      expect(results.get('unknown names in one list')?.entities.map((e) => e.type)).toEqual([
        'organization',
        'organization',
      ]);
      expect(codes('results of many countries in one sentence')?.length).toBeGreaterThan(200);
      expect(codes('every country in one sentence')?.length).toBeGreaterThan(200);
      expect(codes('round-up of the same countries')).toEqual(
        expect.arrayContaining(['AR', 'BR', 'CO', 'ID', 'MX']),
      );
      expect(codes('ranges of the same two countries')).toEqual(['BR', 'CO']);
      expect(codes('zero-width runs')).toEqual(['FR']);
      expect(codes('soft hyphens in every word')).toContain('JP');
      const agency = results
        .get('acronyms of many bodies')
        ?.entities.find((e) => e.name === 'Borvan Calder Dunmore Agency');
      expect(agency?.mentions.map((m) => m.text)).toEqual(['Borvan Calder Dunmore Agency', 'BCDA']);
      // A name a line, all distinct: each is its own firm or person.
      const kinds = (id: string, type: string) =>
        results.get(id)?.entities.filter((e) => e.type === type).length;
      expect(kinds('results of many distinct firms', 'organization')).toBeGreaterThan(800);
      expect(kinds('many distinct people', 'person')).toBeGreaterThan(800);
      expect(results.size).toBe(pages.length);
    },
    PAGES_TIMEOUT_MS,
  );

  it(
    'read whole when their markup nests, or leaves open elements, <noscript>s or Markdown links, by the thousand',
    () => {
      const pages = hostileMarkupPages(PAGE_BYTES);

      const results = pages.map((page) => tagArticle(articleOfMarkup(page)));

      for (const result of results) expect(result.countries.map((c) => c.code).sort()).toEqual(['CN', 'JP']);
      expect(results.length).toBeGreaterThan(0);
    },
    PAGES_TIMEOUT_MS,
  );
});
