import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

const YEN_SLIDE =
  "TOKYO, May 12 - Japan's Finance Minister Hiroshi Tanaka said on Tuesday the yen's slide to a 34-year low " +
  'was excessive and that Tokyo stood ready to act against speculative moves.\n' +
  "Tanaka told parliament that Japan's economy was recovering and that wages were rising at the fastest pace " +
  'in three decades.\n' +
  'He said he would raise the yen at a meeting in Paris next week. Finance ministers of the United States, ' +
  'Japan, Germany, Britain, France, Italy and Canada agreed in February to consult closely on exchange ' +
  'markets.\n' +
  "Japanese exporters' shares rose on the Tokyo stock exchange, while the Bank of Japan kept its policy rate " +
  'unchanged.';

describe('a country outside the focus named beside a focus country only as a member of one list', () => {
  it('pairs with nothing: the list names who a group is, not what the story links', () => {
    const result = pairsOf({ title: 'Tanaka says yen slide excessive, ready to act', body: YEN_SLIDE });

    expect(result).toEqual([]);
  });

  it('still pairs when another sentence links the two with a cue', () => {
    const body = YEN_SLIDE.replace(
      'He said he would raise the yen at a meeting in Paris next week.',
      "He said Japan's exports to France had held up despite the tariffs France imposed last year.",
    );

    const result = pairsOf({ title: 'Tanaka says yen slide excessive, ready to act', body });

    expect(result).toEqual(['FR-JP']);
  });
});
