import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a currency a price is quoted in', () => {
  it('names its country as a currency, not as a party: "at 1.2955 against the US dollar"', () => {
    const result = focusAndPairs({
      title: 'Central bank holds policy steady',
      body:
        'SINGAPORE - The Monetary Authority of Singapore kept its policy unchanged on Tuesday. The Singapore ' +
        'dollar was little changed at 1.2955 against the US dollar after the decision. Economists said US ' +
        'tariffs had weighed on exports in the third quarter.',
      language: 'en',
    });

    expect(result.pairs).toEqual([]);
  });

  it('still pairs the country a sentence names otherwise: "the rand fell as U.S. rates rose"', () => {
    const result = focusAndPairs({
      title: 'Rand weakens',
      body:
        "JOHANNESBURG - South Africa's rand weakened to 17.90 per U.S. dollar on Friday as U.S. interest " +
        'rates rose, and the United States said it would review trade ties with South Africa.',
      language: 'en',
    });

    expect(result.pairs).toContain('US-ZA');
  });
});

describe('a demonym before the word of its money', () => {
  it('names the currency an amount is in, not a party: "a 150 mln Canadian dlr eurobond"', () => {
    const result = focusAndPairs({
      title: 'FOOD GROUP ISSUES 150 MLN CANADIAN DLR EUROBOND',
      dateline: 'LONDON, May 4',
      body:
        'Nestle Finance is issuing a 150 mln\nCanadian dlr eurobond due June 7, 1992 with a 9-1/4 pct\n' +
        'coupon and priced at 101-1/2 pct, Deutsche Bank said as\nlead manager.\n    The bonds will be issued ' +
        'in denominations of\n1,000 Canadian dlrs and will be listed in Luxembourg.',
      language: 'en',
    });

    expect(result.pairs).toEqual([]);
  });

  it('still pairs a country the story names as itself twice', () => {
    const result = focusAndPairs({
      title: 'Canada, U.S. agree on lumber quota',
      body:
        'OTTAWA - Canada and the United States agreed a new quota on softwood lumber exports on Monday. The ' +
        'Canadian dollar firmed after the deal. Canada had sought to end U.S. duties since 2017.',
      language: 'en',
    });

    expect(result.pairs).toContain('CA-US');
  });

  it('reads a country\u2019s own name before "pounds" or "marks" as the actor, not money (read26 F1)', () => {
    const result = focusAndPairs({
      title: "Russia pounds Ukraine's power grid",
      body:
        "KYIV - Russia pounds Ukraine's power grid again, Ukrainian officials said on Monday. Ukraine said it shot " +
        'down 40 drones. Russia marks its national day on Thursday, and Kyiv expects more strikes, Zelenskiy said.',
      language: 'en',
    });

    expect(result.pairs).toContain('RU-UA');
  });
});
