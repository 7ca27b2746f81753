import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('two names hyphened before a noun of a meeting, a relation or a match', () => {
  it('reads "the Trump-Lee summit" as the two leaders the article names', () => {
    const body =
      'President Donald Trump and Lee Jae-myung met in Gyeongju on Wednesday. ' +
      'The Trump-Lee summit ended without a trade deal.';
    const entities = entitiesOf(body);
    const trump = entities.find((e) => e.name === 'Donald Trump');
    const lee = entities.find((e) => e.name === 'Lee Jae-myung');
    expect(trump?.type).toBe('person');
    expect(lee?.type).toBe('person');
    expect(trump?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
    expect(lee?.mentions.map((m) => m.text)).toEqual(['Lee Jae-myung', 'Lee']);
    expect(entities.some((e) => e.name.includes('-Lee'))).toBe(false);
  });

  it('reads "US-China talks" and "the India-Pakistan match" as two countries each', () => {
    const types = typesOf(entitiesOf('The US-China talks resumed as the India-Pakistan match drew crowds.'));
    expect(types.get('US')).toEqual(['place']);
    expect(types.get('China')).toEqual(['place']);
    expect(types.get('India')).toEqual(['place']);
    expect(types.get('Pakistan')).toEqual(['place']);
  });

  it('keeps one name whose parts are not both names of their own ("Nagorno-Karabakh conflict")', () => {
    const entities = entitiesOf('Peace talks on the Nagorno-Karabakh conflict stalled again.');
    expect(entities.some((e) => e.name === 'Nagorno')).toBe(false);
  });
});
