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

describe('two countries a disease reached are side by side, not linked (wild38a ★8)', () => {
  it('scores the two places a spread reached as a list pair', () => {
    const score = scoreOf(
      'Mpox clade Ib spreads to Malaysia and Pakistan; Africa CDC extends emergency',
      'ADDIS ABABA - The Africa Centres for Disease Control and Prevention extended its continental public health ' +
        'emergency over mpox on Thursday as the more transmissible clade Ib strain spread beyond Africa. Malaysia ' +
        'and Pakistan reported their first cases in travellers returning from the Gulf.',
      'MY-PK',
    );

    expect(score).toBe(0.3);
  });

  it('keeps two countries that agreed on the outbreak linked', () => {
    const score = scoreOf(
      'Malaysia and Pakistan agree to share mpox data',
      'KUALA LUMPUR - Malaysia and Pakistan agreed on Thursday to share data on new mpox cases, the health ' +
        'ministers of the two countries said.',
      'MY-PK',
    );

    expect(score).toBeGreaterThan(0.5);
  });

  it('scores two countries where cases surged or a virus was detected as a list pair', () => {
    const cholera = scoreOf(
      'Cholera cases surge in Sudan and Chad',
      'Cholera cases have surged in Sudan and Chad, where more than 300 people have died since August, the WHO said.',
      'SD-TD',
    );
    const birdFlu = scoreOf(
      'Bird flu detected in Poland and Hungary',
      'H5N1 bird flu was detected on farms in Poland and Hungary this week, the World Organisation for Animal ' +
        'Health said on Friday.',
      'HU-PL',
    );

    expect([cholera, birdFlu]).toEqual([0.3, 0.3]);
  });

  it('keeps two countries that detected a launch together linked', () => {
    const score = scoreOf(
      'Japan, South Korea detect North Korean missile launch',
      'Japan and South Korea detected a ballistic missile launched by North Korea on Friday, their militaries said.',
      'JP-KR',
    );

    expect(score).toBe(1);
  });
});

describe('two countries a disaster struck are side by side, not linked (read50 R21)', () => {
  it('scores the two countries of one sentence of wildfires as a list pair, both in focus', () => {
    // Arrange
    const body = 'Forest fires in Greece and Albania destroyed 30,000 hectares in August.';

    // Act
    const result = tagArticle({ title: '', body, language: 'en' });

    // Assert
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['AL', 'GR']);
    expect(result.countryPairs.find((p) => p.pair === 'AL-GR')?.score).toBe(0.3);
  });

  it('scores the two countries floods struck as a list pair', () => {
    // Act
    const score = scoreOf(
      '',
      'Floods in Slovakia and Hungary forced 4,000 people from their homes.',
      'HU-SK',
    );

    // Assert
    expect(score).toBe(0.3);
  });

  it('keeps two countries that agreed to fight the fires together linked', () => {
    // Act
    const score = scoreOf(
      '',
      'Greece and Albania agreed to fight forest fires along their border together.',
      'AL-GR',
    );

    // Assert
    expect(score).toBeGreaterThan(0.5);
  });
});
