import { describe, expect, it } from 'vitest';
import { guestsAfter } from '../../../functions/core/countries/guests.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** Whether the words after `second` in `text` make the two countries before it guests. */
const guests = (text: string, second: string) => guestsAfter(text, text.indexOf(second) + second.length);

describe('two guests at an event others made jointly stay guests', () => {
  it('keeps guests when a relative clause names others as the co-financers', () => {
    const text =
      'Norway and Canada witnessed the inauguration of the bypass, which the World Bank and a Turkish builder ' +
      'co-financed, officials said.';

    expect(guests(text, 'Canada')).toBe(true);
  });

  it('keeps guests when "by" names others as the joint builders', () => {
    const text =
      'Spain and Chile attended the opening of the port, jointly built by two Korean firms, on Monday.';

    expect(guests(text, 'Chile')).toBe(true);
  });

  it('reads no guests when the two themselves co-financed it', () => {
    const text =
      'Norway and Canada witnessed the inauguration of the bypass, which they co-financed with the World Bank.';

    expect(guests(text, 'Canada')).toBe(false);
  });

  it('pairs two guests of a road others co-financed only side by side', () => {
    const result = tagArticle({
      title: 'Malawi opens lakeshore highway',
      body:
        'LILONGWE, Nov 4 (Reuters) - Malawi opened a 90-km lakeshore highway on Tuesday. Norway and Canada ' +
        'witnessed the inauguration of the road, which the World Bank and a Turkish builder co-financed, ' +
        'officials said.',
      language: 'en',
    });

    const pair = result.countryPairs.find((p) => p.pair === 'CA-NO');
    expect(pair?.score ?? 0).toBeLessThanOrEqual(0.3);
  });

  it('pairs two leaders at the opening of a bridge their two countries jointly built as parties', () => {
    const result = tagArticle({
      title: 'New river bridge opens',
      body:
        'RUSE, Bulgaria, Dec 2 (Reuters) - Bulgaria and Romania attended the opening of a second bridge over ' +
        'the Danube on Tuesday, which Bulgaria and Romania jointly funded. Trucks queue for hours at the old bridge.',
      language: 'en',
    });

    const pair = result.countryPairs.find((p) => p.pair === 'BG-RO');
    expect(pair?.score ?? 0).toBeGreaterThan(0.3);
  });

  it('reads no guests when "by" names the two countries\' own engineers as the joint makers', () => {
    const text =
      'Norway and Chile witnessed the launch of a research ship on Tuesday, jointly designed by Norwegian and ' +
      'Chilean engineers.';

    expect(guestsAfter(text, text.indexOf('Chile') + 5, () => true)).toBe(false);
  });
});
