import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('pairs in a market wrap', () => {
  it('links no two countries named only as markets that moved in the same session', () => {
    const result = pairsOf(
      'Asian shares mixed as traders await Fed',
      "SYDNEY, March 3 (Reuters) - Asian stock markets were mixed on Tuesday. Australia's S&P/ASX 200 closed " +
        "down 0.4%. Japan's Nikkei 225 added 0.6%, while South Korea's KOSPI fell 0.2%. Hong Kong's Hang Seng " +
        "rose 0.3% and the CSI 300 index in China slipped 0.1%. Taiwan's benchmark gained 0.8%, led by chipmakers.",
    );

    expect(result).toEqual([]);
  });

  it('links no country whose sentence opens "In China," before its market moved (wild38a ★3)', () => {
    const result = pairsOf(
      'Asian stocks mixed as investors await Fed',
      "HONG KONG - Asian shares were mixed on Wednesday. Japan's Nikkei 225 rose 0.8%, South Korea's Kospi fell " +
        "1.1% and Hong Kong's Hang Seng index slipped 0.4%. Australia's S&P/ASX 200 gained 0.2%. In China, the " +
        "Shanghai Composite was flat. Taiwan's Taiex rose 1%.",
    );

    expect(result).toEqual([]);
  });

  it('still links a country opening "In China," to a party its sentence names', () => {
    const result = pairsOf(
      'China and Japan resume talks',
      'TOKYO - China and Japan resumed talks on seafood imports on Wednesday. In China, the talks were welcomed ' +
        'by exporters, while Japan said it hoped for a deal with China soon.',
    );

    expect(result).toContain('CN-JP');
  });

  it('still links a market to a country its sentence names as a party', () => {
    const result = pairsOf(
      'Wall Street falls as US-China trade talks stall',
      'NEW YORK (Reuters) - U.S. stocks fell 1.1% on Thursday after trade talks between the United States and ' +
        "China stalled over tariffs on Chinese electric vehicles. Japan's Nikkei 225 lost 0.8%.",
    );

    expect(result).toContain('CN-US');
  });
});

describe('evidence of a pair through the dateline', () => {
  it('puts the sentence naming both countries before the headline that names one', () => {
    const result = tagArticle({
      title: 'Oil rises on Russian supply worries',
      body: 'LONDON (Reuters) - Oil prices rose on Tuesday. Britain said it would sanction more Russian oil tankers.',
      language: 'en',
    }).countryPairs.find((p) => p.pair === 'GB-RU');

    expect(result?.evidence[0]?.text).toBe('Britain said it would sanction more Russian oil tankers.');
  });
});

describe('a ranking on the sports page', () => {
  it('links no two countries a medal table lists side by side', () => {
    const pairs = tagArticle({
      title: 'Kenya tops athletics medal table',
      body:
        'Faith Kipyegon won her fourth world title in the 1,500 metres on Sunday. Kenya finished top of the ' +
        'medal table at the world championships with seven golds, ahead of the United States and Jamaica.',
      language: 'en',
    }).countryPairs.map((p) => p.pair);

    expect(pairs).not.toContain('JM-US');
  });
});
