import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('a country named once that reacts pairs with the story country', () => {
  it('pairs a country that lodges a protest naming the story country', () => {
    const pairs = pairsOf(
      "Japan's prime minister sends offering to war shrine",
      "TOKYO, Oct 17 (Reuters) - Japanese Prime Minister Hana Mori sent a ritual offering to a war shrine in Tokyo on Friday. Mori did not visit the shrine in person, a Japanese official said. The shrine honours Japan's war dead. China's foreign ministry lodged a protest, saying Japan must face up to its history.",
    );

    expect(pairs).toContain('CN-JP');
  });

  it('pairs a country that says what the vote showed', () => {
    const pairs = pairsOf(
      'Taiwan referendum fails',
      "TAIPEI, July 27 (Reuters) - A referendum to restart Taiwan's last nuclear plant failed on Saturday. Taiwan's election commission said turnout was 29%. China's Taiwan Affairs Office said the result showed that the ruling party's agenda was deeply unpopular on the island.",
    );

    expect(pairs).toContain('CN-TW');
  });

  it('pairs a country that retaliates against the story country', () => {
    const pairs = pairsOf(
      'Canada imposes tariffs on steel',
      'OTTAWA, March 4 (Reuters) - Canada imposed 25% tariffs on steel imports on Tuesday. Canadian steelmakers had lobbied for months. Canada said the duties would protect jobs. China retaliated with levies on Canadian canola and pork, its commerce ministry said.',
    );

    expect(pairs).toContain('CA-CN');
  });

  it('does not pair a country named once where something merely happens', () => {
    const pairs = pairsOf(
      'Protests in France',
      "PARIS, Jan 8 (Reuters) - Thousands marched across France on Saturday against pension reform. France's unions said 1 million took part. Protests also took place in Belgium, the organisers said.",
    );

    expect(pairs).not.toContain('BE-FR');
  });
});
