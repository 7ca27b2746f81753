import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SUMMIT = {
  title: 'Trump and Putin to meet in Alaska next week',
  body:
    'U.S. President Donald Trump will meet Russian President Vladimir Putin in Alaska on Friday to discuss ' +
    'ending the war in Ukraine, the White House said.\nThe Kremlin confirmed the summit. Ukrainian President ' +
    'Volodymyr Zelenskiy said any deal made without Kyiv would be worthless.',
};

describe('countries of the leaders a headline names', () => {
  it('puts Russia in focus when the headline names Putin and the body introduces him as Russian President', () => {
    const result = tagArticle(SUMMIT);

    const russia = result.countries.find((c) => c.code === 'RU');
    expect(russia?.focus).toBe(true);
    expect(result.countryPairs[0]?.pair).toBe('RU-US');
  });

  it('reads a possessive office too ("India\'s Prime Minister Narendra Modi")', () => {
    const result = tagArticle({
      title: 'Trump hosts Modi as tariff deadline nears',
      body:
        "President Donald Trump will host India's Prime Minister Narendra Modi at the White House on Thursday, " +
        'days before new U.S. tariffs take effect. Washington wants lower duties on American farm goods. ' +
        'U.S. officials said a first phase of a deal was close. The U.S. Trade Representative will join the ' +
        'talks. American exporters have pressed for access for years. Markets in the United States rose.',
    });

    expect(result.countries.find((c) => c.code === 'IN')?.focus).toBe(true);
  });

  it('does not lend a country to a person the headline does not name', () => {
    const result = tagArticle({
      title: 'Talks on Ukraine ceasefire to resume in Geneva',
      body:
        'Negotiators will resume talks on a ceasefire in Ukraine next week in Geneva, officials said. Ukraine ' +
        'said the talks would focus on prisoners. Russian President Vladimir Putin said on Tuesday he was ready ' +
        'for a deal. Ukraine wants guarantees, and Ukrainian troops remain on the front line.',
    });

    expect(result.countries.find((c) => c.code === 'RU')?.focus).toBe(false);
  });
});
