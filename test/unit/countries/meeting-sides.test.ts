import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });

describe('the sides of a meeting named by their adjectives rank above its venue', () => {
  it('puts the sides first and their pair above the venue pairs under the venue dateline', () => {
    const out = tag(
      'Peace talks in Istanbul',
      'ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks in three years. The talks lasted less than two hours, Turkish officials said.',
    );
    const codes = out.countries.map((c) => c.code);

    expect(codes.slice(0, 2).sort()).toEqual(['RU', 'UA']);
    expect(out.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(
      expect.arrayContaining(['RU', 'UA']),
    );
    expect(out.countryPairs[0]!.pair).toBe('RU-UA');
  });

  it('keeps the venue listed, below the sides, when no dateline names it', () => {
    const out = tag(
      'Talks in Doha',
      'Israeli and Hamas negotiators met in Doha on Monday for indirect talks on a ceasefire, Qatari officials said.',
    );

    expect(out.countries.map((c) => c.code)).toContain('QA');
    expect(out.countries[out.countries.length - 1]!.code).toBe('QA');
    expect(out.countryPairs[0]!.pair).toBe('IL-PS');
  });

  it('reads no meeting in markets that opened', () => {
    const out = tag(
      'Stocks rise',
      'LONDON, Jan 5 (Reuters) - British and French shares opened higher on Monday in London as banks gained.',
    );

    expect(out.countries[0]!.code).toBe('GB');
  });
});
