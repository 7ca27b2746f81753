import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const scoresOf = (title: string, body: string) =>
  new Map(tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => [p.pair, p.score]));

describe('a state to come named by its people', () => {
  it('ranks the pairs of "a Palestinian state" below the pairs of the parties that discuss it', () => {
    const scores = scoresOf(
      'Saudi minister says Palestinian state path is condition for Israel ties',
      'WASHINGTON - Saudi Foreign Minister Faisal Al-Harbi said on Tuesday that the kingdom would normalise ' +
        'relations with Israel only with a clear path to a Palestinian state. U.S. President Donald Trump, who ' +
        'hosted the minister, said he was confident Saudi Arabia would sign soon. Israeli Prime Minister Benjamin ' +
        'Netanyahu has rejected Palestinian statehood. Saudi Arabia pledged new investments in the United States.',
    );

    expect(scores.get('IL-SA')).toBeGreaterThan(scores.get('PS-SA') ?? 0);
    expect(scores.get('SA-US')).toBeGreaterThan(scores.get('PS-US') ?? 0);
    expect(scores.get('IL-PS') ?? 0).toBeLessThanOrEqual(0.5);
  });

  it('keeps a state others recognise a full party', () => {
    const scores = scoresOf(
      'Spain and Ireland recognise Palestinian state',
      'Spain and Ireland formally recognised a Palestinian state on Wednesday, angering Israel. Spanish Prime ' +
        'Minister Pedro Sanchez said recognition of a Palestinian state was a matter of justice. Israel recalled ' +
        'its ambassadors from Madrid and Dublin.',
    );

    expect(scores.get('ES-PS') ?? 0).toBeGreaterThan(0.5);
  });
});
