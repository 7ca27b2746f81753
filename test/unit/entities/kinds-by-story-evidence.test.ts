import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, text: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === text))
    .map((e) => e.type);
const typeOf = (body: string, text: string) => typesOf(body, text)[0];

// entities24: a name's type from the rest of its story or from the words of its sentence.
describe('a spokesman for someone the story has speak', () => {
  it('reads an unlisted leader as a person when the story has him speak elsewhere', () => {
    const body =
      'A spokesman for Albanese said the trip to Beijing was confirmed. Albanese told reporters he was pleased.';

    expect(typesOf(body, 'Albanese')).toEqual(['person']);
  });

  it('keeps a body a spokesman speaks for, which speaks as "it"', () => {
    const body = 'A spokesman for Eskom said power cuts would continue. Eskom said it would add capacity.';

    expect(typeOf(body, 'Eskom')).toBe('organization');
  });
});

describe('a kind of firm before a person', () => {
  it('reads a given name and surname a firm word follows as the person the story names by surname', () => {
    const body =
      'Ardent Gaming said it would buy back shares from real estate developer Donald Trump. ' +
      'Trump agreed not to seek control of the company for ten years.';

    expect(typesOf(body, 'Donald Trump')).toEqual(['person']);
  });

  it('reads a developer whom "she" takes up as a person, and a developer that "it" takes up as a firm', () => {
    expect(typeOf('Software developer Jane Smith said she had left the project.', 'Jane Smith')).toBe(
      'person',
    );
    expect(typeOf('Property developer Taylor Wimpey said it would cut jobs.', 'Taylor Wimpey')).toBe(
      'organization',
    );
  });

  it('keeps a firm named like a person whose last word the story uses for the firm', () => {
    const body = 'Drugmaker Eli Lilly said on Monday its drug worked. Lilly said sales rose.';

    expect(typesOf(body, 'Eli Lilly')).toEqual(['organization']);
  });
});

describe('clubs, capitals, currencies and investors by the words beside them', () => {
  it('reads a club opening a sentence in the possessive before a player as the club', () => {
    const body = "Arsenal's Bukayo Saka scored twice on Saturday. The winger was substituted late.";

    expect(typeOf(body, 'Arsenal')).toBe('organization');
    expect(typeOf(body, 'Bukayo Saka')).toBe('person');
  });

  it('reads the other side of a fixture after "who play" as a club', () => {
    const body = 'Liverpool are five points clear of Arsenal, who play Chelsea at Stamford Bridge on Sunday.';

    expect(typeOf(body, 'Chelsea')).toBe('organization');
  });

  it('reads the town after "the capital," as a place', () => {
    const body = 'Min Aung Hlaing cast his ballot in the capital, Naypyitaw, on Sunday.';

    expect(typeOf(body, 'Naypyitaw')).toBe('place');
    expect(typeOf('Sequoia raised venture capital, Andreessen said.', 'Andreessen')).not.toBe('place');
  });

  it('reads no body in a currency code', () => {
    const body =
      'A kilo costs 2,800 CFA francs. Zentrix reported revenue of NT$452.3 billion and HK$7 billion.';

    expect(typeOf(body, 'CFA')).toBeUndefined();
    expect(typeOf(body, 'NT')).toBeUndefined();
    expect(typeOf(body, 'HK')).toBeUndefined();
  });

  it('reads a centre where forecasters work as a body, and one a final is played at as a venue', () => {
    expect(
      typeOf(
        'Forecasters at the National Hurricane Center in Miami said the storm would strengthen.',
        'National Hurricane Center',
      ),
    ).toBe('organization');
    expect(
      typeOf('The final was played at the National Tennis Centre on Sunday.', 'National Tennis Centre'),
    ).toBe('place');
  });

  it('reads the one who leads a funding round as an investor', () => {
    expect(
      typeOf('Andreessen Horowitz led the $20 million round, the startup said.', 'Andreessen Horowitz'),
    ).toBe('organization');
    expect(
      typeOf('The startup raised $20 million in a round led by Andreessen Horowitz.', 'Andreessen Horowitz'),
    ).toBe('organization');
    expect(typeOf('The protest was led by Jane Smith on Sunday.', 'Jane Smith')).toBe('person');
  });

  it('reads the side after "have" and a deed, or before ", whose manager", as a club', () => {
    expect(typeOf('Tottenham have appointed a new coach on Monday.', 'Tottenham')).toBe('organization');
    expect(typeOf('Arsenal have completed the signing of the striker.', 'Arsenal')).toBe('organization');
    expect(
      typeOf('The Gunners trail leaders Chelsea, whose manager Jose Mourinho has spent heavily.', 'Chelsea'),
    ).toBe('organization');
    expect(typeOf('Smith, whose fans cheered, won the race.', 'Smith')).toBe('person');
    expect(typeOf('Britain have won the gold medal.', 'Britain')).toBe('place');
  });
});

describe('scorers in a results line', () => {
  it('reads the names before minutes in the brackets after a score as players, and the sides as clubs', () => {
    const body =
      'Results of Dutch first division matches on Saturday :\n' +
      'Ajax Amsterdam 3 ( Kluivert 12 , Litmanen 44 , Musampa 80 ) Vitesse Arnhem 1 ( Gillhaus 67 )\n';

    for (const scorer of ['Kluivert', 'Litmanen', 'Musampa', 'Gillhaus'])
      expect(typeOf(body, scorer)).toBe('person');
    expect(typeOf(body, 'Vitesse Arnhem')).toBe('organization');
  });
});
