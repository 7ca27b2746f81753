import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const scoreOf = (title: string, body: string, pair: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.find((p) => p.pair === pair)?.score;

describe('two countries each with its own outbreak are side by side, not linked (review33 P3)', () => {
  it('scores two separate bird flu outbreaks as a list pair', () => {
    const score = scoreOf(
      'Bird flu outbreaks reported in Poland and Hungary',
      'WARSAW, Dec 3 (Reuters) - Poland reported an outbreak of H5N1 bird flu on a turkey farm on Wednesday. ' +
        'Separately, Hungary reported an outbreak on a duck farm near Szeged, killing 12,000 birds.',
      'HU-PL',
    );

    expect(score).toBe(0.3);
  });

  it('scores a country that also reported an outbreak as a list pair', () => {
    const score = scoreOf(
      'African swine fever found in Vietnam, Philippines',
      'HANOI, Dec 3 (Reuters) - Vietnam confirmed an outbreak of African swine fever on a pig farm on Wednesday. ' +
        'The Philippines also reported an outbreak on Mindanao, its agriculture department said.',
      'PH-VN',
    );

    expect(score).toBe(0.3);
  });

  it('keeps an outbreak that spread from one country to the other linked', () => {
    const score = scoreOf(
      'Cholera outbreak in Sudan spreads to Chad refugee camps',
      'KHARTOUM, Dec 3 (Reuters) - A cholera outbreak in Sudan has spread to refugee camps across the border in ' +
        'Chad, aid agencies said on Wednesday. Chad also reported new cases in the capital.',
      'SD-TD',
    );

    expect(score).toBeGreaterThan(0.5);
  });
});
