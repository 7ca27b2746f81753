import { describe, expect, it } from 'vitest';
import { pairsOf as pairs, tagStory as tag } from './focus-and-pairs.js';

describe('a sports page dated at the host city (geo19 leftover, read19 F20)', () => {
  it('pairs the teams of the match, not the dateline country with either', () => {
    const match = {
      body:
        'SOCCER - JAPAN OPEN WITH WIN OVER SYRIA .\nDOHA , Qatar 1996-12-08\nJapan began their Asian Cup ' +
        'campaign with a narrow 2-1 win against Syria in a Group C match on Sunday .\nKazu Miura scored the ' +
        'winner ten minutes from time after Syria had levelled early in the second half .',
    };

    expect(pairs(match)).toEqual(['JP-SY']);
  });
});

describe('a foreign firm with a U.S. ticker, seated in a city abroad (geo19 leftover, mendB)', () => {
  it('does not name the U.S. for "X Inc (NYSE: X), a Shanghai-based carmaker"', () => {
    const result = tag({
      title: 'Leap Motors to build European plant in Hungary',
      body:
        'Leap Motors Inc (NYSE: LPMT), a Shanghai-based electric carmaker, said on Tuesday it would build a ' +
        'plant in Hungary to serve European buyers.\n\nLeap Motors said the plant would open in 2028. Hungary ' +
        'offered subsidies.',
    });

    expect(result.countries.map((c) => c.code)).not.toContain('US');
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toContain('HU');
  });

  it('still names the U.S. for a firm the sentence seats at home', () => {
    const result = tag({
      title: 'Aurex Semiconductor to build plant in Hungary',
      body:
        'Aurex Semiconductor Inc (NASDAQ: AURX), a Texas-based chipmaker, said on Tuesday it would build a ' +
        'plant in Hungary to serve European buyers.\n\nAurex Semiconductor said the plant would open in 2028. ' +
        'Hungary offered subsidies.',
    });

    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toContain('US');
  });
});

describe('a currency sign is money, not a country (review20 ★6)', () => {
  it('reads "US$20 billion" in a non-U.S. paper as no mention of the U.S.', () => {
    const result = tag({
      title: 'Argentina seals new IMF loan',
      body:
        'BUENOS AIRES — Argentina reached a US$20 billion agreement with the International Monetary Fund on ' +
        'Tuesday, Economy Minister Luis Caputo said.\n\nAn initial disbursement of US$12 billion is expected ' +
        'next week, he said, and Argentina will lift most currency controls.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['AR']);
    expect(result.countryPairs).toEqual([]);
  });

  it('still reads "US" before a word', () => {
    const result = tag({
      title: 'Argentina seals new IMF loan',
      body: 'BUENOS AIRES — Argentina reached a deal with the IMF on Tuesday. US officials welcomed it, and US investors bought Argentine bonds.',
    });

    expect(result.countries.map((c) => c.code)).toContain('US');
  });
});
