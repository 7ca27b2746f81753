import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

function namesOf(body: string, language: string, type: string) {
  return tagArticle({ title: '', body, language })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);
}

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe("a country's name after a full name's particle", () => {
  it('is where the person holds office, no surname (Dutch)', () => {
    const body =
      'Premier Dick Schoof van Nederland verwelkomde de regeringsleiders. Ook president Emmanuel Macron van Frankrijk was aanwezig.';

    expect(namesOf(body, 'nl', 'person')).toEqual(expect.arrayContaining(['Dick Schoof', 'Emmanuel Macron']));
    expect(namesOf(body, 'nl', 'place')).toEqual(expect.arrayContaining(['Netherlands', 'France']));
  });

  it('leaves surnames that are no countries', () => {
    const body = 'Aanvoerder Virgil van Dijk sprak met bondscoach Ronald Koeman over Frenkie de Jong.';

    expect(namesOf(body, 'nl', 'person')).toEqual(
      expect.arrayContaining(['Virgil van Dijk', 'Frenkie de Jong']),
    );
  });
});

describe('a body spelled by its bracketed acronym through "in"', () => {
  it('runs on to the place and is an organisation', () => {
    const body =
      'The United Nations Interim Force in Lebanon (UNIFIL) said drones struck near its positions. The group Human Rights in China (HRIC) said Wang was held.';

    expect(typesOf(body, 'United Nations Interim Force in Lebanon')).toEqual(['organization']);
    expect(typesOf(body, 'Human Rights in China')).toEqual(['organization']);
  });

  it('takes all the letters of initials with periods', () => {
    const body = 'Troops of the U.N. Interim Force in Lebanon ( UNIFIL ) patrolled the border on Friday .';

    expect(typesOf(body, 'U.N. Interim Force in Lebanon')).toEqual(['organization']);
  });

  it('ends at "in" when the acronym does not spell the place', () => {
    const body = 'The Interim Force in Lebanon (UNIFIL) said drones struck near its positions.';

    expect(typesOf(body, 'Lebanon')).toEqual(['place']);
  });
});

describe("a bowler's figures off a sports page", () => {
  it('make the name before them a person', () => {
    const body =
      'Mumbai lost again on Sunday.\nBumrah 4-0-29-2, Boult 4-0-41-1 were the pick of the Mumbai bowlers.';

    expect(typesOf(body, 'Bumrah')).toEqual(['person']);
    expect(typesOf(body, 'Boult')).toEqual(['person']);
  });
});

describe('a name run on through "in" to a country after a body\'s noun', () => {
  it('is one body', () => {
    const body =
      'Wang was detained on Friday, the New York-based pressure group Human Rights in China said on Saturday.';

    expect(typesOf(body, 'Human Rights in China')).toEqual(['organization']);
  });

  it("leaves a listed body's branch and a band's tour apart", () => {
    const body =
      'The rights group Amnesty International in China said. The band Arctic Monkeys in Japan said nothing.';

    expect(typesOf(body, 'Amnesty International')).toEqual(['organization']);
    expect(typesOf(body, 'China')).toEqual(['place']);
    expect(typesOf(body, 'Japan')).toEqual(['place']);
  });
});
