import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a judge named by a title, a given name and an ordinary word', () => {
  it('reads "Judge Julian Goose" as a person', () => {
    const types = typesOf(
      entitiesOf(
        'A former teacher was jailed at Nottingham Crown Court. Judge Julian Goose said the fraud had been planned.',
      ),
    );

    expect(types.get('Julian Goose')).toEqual(['person']);
  });
});

describe('a headline scorer before the club that goes clear', () => {
  it('reads "Saka double sends Arsenal five points clear" with Saka the body\'s Bukayo Saka, no club', () => {
    const entities = entitiesOf(
      'Bukayo Saka scored twice as Arsenal beat Brentford 2-0 to go five points clear. Saka now has nine goals.',
      'Saka double sends Arsenal five points clear',
    );

    const saka = entities.filter((e) => e.name.includes('Saka'));
    expect(saka.map((e) => `${e.name}/${e.type}`)).toEqual(['Bukayo Saka/person']);
  });

  it('still reads a club that goes clear itself as the club', () => {
    const types = typesOf(entitiesOf('Arsenal moved six points clear at the top with a win on Sunday.'));

    expect(types.get('Arsenal')).toEqual(['organization']);
  });
});

describe('a name made a modifier by a hyphened ordinary word', () => {
  it('gives no person "Taylor" for "a Taylor Swift-themed dance class"', () => {
    const types = typesOf(
      entitiesOf('Pupils in Leeds took part in a Taylor Swift-themed dance class on Friday.'),
    );

    expect(types.get('Taylor')).toBeUndefined();
    expect(types.get('Leeds')).toEqual(['place']);
  });
});

describe('a listed brand named like a town, before the firm is named with its head word', () => {
  it('reads the headline\'s "Toyota" as Toyota Motor, "in Toyota" still the town', () => {
    const firm = typesOf(
      entitiesOf(
        'Toyota Motor will buy a 20% stake in Mahindra & Mahindra. Toyota did not disclose the price.',
        'Toyota to buy stake in Indian carmaker',
      ),
    );
    const town = typesOf(
      entitiesOf('A fire broke out at a plant in Toyota on Monday. Toyota Motor said output was normal.'),
    );

    expect(firm.get('Toyota')).toEqual(['organization', 'organization']);
    expect(town.get('Toyota')).toEqual(['place']);
  });
});

describe('a Welsh patronymic particle inside a name', () => {
  it('reads "Rhun ap Iorwerth" as one person', () => {
    const types = typesOf(
      entitiesOf('Plaid Cymru leader Rhun ap Iorwerth accused the government of neglect.'),
    );

    expect(types.get('Rhun ap Iorwerth')).toEqual(['person']);
  });
});

describe("a sentence's first word the lists know only as a body's acronym", () => {
  it('reads "Far right gains" and "Far from" as no body, "the FAR" still the body', () => {
    const headline = typesOf(
      entitiesOf('Jordan Bardella said the party was ready.', 'Far right gains in France'),
    );
    const body = typesOf(entitiesOf('Far from looking new, the phone is retro.'));
    const acronym = typesOf(entitiesOf('The FAR fought rebels in the east.'));

    expect(headline.get('Far')).toBeUndefined();
    expect(body.get('Far')).toBeUndefined();
    expect(acronym.get('FAR')).toEqual(['organization']);
  });
});
