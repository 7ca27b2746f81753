import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { pairStoryOf } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

setFlagsFromString('--allow-natives-syntax');
// Natives syntax is read when a function is compiled, so this is built after the flag is set.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const stories = [
  {
    title: 'Japan and China hold talks on trade as Seoul watches',
    body:
      'TOKYO (Reuters) - Japan and China held talks on trade on Monday, officials said. ' +
      'South Korea said it would join the talks with Japan next month.',
  },
  {
    title: 'France and Germany agree on a budget plan',
    body: 'France and Germany agreed on Tuesday on a plan for the budget. Italy said it would study it.',
  },
  {
    title: 'Brazil beat Argentina 2-1 in Buenos Aires',
    body: 'Brazil beat Argentina 2-1 on Thursday. Uruguay drew with Chile 0-0 in Santiago.',
    sport: true,
  },
];

describe('the story object the country-pair loop reads', () => {
  it('has one hidden class for every story, so the reads of each pair stay monomorphic', () => {
    // Arrange
    const prepared = stories.map(({ title, body, sport }) => {
      const doc = prepareDocument({ title, body, language: 'en' });
      return { doc, countries: resolveCountries(doc, []), sport };
    });

    // Act: more than a few calls each, since V8 gives a function its inline caches only after ~8 calls; from
    // then on, a literal spreading the earlier stages' objects made a new hidden class on every call.
    const made: object[] = [];
    for (let round = 0; round < 10; round++)
      for (const { doc, countries, sport } of prepared) {
        const s = pairStoryOf(doc, countries, { sport });
        if (s !== undefined) made.push(s);
      }
    const last = made.at(-1)!;
    const otherShapes = made.filter((s) => !haveSameMap(s, last)).length;

    // Assert
    expect(made).toHaveLength(10 * stories.length);
    expect(otherShapes).toBe(0);
  });
});
