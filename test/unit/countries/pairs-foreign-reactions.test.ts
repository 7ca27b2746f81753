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

describe('"welcomed" is a reaction only with the event as its object (read32 F16)', () => {
  it('does not pair a country that welcomed visitors in a comparison', () => {
    const result = tagArticle({
      title: "Malaysia's tourist arrivals drop 8%",
      body:
        'KUALA LUMPUR, Dec 1 (Reuters) - Foreign tourist arrivals in Malaysia fell 8% in November from a year ' +
        "earlier, the tourism board said on Monday, as fewer Indian visitors came. Malaysia's hotel association " +
        'cut its forecast for next year. Japan welcomed a record 3.7 million foreign visitors in October.',
      language: 'en',
    });

    expect(result.countryPairs.map((p) => p.pair)).not.toContain('JP-MY');
  });
});

describe('a country saying what the event was reacts to it (review32 P1, session 33)', () => {
  it('pairs a government that calls a court case its internal affair with the story country', () => {
    const result = tagArticle({
      title: 'Macau court jails publisher',
      body:
        'MACAU, Dec 1 (Reuters) - A Macau court jailed a publisher for four years on Monday for sedition. Beijing ' +
        'said the case was an internal affair of China.',
      language: 'en',
    });

    expect(result.countryPairs.map((p) => p.pair)).toContain('CN-MO');
  });

  it('does not pair a country that says what its own decision is', () => {
    const result = tagArticle({
      title: "Chile's central bank holds rate",
      body:
        "SANTIAGO, Dec 1 (Reuters) - Chile's central bank held its benchmark rate at 4.5% on Wednesday. " +
        'Economists said the decision was expected.',
      language: 'en',
    });

    expect(result.countryPairs).toEqual([]);
  });
});
