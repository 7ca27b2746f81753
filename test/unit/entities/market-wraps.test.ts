import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const ids = (body: string, title?: string) => entitiesOf(body, title).map((e) => e.id);

describe('market reports', () => {
  it("give no entity for a region's shares", () => {
    expect(ids('European shares slipped on Thursday as bank stocks fell.')).toEqual([]);
  });

  it('type the main stock indices alike, as market measures', () => {
    const body =
      "Korea's KOSPI added 0.8% and the Taiex rose, while India's Sensex fell and the Hang Seng Index was flat. The Shenzhen Composite edged up.";
    const types = new Map(entitiesOf(body).map((e) => [e.mentions[0]!.text, e.type]));

    for (const index of ['KOSPI', 'Taiex', 'Sensex', 'Hang Seng Index', 'Shenzhen Composite'])
      expect(types.get(index)).toBe('other');
    expect(types.get('Korea')).toBe('place');
  });

  it('keep a country or a city before its index a place', () => {
    const types = new Map(
      entitiesOf("Kuwait's index fell 0.3% and Dubai's index rose 1%.").map((e) => [e.name, e.type]),
    );

    expect(types.get('Kuwait')).toBe('place');
    expect(types.get('Dubai')).toBe('place');
  });

  it('give no body for currency pairs, legal forms after a comma, FX or sums with a scale', () => {
    const found = ids(
      'GBP/USD held at 1.27 and EUR/CHF fell. Oracle, Inc. gained 2%. The FX desk was busy. Lagos stocks added N310bn.',
    );

    expect(found.filter((id) => id.startsWith('organization:'))).toEqual(['organization:oracle']);
  });

  it('read an index named by its two makers as one measure', () => {
    const found = ids('The S&P/TSX composite index rose 0.4% in Toronto.');

    expect(found).toContain('other:s-p');
    expect(found).not.toContain('organization:tsx');
  });

  it("leave a wire's capitals slug in a headline out", () => {
    expect(ids('Gulf bourses were mixed on Monday.', 'GLOBAL MARKETS-Stocks slip as yields climb')).toEqual(
      [],
    );
  });
});

describe('a live blog', () => {
  it('gives no entity for the time zone after a clock time', () => {
    const found = ids(
      '09:30 ET — Stocks opened lower. 14:05 GMT: Oil rose. At 7 p.m. PT, Apple said it would report.',
    );

    expect(found.some((id) => /:(et|gmt|pt)$/.test(id))).toBe(false);
  });
});
