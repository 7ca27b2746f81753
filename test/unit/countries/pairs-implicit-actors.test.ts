import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) => tagArticle({ title, body, language: 'en' }).countryPairs;

describe("the story's own institutions acting on another country", () => {
  it('links the country the army accuses to the one country the story is about', () => {
    const pairs = pairsOf(
      "Mali's junta says rebels seized northern town",
      'BAMAKO (Reuters) - Rebels seized the town of Kidal on Sunday after a week of fighting, Mali officials ' +
        'said, as the United Nations warned of a growing number of people fleeing the region. Mali has been ' +
        'ruled by a junta since 2021. The army has accused Algeria of sheltering rebel leaders, which Algiers ' +
        'denies. Thousands have fled toward the border.',
    );

    const pair = pairs.find((p) => p.pair === 'DZ-ML');
    expect(pair?.evidence.map((e) => e.text).join(' ')).toContain('The army has accused Algeria');
  });

  it('does not read "the government" as the one country when the story is about two', () => {
    const pairs = pairsOf(
      'Mali and Niger close border',
      'Mali and Niger closed their shared border on Sunday after clashes. The government has accused Algeria of ' +
        'sheltering rebel leaders. Niger said the closure was temporary.',
    ).map((p) => p.pair);

    expect(pairs).not.toContain('DZ-NE');
  });
});
