import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('a country reacting to the event of the one country a story is about', () => {
  it('pairs a ministry that calls a verdict unjust with the story country', () => {
    const pairs = pairsOf(
      'Belarus jails blogger for 10 years',
      'MINSK (Reuters) - A court in Belarus jailed blogger Ivan Sokal for 10 years on Thursday on charges of ' +
        "extremism. His lawyers said he would appeal. Latvia's foreign ministry called the verdict a travesty of justice.",
    );

    expect(pairs).toContain('BY-LV');
  });

  it('pairs a country that voices concern with the story country', () => {
    const pairs = pairsOf(
      'Cambodia bars opposition candidates',
      'PHNOM PENH (Reuters) - Cambodia barred 20 opposition candidates from next month\u2019s election on ' +
        'Thursday. Their party said it would appeal. Japan voiced concern.',
    );

    expect(pairs).toContain('JP-KH');
  });

  it("pairs nothing when the reaction is to another country's event", () => {
    const pairs = pairsOf(
      'Kenya court halts deployment',
      'NAIROBI (Reuters) - Kenya\u2019s High Court halted a police deployment on Thursday. The government said ' +
        'it would appeal. Separately, Canada condemned Russia\u2019s strikes on Ukrainian cities.',
    );

    expect(pairs).not.toContain('CA-KE');
  });
});
