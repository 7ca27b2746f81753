import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const codes = (title: string, body: string) => tag(title, body).countries.map((c) => c.code);

describe('a country’s listed politicians speak for it', () => {
  it('finds Britain in a Westminster story that names no country, only its prime minister', () => {
    const found = codes(
      'Starmer faces down rebels',
      'Sir Keir Starmer has told MPs he will not change course on welfare. Mr Starmer said the reforms were ' +
        'fair, while Kemi Badenoch accused him of weakness.',
    );

    expect(found).toEqual(['GB']);
  });

  it('links Russia and the United States when their presidents agree to meet, and keeps them persons', () => {
    const result = tag(
      'Trump and Putin to meet',
      'Trump said on Friday he would meet Putin next week to discuss the war. Putin has not commented.',
    );

    expect(result.countries.map((c) => c.code).sort()).toEqual(['RU', 'US']);
    expect(result.countryPairs.map((p) => p.pair)).toContain('RU-US');
    expect(result.entities.find((e) => e.id === 'person:vladimir-putin')?.type).toBe('person');
  });

  it('does not count a surname other countries share, alone, nor a cricket side’s "playing XI"', () => {
    const governor = codes(
      'Central bank says money growth too fast',
      "Spain's central bank governor said on Tuesday money supply growth was too fast. Rubio told reporters " +
        'the bank would keep rates steady.',
    );
    const cricket = codes(
      'India name playing XI',
      'India named their playing XI for the first Test against England on Friday.',
    );

    expect(governor).toEqual(['ES']);
    expect(cricket).not.toContain('CN');
  });
});

describe('a country’s own institutions stand for it', () => {
  it('finds Britain from the NHS and India from the Lok Sabha when no country is named', () => {
    const nhs = codes(
      'Waiting lists fall',
      'NHS waiting lists fell for the third month running, figures showed on Thursday, as hospital leaders ' +
        'warned of a hard winter.',
    );
    const parliament = codes(
      'Bill passes lower house',
      'The Lok Sabha passed the bill late on Wednesday after a 12-hour debate. The upper house will vote on ' +
        'Thursday.',
    );

    expect(nhs).toEqual(['GB']);
    expect(parliament).toEqual(['IN']);
  });
});
