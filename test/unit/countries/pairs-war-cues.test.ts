import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairs = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('pairs linked by war and arms words', () => {
  it('links a country named in passing twice to the one that shoots down its drones or strikes it', () => {
    const result = pairs(
      'Drone attack in Moldova',
      'Moldova said it shot down two Russian drones over its territory overnight. Moldovan officials said ' +
        'a Russian strike hit a power plant in the north.',
    );

    expect(result).toEqual(['MD-RU']);
  });

  it('links the buyer of arms with its supplier', () => {
    const result = pairs(
      "Pakistan's air force grows",
      "Pakistan's air force took delivery of 20 fighter jets on Monday. China is Pakistan's biggest arms " +
        'supplier. Beijing made no comment.',
    );

    expect(result).toEqual(['CN-PK']);
  });

  it('reads "Chinese-made" as a link between the maker and the country using the weapon', () => {
    const result = pairs(
      'Pakistan shows new jets',
      "Pakistan's air force showed its new jets in Lahore on Tuesday. Pakistani pilots flew Chinese-made " +
        'J-10C fighters, and officials said the Chinese jets performed well. Pakistan plans to buy more.',
    );

    expect(result).toEqual(['CN-PK']);
  });
});
