import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

const NIKKEI =
  "TOKYO, Oct 27 - Japan's Nikkei share average closed at a record high on Monday, led by chip-related stocks, as " +
  'the yen slid to a three-month low against the dollar.\n' +
  "Japan's exporters gained, with Toyota Motor up 2.1% and Sony Group up 3.4%. Tokyo Electron jumped 6%.\n" +
  'The Bank of Japan is expected to keep interest rates unchanged at its meeting this week, and Japanese ' +
  'government bond yields were steady.\n' +
  'Investors were also waiting for a meeting between U.S. President Donald Trump and Chinese President Xi ' +
  'Jinping in South Korea later in the week.';

describe('two countries whose office holders a meeting sets on either side of "between … and"', () => {
  it('pair, though an office and a name stand between the two', () => {
    const result = pairsOf({ title: "Japan's Nikkei hits record as chip stocks rally", body: NIKKEI });

    expect(result).toEqual(['CN-US']);
  });

  it('do not pair without a word of meeting or relation before "between"', () => {
    const body = NIKKEI.replace(
      'Investors were also waiting for a meeting between U.S. President Donald Trump and Chinese President Xi ' +
        'Jinping in South Korea later in the week.',
      'Fund managers said they were choosing between U.S. President Donald Trump and Chinese President Xi ' +
        'Jinping as the bigger risk.',
    );

    const result = pairsOf({ title: "Japan's Nikkei hits record as chip stocks rally", body });

    expect(result).toEqual([]);
  });
});
