import { describe, expect, it } from 'vitest';
import { pairsOf as pairs, tagStory } from './focus-and-pairs.js';

// review20 ★7 (r20-56): a table sent as text is one sentence, and a headline naming no country over it made a
// survey of every country it holds (253 pairs, buyer with buyer, exporter with exporter). Its rows link.
const table = [
  'Cocoa bean grindings by origin, 2025 season, in thousands of tonnes. Source: trade estimates.',
  '',
  '| Rank | Origin | Tonnes | Change | Main destinations |',
  '|---|---|---|---|---|',
  '| 1 | Ivory Coast | 2,100 | +3.1% | Netherlands, Belgium, France |',
  '| 2 | Ghana | 650 | -8.5% | Netherlands, Japan |',
  '| 3 | Ecuador | 480 | +12.0% | United States, Malaysia |',
  '| 4 | Cameroon | 300 | +1.5% | Netherlands, Belgium |',
  '| 5 | Nigeria | 280 | -2.0% | Netherlands, Germany |',
  '| 6 | Brazil | 220 | +4.4% | United States, Argentina |',
  '| 7 | Indonesia | 210 | -6.0% | Malaysia, Singapore, India |',
  '| 8 | Peru | 150 | +9.9% | Netherlands, Italy, Belgium |',
  '| 9 | Dominican Republic | 90 | +0.5% | Netherlands, United States |',
  '| 10 | Papua New Guinea | 40 | -1.1% | Australia, Malaysia |',
  '',
  "Notes: Nigeria's total includes beans smuggled in from Benin.",
].join('\n');

describe('a table of countries sent as text', () => {
  it("links each row's country with the countries in the row's later cells", () => {
    const found = pairs({ title: 'Table: Top cocoa origins, 2025', body: table });

    expect(found).toEqual(
      expect.arrayContaining(['BE-CI', 'CI-FR', 'CI-NL', 'GH-JP', 'GH-NL', 'EC-US', 'BR-US', 'AR-BR']),
    );
  });

  it('links no two countries of one cell and no two rows', () => {
    const found = pairs({ title: 'Table: Top cocoa origins, 2025', body: table });

    expect(found).not.toContain('BE-NL');
    expect(found).not.toContain('MY-US');
    expect(found).not.toContain('CI-GH');
    expect(found).not.toContain('BR-EC');
  });

  it("gives the row as a pair's evidence", () => {
    const pair = tagStory({ title: 'Table: Top cocoa origins, 2025', body: table }).countryPairs.find(
      (p) => p.pair === 'GH-JP',
    );

    expect(pair?.evidence.map((e) => e.text)).toEqual(['| 2 | Ghana | 650 | -8.5% | Netherlands, Japan |']);
  });

  it('pairs a country named only outside the table with none of the countries the table lists', () => {
    const found = pairs({ title: 'Table: Top cocoa origins, 2025', body: table });

    expect(found.filter((p) => p.includes('BJ') && p !== 'BJ-NG')).toEqual([]);
  });
});
