import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every read of codeUnitAt past a text's end (or before its start) while the tagger runs. */
const reads = vi.hoisted(() => ({ outOfRange: [] as string[] }));

vi.mock('../../../functions/core/text/chars.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../functions/core/text/chars.js')>();
  return {
    ...real,
    codeUnitAt: (text: string, index: number): number => {
      if (!(index >= 0 && index < text.length)) reads.outOfRange.push(`${JSON.stringify(text)}[${index}]`);
      return real.codeUnitAt(text, index);
    },
  };
});

const { tagDemo } = await import('../../golden/demo.js');
const { tagArticle } = await import('../../../functions/core/tag.js');

const DEMOS = [
  'caucasus-rail-corridor.txt',
  'fentanyl-precursors.json',
  'georgia-election.html',
  'north-sea-hydrogen.md',
  'social-media-fine.html',
  'super-eagles-qualifier.md',
  'us-china-tariff-truce.txt',
];

/** Short lower-case words, words that end on a capital, brand-like openings: the edges of the name tests. */
const EDGES = {
  id: 'edges',
  title: 'eBay and xAI bid as iPhone sales slip; eU, aB and kWh figures due',
  body:
    'SEATTLE (Reuters) - eBay Inc said on Tuesday it would buy a stake in xA, a start-up, and iP. ' +
    'Shares of easyJet rose. The firm, known as oK, said saidChina was a typo. ' +
    'Output reached 40 kWh, an analyst at bLife said. "eE," he wrote. a b c i x e. ' +
    'Analysts at myTaxi and iRobot said the deal, worth $2 bln, would close in Q3.',
};

describe('the tagger reads characters only inside a text', () => {
  afterEach(() => {
    reads.outOfRange.length = 0;
  });

  it('never asks codeUnitAt past the end of a text while tagging the demo articles', () => {
    for (const name of DEMOS) tagDemo(name);

    expect(reads.outOfRange).toEqual([]);
  });

  it('never asks codeUnitAt past the end of a text on short and lower-case-opened words', () => {
    tagArticle(EDGES);

    expect(reads.outOfRange).toEqual([]);
  });
});
