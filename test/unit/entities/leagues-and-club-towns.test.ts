import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a league on a sports page', () => {
  it('named by demonyms and ranks alone is the competition, not a body', () => {
    const body =
      'Juan Gonzalez homered twice as Texas beat Cleveland 9-4 in baseball on Saturday , and Ken Hill became the fourth 15-game winner in the American League .\nThe Cardinals lead the National League by two games .\nResults of English National League matches :\nHarlequins 75 Gloucester 19\nBayern Munich face Juventus in the Champions League next month .';

    expect(typeOf(body, 'American League')).toBe('other');
    expect(typeOf(body, 'National League')).toBe('other');
    expect(typeOf(body, 'English National League')).toBe('other');
    expect(typeOf(body, 'Champions League')).toBe('other');
  });

  it('stays a body when it acts, names its sport or its cause, or is no sports league', () => {
    const body =
      'The Premier League said on Monday it had fined Chelsea after their 2-1 win over Arsenal in the soccer match .\nHe played in the National Football League for 11 seasons .\nThe Arab League met as the National League for Democracy protested .';

    expect(typeOf(body, 'Premier League')).toBe('organization');
    expect(typeOf(body, 'National Football League')).toBe('organization');
    expect(typeOf(body, 'Arab League')).toBe('organization');
    expect(typeOf(body, 'National League for Democracy')).toBe('organization');
  });
});

describe('a town before the noun of its club', () => {
  it('is the place the club is from', () => {
    const body =
      'SOCCER - ROTOR FANS LOCKED OUT .\nRotor Volgograd lost the soccer league match 1-0 to a late goal on Saturday .\nDespite the defeat , the Volgograd side have a game in hand over the leaders and two over the Moscow club .\nLynagh kicked five penalties for the north London club .';

    expect(typeOf(body, 'Volgograd')).toBe('place');
    expect(typeOf(body, 'Moscow')).toBe('place');
    expect(typeOf(body, 'London')).toBe('place');
  });

  it('still plays as the club where it beats or is beaten', () => {
    const body = 'Leeds beat Hull 2-1 in the soccer league on Saturday and Volgograd lost 1-0 .';

    expect(typeOf(body, 'Hull')).toBe('organization');
  });
});

describe('a club named by its Spanish or Romanian lead word', () => {
  it('is the club, not a person', () => {
    const body =
      'Real scraped a 1-1 draw at fellow title contenders Deportivo Coruna , and Dinamo Bucharest won .';

    expect(typeOf(body, 'Deportivo Coruna')).toBe('organization');
    expect(typeOf(body, 'Dinamo Bucharest')).toBe('organization');
  });
});

describe('bodies of the 1987 commodity wires', () => {
  it('reads OPEC before "crude" as the producers, not an oil grade', () => {
    expect(typeOf('OPEC crude oil output rose in March , traders said .', 'OPEC')).toBe('organization');
    expect(typeOf('Brent crude rose 40 cents .', 'Brent')).toBe('other');
  });

  it('reads the European Community as a body, though a demonym opens it', () => {
    expect(
      typeOf('The European Community said on Monday it would cut farm prices .', 'European Community'),
    ).toBe('organization');
  });
});

describe('clubs in a summary of results', () => {
  const body =
    'Summary of Dutch first division soccer matches played on Sunday :\nPSV Eindhoven 4 ( Luc Nilis 12 , Wim Jonk 78 ) Fortuna Sittard 0 . Halftime 2-0 .\nVitesse Arnhem 2 ( Nikos Machlas 33 ) Roda JC Kerkrade 2 ( Gerald Sibon 90 penalty ) .\nAjax Amsterdam coach Louis van Gaal said his side would appeal .';

  it('reads the side after the scorers in brackets as a club', () => {
    expect(typeOf(body, 'Fortuna Sittard')).toBe('organization');
    expect(typeOf(body, 'Roda JC Kerkrade')).toBe('organization');
    expect(typeOf(body, 'Luc Nilis')).toBe('person');
  });

  it('reads a name ending in a town before a squad noun as the club', () => {
    expect(typeOf(body, 'Ajax Amsterdam')).toBe('organization');
    expect(typeOf(body, 'Louis van Gaal')).toBe('person');
  });
});
