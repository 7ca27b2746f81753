import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

const REPORT =
  'SOCCER - CANADA BEAT PANAMA 3-1 IN WORLD CUP QUALIFIER .\nEDMONTON 1996-08-30\nCanada beat Panama 3-1 in a World Cup qualifier on Friday .\n';

describe("a match's minute written as an ordinal after a name", () => {
  it('makes a scorer in brackets', () => {
    const body = `${REPORT}Scorers :\nCanada - Aunger ( 41st min , pen ) , Paul Peschisolido ( 42nd )`;

    expect(typesOf(body, 'Aunger')).toEqual(['person']);
  });

  it('makes a substitute closing the brackets', () => {
    const body = `${REPORT}Mexico - 1 - Osvaldo Sanchez ; 5 - Duilio Davino ( Becerril 46th ) , 4 - German Villa`;

    expect(typesOf(body, 'Becerril')).toEqual(['person']);
  });

  it('needs the ordinal ending', () => {
    const body = `${REPORT}Canada - Aunger ( 41 ) , Paul Peschisolido ( 42 )`;

    expect(typesOf(body, 'Aunger')).not.toContain('person');
  });

  it('keeps a club with its table place in brackets a club (session 36, mendET36)', () => {
    const body =
      'Struggling Girona (19th) fell to another defeat on Saturday, while Levante (18th) drew 1-1 and Oviedo ' +
      '(20th) lost 3-0 in the league. Alaves (15th) and Elche (12th) both won.';

    const types = entitiesOf(body, 'Relegation battle tightens in La Liga')
      .filter((e) => ['Girona', 'Levante'].includes(e.name))
      .map((e) => e.type);

    expect(types).toEqual(['organization', 'organization']);
  });
});
