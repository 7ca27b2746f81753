import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

// Session 47 (ents47, misfires session 46 left): a family doctor's abbreviation, a tournament's group letter, a
// plural weekday and a town that is also a given name were read as bodies, places or people.

describe('"GP", the family doctor', () => {
  it('names no body alone, and a college "of GPs" keeps its last word', () => {
    // Arrange
    const body =
      'Patients struggle to see a GP within two weeks, the Royal College of GPs said. A GP in Leeds said ' +
      'demand was rising.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Royal College of GPs/organization');
    expect(found.filter((n) => n.startsWith('GP/'))).toEqual([]);
    expect(found).not.toContain('Royal College of/organization');
  });

  it('leaves the Grand Prix short form out of the race town', () => {
    const found = typedNames('Max Verstappen won the Monaco GP on Sunday, his third win of the season.');

    expect(found).toContain('Monaco/place');
    expect(found.some((n) => n.startsWith('GP/'))).toBe(false);
  });
});

describe('a tournament group named by its letter', () => {
  it('is no place "Group"', () => {
    const found = typedNames(
      'Spain finished top of Group C after a 2-0 win over Italy. In Group A, Germany beat Serbia 3-1.',
    );

    expect(found.some((n) => n.startsWith('Group'))).toBe(false);
    expect(found).toContain('Spain/place');
  });
});

describe('a plural weekday', () => {
  it('opens no name, as the singular does not', () => {
    const found = typedNames(
      'The market is open on Mondays and Fridays, when traders from nearby villages arrive.',
    );

    expect(found).toEqual([]);
  });

  it('stays inside a name a capitalised word opens', () => {
    const found = typedNames('Happy Mondays frontman Shaun Ryder said the band would tour again next year.');

    expect(found).toContain('Happy Mondays/organization');
    expect(found).toContain('Shaun Ryder/person');
  });
});

describe('a town that is also a given name', () => {
  it('is a town beside another town joined by "and"', () => {
    const found = [
      ...typedNames('Trains between Leeds and York were cancelled on Saturday after flooding on the line.'),
      ...typedNames('Trains between York and Leeds were cancelled on Saturday after flooding on the line.'),
    ];

    expect(found.filter((n) => n.startsWith('York/'))).toEqual(['York/place', 'York/place']);
  });

  it('is a town after "between" beside a word no list knows', () => {
    const found = typedNames('The road between Harrogate and York was closed for two hours on Sunday.');

    expect(found).toEqual(expect.arrayContaining(['York/place', 'Harrogate/place']));
  });

  it('stays a person beside a person', () => {
    const found = typedNames('Chelsea and Harry met at the party in Leeds on Friday.');

    expect(found).not.toContain('Chelsea/place');
  });
});

describe('a club named by a given name in transfer copy', () => {
  it('is the club where a player\u2019s transfer goes, off the sports pages too', () => {
    const found = [
      ...typedNames(
        'The midfielder joined Chelsea from Brighton last summer for a fee of 100 million pounds.',
      ),
      ...typedNames('Enzo Fernandez completed his move to Chelsea from Benfica on Tuesday.'),
      ...typedNames('He signed for Chelsea in 2019 and scored 12 goals in his first season.'),
    ];

    expect(found.filter((n) => n.startsWith('Chelsea/'))).toEqual([
      'Chelsea/organization',
      'Chelsea/organization',
      'Chelsea/organization',
    ]);
  });

  it('leaves places people move to and people they join as they were (read47)', () => {
    const found = [
      ...typedNames('Her family moved to Georgia from Russia in 2012.'),
      ...typedNames('The painter moved to Florence from Paris.'),
      ...typedNames('Her family moved to Jordan from Syria in 2012.'),
      ...typedNames('Meghan joined Harry from California on Friday.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining(['Georgia/place', 'Florence/place', 'Jordan/place', 'Harry/person']),
    );
    expect(found.some((n) => n.endsWith('/organization'))).toBe(false);
  });

  it("reads a footballer's trade only in the sentence of the move (read48)", () => {
    // Arrange
    const otherSentence =
      'The hotel manager said the suite was ready. Kate joined Harry from London on Tuesday for the dinner.';
    const sameSentence =
      'The new midfielder Harry joined Everton from Benfica. Rosa joined Clarke from Porto for a fee.';

    // Act
    const apart = typedNames(otherSentence);
    const together = typedNames(sameSentence);

    // Assert
    expect(apart).toContain('Harry/person');
    expect(apart.some((n) => n.endsWith('/organization'))).toBe(false);
    expect(together).toContain('Clarke/organization');
  });

  it('stays a person joined for lunch', () => {
    const found = typedNames(
      'Chelsea Clinton joined her mother at the event. Later she joined Chelsea for lunch.',
    );

    expect(found).not.toContain('Chelsea/organization');
  });
});
