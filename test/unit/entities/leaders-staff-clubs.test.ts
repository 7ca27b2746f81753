import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames, typesOf } from './entities-of.js';

describe("a party's leader named in the possessive", () => {
  it('keeps "Netanyahu\'s Likud party" at a sentence start as the person and the party', () => {
    const types = typesOf(entitiesOf('Netanyahu’s Likud party won the most seats.'));

    expect(types.get('Netanyahu')).toEqual(['person']);
    expect(types.get('Likud')).toEqual(['organization']);
  });

  it('reads the leader inside a sentence as a person, not a firm ("Sunak\'s party")', () => {
    const types = typesOf(entitiesOf('Polls show that Sunak’s party has lost ground to Reform.'));

    expect(types.get('Sunak')).toEqual(['person']);
  });

  it('splits "Trump\'s Republican Party" into the leader and the party, but keeps "European People\'s Party" whole', () => {
    const trump = typesOf(entitiesOf('Lawmakers from Trump’s Republican Party voted against the bill.'));
    const epp = typesOf(entitiesOf('The European People’s Party won the most seats in Brussels.'));

    expect(trump.get('Trump')).toEqual(['person']);
    expect(trump.get('Republican Party')).toEqual(['organization']);
    expect(epp.get('European People’s Party')).toEqual(['organization']);
  });
});

describe('the firm of an analyst named before "at"', () => {
  it('reads the name after "analyst Jane Doe at" as the firm, not a person', () => {
    const types = typesOf(entitiesOf('"Demand is holding up," said analyst Marta Kowalczyk at Quilvest.'));

    expect(types.get('Marta Kowalczyk')).toEqual(['person']);
    expect(types.get('Quilvest')).toEqual(['organization']);
  });

  it('does not take a weekday between the staff word and "at" for a name ("workers Friday at Gatwick")', () => {
    const types = typesOf(entitiesOf('A strike by baggage workers Friday at Gatwick disrupted 200 flights.'));

    expect(types.get('Gatwick')).toEqual(['place']);
  });
});

describe('three-word names of people ending in an ordinary word', () => {
  it('reads "Jonas Gahr Store said" as a person, and keeps a product or a firm of that shape apart', () => {
    const person = typedNames('Jonas Gahr Store said the talks had ended.');
    const game = typesOf(entitiesOf('Mario Kart World sold two million copies in Japan.'));
    const bank = typedNames('Salomon Brothers International said the notes were sold.');

    expect(person).toEqual(['Jonas Gahr Store/person']);
    expect(game.get('Mario Kart World')).toEqual(['other']);
    expect(bank.filter((e) => e.endsWith('/person'))).toEqual([]);
  });
});

describe("a club named by its town before a squad member's role", () => {
  it('reads a town before "manager" inside brackets on a sports page as the club', () => {
    const types = typesOf(
      entitiesOf(
        'The goals came late in the league match (Burnley manager Scott Parker was sent off in the first half) and the cup tie is next.',
      ),
    );

    expect(types.get('Burnley')).toEqual(['organization']);
    expect(types.get('Scott Parker')).toEqual(['person']);
  });
});
