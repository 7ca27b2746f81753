import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

// A story about two countries that ends on a separate item in which one of them and a third sign something
// together: the late sentence states its own pair, the most explicit shape a pair can take.
const GRAIN_STORY =
  'OTTAWA (Reuters) - Canada and Mexico agreed on Tuesday to phase out tariffs on durum wheat over three years. ' +
  'Canadian farm groups had pressed for the cut since the spring. ' +
  'Mexican millers said cheaper grain would help them compete with imported pasta. ' +
  'The accord needs the approval of both legislatures before it takes effect. ' +
  'Officials expect the first cuts to apply from January. ' +
  'Separately, Canada and Chile signed an agreement on Wednesday to share data on crop diseases, the ministry said. ' +
  'Canadian growers welcomed both steps.';

describe('a country first named late, coordinated with a focus country as the subject of a pact', () => {
  it('still pairs with it: "X and Y signed an agreement" states the link', () => {
    const result = pairsOf({ title: 'Canada and Mexico agree to cut wheat tariffs', body: GRAIN_STORY });

    expect(result).toContain('CA-CL');
  });

  it('stays background when it is only named near the end without the shared act', () => {
    const body = GRAIN_STORY.replace(
      'Separately, Canada and Chile signed an agreement on Wednesday to share data on crop diseases, the ministry said. ',
      'Wheat prices in Chile were little changed on the news, traders said. ',
    );

    const result = pairsOf({ title: 'Canada and Mexico agree to cut wheat tariffs', body });

    expect(result).not.toContain('CA-CL');
  });
});
