import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

const codes = (body: string, title = '') =>
  tagArticle({ title, body })
    .countries.map((c) => c.code)
    .sort();

describe('"Anglo American" is a British miner, not the United States', () => {
  it('gives Britain, not the US, for the miner selling Australian mines', () => {
    const { focus } = focusAndPairs({
      title: 'Anglo American to sell coal mines',
      body: 'Anglo American said on Tuesday it had agreed to sell its steelmaking coal mines in Australia to Peabody for up to $3.8 billion.',
    });

    expect(focus).toContain('GB');
    expect(focus).not.toContain('US');
  });
});

describe('a firm under sanctions stands for its country wherever the story was filed', () => {
  it('puts Russia in focus of "Britain sanctions Rosneft and Lukoil" filed from London', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Britain sanctions Rosneft and Lukoil',
      body: 'LONDON, Oct 15 (Reuters) - Britain imposed sanctions on Rosneft and Lukoil on Wednesday, targeting the two largest oil producers.',
    });

    expect(focus).toEqual(['GB', 'RU']);
    expect(pairs).toEqual(['GB-RU']);
  });

  it('still leaves out a firm abroad in a story of no sanctions (a London eurobond)', () => {
    const { focus } = focusAndPairs({
      title: 'Sumitomo Bank launches eurobond',
      body: 'LONDON, March 3 - Sumitomo Bank launched a 100 million dlr eurobond due 1992, the lead manager said.',
    });

    expect(focus).toEqual(['GB']);
  });
});

describe('currencies of several countries', () => {
  it('reads "Sh" before an amount and the shilling as Kenyan', () => {
    expect(codes('The bank posted a net profit of Sh42.8 billion for the half-year, up 52 percent.')).toEqual(
      ['KE'],
    );
    expect(codes('The shilling was steady at 129.2 to the dollar on Monday.')).toEqual(['KE']);
  });

  it('reads the shilling of a story naming Tanzania as Tanzanian', () => {
    expect(codes('Tanzania raised Sh1.2 trillion from bonds. The shilling lost 4% this year.')).toEqual([
      'TZ',
    ]);
  });

  it('reads the peso only as the country the story names otherwise', () => {
    expect(codes('The peso weakened past 59 to the dollar on Tuesday, the weakest on record.')).toEqual([]);
    expect(
      codes("Mexico's central bank cut its key rate. The peso weakened 0.4% after the decision."),
    ).toEqual(['MX']);
  });

  it('reads "¥" as the yen, and as the yuan where the story writes RMB or yuan', () => {
    expect(codes('The carmaker expects operating profit of ¥3.2 trillion for the year.')).toEqual(['JP']);
    expect(codes('Revenue rose to ¥120 billion (RMB120 billion) as sales recovered.')).toEqual(['CN']);
  });
});

describe('parties named by their short names', () => {
  it('reads the Morena party as Mexico and PTI supporters as Pakistan', () => {
    expect(
      codes('Lawmakers from the ruling Morena party approved the judicial reform late on Tuesday.'),
    ).toEqual(['MX']);
    expect(
      codes('Thousands of PTI supporters rallied on Sunday demanding the release of its founder.'),
    ).toEqual(['PK']);
  });

  it('reads no country in a given name Morena nor in the PTI credit', () => {
    expect(codes('Morena Baccarin will star in the new series, the studio said.')).toEqual([]);
    expect(codes('NEW DELHI, Dec 1 (PTI) The Supreme Court on Monday sought a response on a plea.')).toEqual([
      'IN',
    ]);
  });
});
