import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 36, topics36): a sober month is wellness, a toy craze is leisure.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const WELLNESS = 'medtop:20001339';
const LEISURE = 'medtop:20000538';

describe('lifestyle words of 2025-26', () => {
  it('files Dry January under lifestyle and wellness, not a charity story', () => {
    const result = tagArticle({
      title: 'Dry January: More Britons Give Up Alcohol',
      body:
        'A record number of Britons are taking part in Dry January, giving up alcohol for the month, according to ' +
        'the charity Alcohol Change UK. Sales of alcohol-free beer rose 20 percent.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).toContain(WELLNESS);
  });

  it('files a plush toy craze under lifestyle and leisure before its fashion', () => {
    const result = tagArticle({
      title: 'Labubu dolls spark queues at toy shops worldwide',
      body:
        'Fans queued overnight outside shops in London, Bangkok and Los Angeles to buy the latest Labubu plush toys ' +
        'from Pop Mart. The furry monsters have become a fashion accessory, clipped to designer handbags by ' +
        'celebrities. Collectors pay hundreds of dollars for rare versions.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.lifestyle);
    expect(ids(result)).toContain(LEISURE);
  });

  it("lists no wellness for a brewer's alcohol-free line in its results (session 36, mendET36)", () => {
    const result = tagArticle({
      title: 'Heineken bets on alcohol-free beer as sales slide',
      body:
        'AMSTERDAM, Dec 3 (Reuters) - Heineken said on Wednesday it would invest more in alcohol-free beer after its ' +
        'third-quarter beer volumes fell 3%, as drinkers in Europe and the Americas cut back. The Dutch brewer kept ' +
        'its annual profit forecast and said Heineken 0.0 sales grew by double digits.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.economy);
    expect(ids(result)).not.toContain(WELLNESS);
  });
});
