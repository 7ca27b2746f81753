import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { tagStory } from './focus-and-pairs.js';

describe('a lead that opens with the unnamed home government', () => {
  it('ranks the dateline country first in English', () => {
    // Arrange
    const story = {
      title: 'Export rules for chip machines tightened',
      body:
        'COPENHAGEN (Reuters) - The government will tighten export rules for chip-making machines to China ' +
        'from January, ministers said on Friday. China said it opposed the move. Chinese buyers take a large ' +
        'share of the sales, and China has stockpiled machines.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries[0]?.code).toBe('DK');
    expect(
      countries
        .filter((c) => c.focus)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['CN', 'DK']);
  });

  it('reads "Government bond yields" opening a market lead as a market, not the dateline country acting', () => {
    // Arrange
    const story = {
      title: 'Euro zone bond yields climb as French budget talks stall',
      body:
        "LONDON (Reuters) - Government bond yields across the euro zone rose on Monday as talks on France's " +
        'budget stalled, with the gap between French and German borrowing costs at its widest since March.\n\n' +
        "Italy's 10-year yield rose 6 basis points. Traders said the central bank was unlikely to step in.",
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries[0]?.code).toBe('FR');
    expect(tagStory(story).countryPairs.find((p) => p.pair === 'FR-GB')?.score ?? 0).toBeLessThan(1);
  });

  it('ranks the dateline country first in Dutch ("Het kabinet")', () => {
    const result = tagArticle({
      title: 'Kabinet scherpt exportregels aan',
      body:
        'DEN HAAG - Het kabinet scherpt de exportregels voor chipmachines naar China aan, zo werd vrijdag ' +
        'bekend. China reageerde boos op het besluit. Volgens China schaden de regels de handel. Een ' +
        'fabrikant verkoopt veel machines aan China.',
      language: 'nl',
    });

    expect(result.countries[0]?.code).toBe('NL');
  });

  it("leaves the order alone when the government is another country's", () => {
    const countries = tagStory({
      title: 'Export rules tightened',
      body:
        "COPENHAGEN (Reuters) - The government of China will tighten export rules for rare earths to China's " +
        'neighbours, China said on Friday. China has stockpiled metals.',
    }).countries;

    expect(countries[0]?.code).toBe('CN');
  });
});

describe('a story filed from two bureaus', () => {
  it("leaves the lead bureau's country out of focus when the story names it nowhere else", () => {
    // Arrange
    const story = {
      title: 'OPEC+ agrees modest output hike',
      body:
        'LONDON/DUBAI, Nov 2 (Reuters) - Eight OPEC+ countries led by Saudi Arabia and Russia agreed on Sunday ' +
        'to raise oil output in December, the group said.\n\nSaudi Arabia has pushed for higher output to ' +
        'regain market share, while Russia has been hit by sanctions. Oil prices rose 1%.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(
      countries
        .filter((c) => c.focus)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['RU', 'SA']);
    expect(countries.find((c) => c.code === 'GB')?.focus ?? false).toBe(false);
  });

  it("keeps the lead bureau's country when it is all the story has", () => {
    const countries = tagStory({
      title: 'Oil rises',
      body: 'LONDON/SINGAPORE (Reuters) - Oil prices rose on Monday as traders bet on tighter supply.',
    }).countries;

    expect(countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['GB']);
  });
});
