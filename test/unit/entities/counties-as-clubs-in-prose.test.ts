import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Cricket reports name county sides by their counties; a county a report makes a side is the side
// wherever it is not written as a place ("in Essex").
describe('a county named as a side in a cricket report', () => {
  const title = 'CRICKET - ESSEX AND KENT MADE TO SWEAT IN TITLE RACE';
  const body =
    'LONDON 1996-08-31\nLeicestershire beat Somerset by an innings and 39 runs in two days to take over at the head of the county championship . Title rivals Essex , Derbyshire and Surrey all closed in on victory . Essex , however , look certain to regain the lead after bowling out Kent for 120 in Chelmsford . Derbyshire , nine-wicket winners over Worcestershire , moved up to third . He played cricket in Essex for years .';

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
