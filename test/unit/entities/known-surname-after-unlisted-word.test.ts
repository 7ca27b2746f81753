import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe('a known surname that is an ordinary word after a word no list knows', () => {
  it("ends no firm's name: a player in a line-up", () => {
    const body =
      'New Zealand - 15 - Christian Cullen , 14 - Jeff Wilson ; 3 - Olo Brown , 2 - Sean Fitzpatrick ( captain ) .';

    expect(typesOf(body, 'Olo Brown')).toEqual(['person']);
  });

  it("still ends a place's name when it is a place's word", () => {
    const body = 'Voters in Bethnal Green and Stepney Green went to the polls on Thursday.';

    expect(typesOf(body, 'Bethnal Green')).not.toContain('person');
    expect(typesOf(body, 'Stepney Green')).not.toContain('person');
  });
});
