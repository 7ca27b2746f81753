import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

const REPORT =
  'SOCCER - CANADA BEAT HONDURAS 2-1 IN FRIENDLY .\nTORONTO 1996-09-02\nCanada beat Honduras 2-1 in a friendly international on Sunday .\n';

describe("a match's minute written as an ordinal after a name", () => {
  it('makes a scorer in brackets', () => {
    const body = `${REPORT}Scorers :\nCanada - Dunleavy ( 38th min , pen ) , Marc Delorme ( 44th )`;

    expect(typesOf(body, 'Dunleavy')).toEqual(['person']);
  });

  it('makes a substitute closing the brackets', () => {
    const body = `${REPORT}Mexico - 1 - Ruben Salas ; 5 - Hector Ibarra ( Quiroga 46th ) , 4 - Luis Arce`;

    expect(typesOf(body, 'Quiroga')).toEqual(['person']);
  });

  it('needs the ordinal ending', () => {
    const body = `${REPORT}Canada - Dunleavy ( 38 ) , Marc Delorme ( 44 )`;

    expect(typesOf(body, 'Dunleavy')).not.toContain('person');
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
