import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_CHARS, MAX_PAIRS } from '../../../functions/core/countries/pair-bounds.js';
import countries from '../../../functions/core/data/countries.json' with { type: 'json' };
import { ENCODED_RESULT_MAX_BYTES, encodeResult } from '../../../functions/core/records/result-codec.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** Every country's name in one sentence, `times` over: a scraped index of countries, no full stop in it. */
function everyCountryPage(times: number): string {
  return countries
    .map((c) => `${c.name}, `)
    .join('')
    .repeat(times);
}

/** Words that name no country, to make a sentence as long as a scraped table's. */
const FILLER = 'the ministers also discussed rice quotas, wheat tariffs, fishing rights and port fees, ';

describe('bounded country pairs', () => {
  it('keeps the best pairs of a page naming every country in one sentence, each with a short span', () => {
    // Arrange
    const body = everyCountryPage(1);

    // Act
    const pairs = tagArticle({ title: 'Countries', body }).countryPairs;

    // Assert
    expect(pairs).toHaveLength(MAX_PAIRS);
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const e of pairs.flatMap((p) => p.evidence)) {
      expect(e.end - e.start).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
      expect(body.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('shows the stretch of a long sentence that names both countries, cut between words', () => {
    // Arrange
    const before = FILLER.repeat(20);
    const after = FILLER.repeat(20);
    const body = `Japan and China signed a trade pact on Monday, and ${before}while Japan said China would ease rice curbs, ${after}officials said.`;

    // Act
    const pair = tagArticle({ title: 'Japan, China sign trade pact', body }).countryPairs.find(
      (p) => p.pair === 'CN-JP',
    );

    // Assert
    const spans = pair?.evidence.filter((e) => e.field === 'body') ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      expect(body.length).toBeGreaterThan(EVIDENCE_MAX_CHARS);
      expect(e.end - e.start).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
      expect(e.text).toBe(body.slice(e.start, e.end));
      expect(e.text).toContain('Japan');
      expect(e.text).toContain('China');
      expect(e.start === 0 || body[e.start - 1] === ' ').toBe(true);
      expect(e.end === body.length || body[e.end] === ' ').toBe(true);
    }
  });

  it('shows a stretch around each country when one long sentence names them far apart', () => {
    // Arrange
    const body = `France signed a trade pact on Monday, and ${FILLER.repeat(15)}the deal was welcomed in Japan.`;

    // Act
    const result = tagArticle({ title: 'France, Japan sign trade pact', body });

    // Assert
    const pair = result.countryPairs.find((p) => p.pair === 'FR-JP');
    const spans = pair?.evidence.filter((e) => e.field === 'body') ?? [];
    expect(body.length).toBeGreaterThan(EVIDENCE_MAX_CHARS);
    expect(spans.map((e) => [e.text.includes('France'), e.text.includes('Japan')])).toEqual([
      [true, false],
      [false, true],
    ]);
    for (const e of spans) expect(e.text).toBe(body.slice(e.start, e.end));
  });

  it('lets the ingest encode the result of a 20 KB page naming every country in each sentence', () => {
    // Arrange: 31,000 pairs each quoting the whole 20 KB sentence made a JSON text longer than V8 allows.
    const result = tagArticle({ title: 'Countries', body: everyCountryPage(6) });

    // Act
    const encoded = encodeResult(result);

    // Assert
    expect((encoded.result ?? encoded.resultGz ?? '').length).toBeGreaterThan(0);
    expect((encoded.result ?? encoded.resultGz)!.length).toBeLessThanOrEqual(ENCODED_RESULT_MAX_BYTES);
  });
});
