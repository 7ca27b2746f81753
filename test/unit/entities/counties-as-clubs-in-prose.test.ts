import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Cricket reports name county sides by their counties; a county a report makes a side is the side
// wherever it is not written as a place ("in Essex").
describe('a county named as a side in a cricket report', () => {
  const title = 'CRICKET - ESSEX AND SUSSEX KEPT WAITING IN TITLE RACE';
  const body =
    'LONDON 1996-09-02\nHampshire beat Glamorgan by 10 wickets in three days to go top of the county championship . Title rivals Essex , Derbyshire and Lancashire all pressed for wins . Essex , however , need a fourth day after bowling out Sussex for 95 in Colchester . Derbyshire , eight-wicket winners over Durham , rose to fourth . He played cricket in Essex for years .';

  it('is the side when it opens a clause', () => {
    const types = typesOf(entitiesOf(body, title));

    expect(types.get('Essex')?.slice(0, 2)).toEqual(['organization', 'organization']);
    expect(types.get('Derbyshire')).toEqual(['organization', 'organization']);
  });

  it('is the place after "in"', () => {
    const types = typesOf(entitiesOf(body, title));

    expect(types.get('Essex')?.[2]).toBe('place');
  });
});
