import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a newsmaker named by surname alone with no cue', () => {
  it('reads "Trump has imposed …" and "signed by Trump" as the person, not a firm', () => {
    const types = typesOf(
      entitiesOf('Trump has imposed tariffs on steel. The order was signed by Trump on Monday.'),
    );

    expect(types.get('Trump')).toEqual(['person', 'person']);
  });

  it('reads "slogans against Erdogan" as the person and leaves an unlisted surname to the default', () => {
    const types = typesOf(
      entitiesOf('Protesters chanted slogans against Erdogan and Kowalczyk in Istanbul.'),
    );

    expect(types.get('Erdogan')).toEqual(['person']);
    expect(types.get('Istanbul')).toEqual(['place']);
  });

  it('splits "the Biden-Xi talks" into the two leaders', () => {
    const types = typesOf(entitiesOf('The Biden-Xi talks ended without a deal on tariffs.'));

    expect(types.get('Biden')).toEqual(['person']);
    expect(types.get('Xi')).toEqual(['person']);
    expect(types.get('Biden-Xi')).toBeUndefined();
  });
});
