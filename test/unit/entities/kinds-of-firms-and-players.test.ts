import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, text: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === text))
    .map((e) => e.type);
const typeOf = (body: string, text: string) => typesOf(body, text)[0];

// entities25: firms named like people, by the words around them; people named like places or peoples.
describe('firms named like people', () => {
  it('reads banks named by a given name and a surname in a list with another bank as firms', () => {
    const body =
      'Several major banks cut their prime rate to 7.5 pct today. Chase Manhattan, Morgan Guaranty and ' +
      'Citibank said the cut was effective immediately.';

    expect(typeOf(body, 'Chase Manhattan')).toBe('organization');
    expect(typeOf(body, 'Morgan Guaranty')).toBe('organization');
  });

  it('keeps people in a list of people beside a firm named with "of"', () => {
    const body = 'The suit names John Carter, Mary Jones and Bank of America as defendants.';

    expect(typeOf(body, 'John Carter')).toBe('person');
  });

  it('reads a lead manager of a bond issue and a firm ending in "International" or "Bank N.A." as firms', () => {
    const body =
      'Hydro Quebec is issuing a 125 mln Canadian dlr bond, lead manager Merrill Lynch International said. ' +
      'It would seek a facility from Wells Fargo Bank N.A. and other banks.';

    expect(typeOf(body, 'Merrill Lynch International')).toBe('organization');
    expect(typeOf(body, 'Wells Fargo Bank N.A.')).toBe('organization');
  });

  it('reads a name before "and Co" or a country in brackets and a legal form as a firm', () => {
    const body =
      'Dealers are Samuel Montagu and Co Ltd and the issuer. Morgan Guaranty (Switzerland) AG led the issue.';

    expect(typeOf(body, 'Samuel Montagu')).toBe('organization');
    expect(typeOf(body, 'Morgan Guaranty')).toBe('organization');
  });

  it('reads a maker named in an apposition after a possessive as a firm, a director as a person', () => {
    expect(
      typeOf("The game's maker, Rockstar North, said the sequel would come out in autumn.", 'Rockstar North'),
    ).toBe('organization');
    expect(typeOf("The film's director, Mike Leigh, said the cast had improvised.", 'Mike Leigh')).toBe(
      'person',
    );
  });

  it('reads the name of a firm without its legal form, and its surname, as the firm', () => {
    const body =
      'KHJ was sold to Walt Disney Co for 217 mln dlrs. An investor group would receive 103 mln dlrs from ' +
      'Disney. Lear Siegler Inc must approve it. Lear Siegler said it would study the offer.';

    expect(typeOf(body, 'Disney')).toBe('organization');
    expect(typesOf(body, 'Lear Siegler')).toEqual(['organization']);
  });

  it('reads a famous surname that reports results or that "the company" takes up as the firm', () => {
    expect(typeOf('Disney said profits rose 12 percent in the quarter.', 'Disney')).toBe('organization');
    expect(
      typeOf('Heinz said on Monday it had closed the plant. The company said jobs would go.', 'Heinz'),
    ).toBe('organization');
  });

  it('reads the firm after a kind of firm that opens the sentence, without the kind word', () => {
    const body = 'Housebuilder Taylor Wimpey said completions fell 10 percent in the first half.';

    expect(typeOf(body, 'Taylor Wimpey')).toBe('organization');
  });
});

describe('players and opponents', () => {
  it('reads the one a boxer or a tennis player beat as a person, the one a club beat as a club', () => {
    const boxing = 'Joshua, who beat Ngannou in March, said he was ready for a rematch.';
    const football = 'Arsenal, who beat Wolves on Saturday, are top of the table.';

    expect(typeOf(boxing, 'Ngannou')).toBe('person');
    expect(typeOf(football, 'Wolves')).toBe('organization');
  });

  it('reads a club opening a sentence in the possessive before a surname that scored, and the player', () => {
    const body = "Arsenal's Saka scored twice as the Gunners beat Brighton 3-0 on Saturday.";

    expect(typeOf(body, 'Saka')).toBe('person');
    expect(typeOf(body, 'Arsenal')).toBe('organization');
  });
});

describe('people named like places or peoples (review25)', () => {
  it('reads a given name and "Hill" as a person, and "Hill of" a country as the person and the country', () => {
    const body = 'Fiona Hill testified on Tuesday. Damon Hill of Britain took pole position.';

    expect(typeOf(body, 'Fiona Hill')).toBe('person');
    expect(typeOf(body, 'Damon Hill')).toBe('person');
    expect(typeOf(body, 'Britain')).toBe('place');
  });

  it('keeps places named by a head word after a given name the lists know as a place', () => {
    expect(typeOf('Albert Park was quiet on Sunday.', 'Albert Park')).toBe('place');
    expect(typeOf('Crowds gathered on Primrose Hill on Sunday.', 'Primrose Hill')).toBe('place');
  });

  it('reads a name a people\u2019s word opens as a person where a title or the story says so', () => {
    const body =
      "Cambodia's former leader Hun Sen said on Monday the border was calm. Hun Sen said the army " +
      'would stay. Prime Minister Hun Manet, the son of Hun Sen, met Thai officials.';

    expect(typesOf(body, 'Hun Sen')).toEqual(['person']);
    expect(typeOf(body, 'Hun Manet')).toBe('person');
  });
});
