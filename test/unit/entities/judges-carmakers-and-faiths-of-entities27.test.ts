import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, typesOf } from './entities-of.js';

describe('office holders named after a title', () => {
  it('keeps a given name that is also a month in the holder\'s name ("Judge April Perry")', () => {
    // Arrange
    const body = 'U.S. District Judge April Benning said the order was unlawful. Judge June Halloway agreed.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('April Benning')).toEqual(['person']);
    expect(types.get('June Halloway')).toEqual(['person']);
    expect(types.has('U.S. District Judge')).toBe(false);
  });

  it("reads a state before a title as the office's place, and initials after it as the holder's", () => {
    const body = 'Nevada Governor RJ Calloway praised the ruling on Friday.';

    const types = typesOf(entitiesOf(body));

    expect(types.get('RJ Calloway')).toEqual(['person']);
    expect(types.get('Nevada')).toEqual(['place']);
  });
});

describe('a firm named like a town', () => {
  it('is the firm where an apposition calls it a carmaker or it sells vehicles', () => {
    const apposed = "Toyota, the world's top-selling carmaker, opened a plant in Kentucky.";
    const selling = 'Toyota sold 10.3 million vehicles worldwide last year.';

    expect(typesOf(entitiesOf(apposed)).get('Toyota')).toEqual(['organization']);
    expect(typesOf(entitiesOf(selling)).get('Toyota')).toEqual(['organization']);
  });

  it('keeps a town that sells bonds the town', () => {
    const body = 'Chicago sold $500 million of bonds on Tuesday.';

    expect(typesOf(entitiesOf(body)).get('Chicago')).toEqual(['place']);
  });
});

describe('clubs the press shortens', () => {
  it('joins "Man City" to Manchester City', () => {
    const body = 'Manchester City have agreed a fee for the winger. Man City will pay in three instalments.';

    expect(entityWith(body, 'Man City')).toBe('organization:manchester-city: Manchester City | Man City');
  });
});

describe('names that are no one', () => {
  it('reads a faith\'s name ("Roman Catholic") as no person, after a demonym too', () => {
    const body =
      'It is an Italian Roman Catholic charity that runs the talks. The Greek Orthodox church agreed.';

    const types = typesOf(entitiesOf(body));

    expect(types.get('Roman Catholic')).toEqual(['other']);
    expect(types.get('Greek Orthodox')).toEqual(['other']);
  });

  it('reads a name before "rifles" as the weapon', () => {
    const body = 'Gunmen stole twelve Dragunov rifles from the depot.';

    expect(typesOf(entitiesOf(body)).get('Dragunov')).toEqual(['other']);
  });

  it('reads a war named after a place\'s lead as the war ("the Gulf War")', () => {
    const body = 'The zone was set up after the 1991 Gulf War by the allies.';

    expect(typesOf(entitiesOf(body)).get('Gulf War')).toEqual(['other']);
  });

  it('reads a title in single quotes in a headline as one title', () => {
    const title = "'Another Long Night Ahead' wins best picture";
    const body = 'The film "Another Long Night Ahead" won best picture on Sunday.';

    const found = entitiesOf(body, title).map((e) => e.name);

    expect(found).not.toContain('Long Night Ahead');
    expect(found).toContain('Another Long Night Ahead');
  });
});

describe('places and illnesses named by unknown words', () => {
  it('reads a name no place list knows before "virus" or "fever" as the illness', () => {
    const body =
      'Officials declared an outbreak of Marburg virus disease. The Wuhan virus first spread in Wuhan.';

    const types = typesOf(entitiesOf(body));

    expect(types.get('Marburg')).toEqual(['other']);
    expect(types.get('Wuhan')).toEqual(['place', 'place']);
  });

  it('reads a town after "the town of" as a place, though a foreign article opens it', () => {
    const body = 'Temperatures hit 47C in the southern Spanish town of El Torrejo on Sunday.';

    expect(typesOf(entitiesOf(body)).get('El Torrejo')).toEqual(['place']);
  });

  it('reads where a traveller goes as a place, though no list knows the town', () => {
    const body = 'The pope is travelling to Kestrova next week to mark the council.';

    expect(typesOf(entitiesOf(body)).get('Kestrova')).toEqual(['place']);
  });

  it('keeps a town that is an ordinary word before a title off the office, and a firm\'s apposition after "of"', () => {
    const union = 'Union Secretary Sam Jennings said talks would go on.';
    const unit = 'It bought bonds of General Telephone Co of California, a unit of GTE Corp.';

    expect(typesOf(entitiesOf(union)).get('Sam Jennings')).toEqual(['person']);
    expect(typesOf(entitiesOf(union)).has('Union')).toBe(false);
    expect(typesOf(entitiesOf(unit)).get('California')).toEqual(['place']);
  });

  it('reads Hun Sen as the person ("Sen" is no senator here)', () => {
    const body = 'The deal was backed by Hun Sen and the king.';

    expect(typesOf(entitiesOf(body)).get('Hun Sen')).toEqual(['person']);
  });
});
