import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

// Session 47 (ents47, misfires session 46 left): a product's name came out as a fragment, and a title's coordinated
// portfolio as a body.

describe('a game or work named by two ordinary words joined by "of"', () => {
  it('is one name of kind other, no fragment', () => {
    // Arrange
    const body = 'Activision said sales of Call of Duty rose 20 percent in the quarter.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Call of Duty/other');
    expect(found).toContain('Activision/organization');
    expect(found.filter((n) => n.startsWith('Call/') || n.startsWith('Duty/'))).toEqual([]);
  });

  it('leaves titles and bodies named with "of" as they were', () => {
    const found = typedNames('The Bank of England and the Ministry of Defence said the plan would go ahead.');

    expect(found).toContain('Bank of England/organization');
    expect(found).toContain('Ministry of Defence/organization');
  });
});

describe('a product line before its model number and suffix', () => {
  it('is read with them as one model', () => {
    const found = [
      ...typedNames('Huawei unveiled the Mate 60 Pro in Shenzhen on Tuesday.'),
      ...typedNames('Apple unveiled the iPhone 17 Pro Max in Cupertino on Tuesday.'),
    ];

    expect(found).toContain('Mate 60 Pro/other');
    expect(found).toContain('iPhone 17 Pro Max/other');
    expect(found.filter((n) => n.startsWith('60 Pro/') || n.startsWith('iPhone/'))).toEqual([]);
  });

  it('leaves a results table\u2019s names alone (read47)', () => {
    const found = typedNames(
      'Leading scores after round two: Scottie Scheffler 132 Max Homa 135 Rory McIlroy 137',
    );

    expect(found).toEqual(
      expect.arrayContaining(['Scottie Scheffler/person', 'Max Homa/person', 'Rory McIlroy/person']),
    );
  });

  it('leaves a maker the lists know apart from its model', () => {
    const found = typedNames('Boeing 737 MAX jets were grounded again on Friday.');

    expect(found).toContain('Boeing/organization');
    expect(found).toContain('737 MAX/other');
  });
});

describe('portfolios joined by "and" before a title', () => {
  it('are the title\u2019s, and the holder and the people\u2019s word come out whole', () => {
    const found = [
      ...typedNames(
        'Israeli Industry and Trade Minister Nir Barkat said on Monday the deal would create jobs.',
      ),
      ...typedNames('Indian Commerce and Industry Minister Piyush Goyal said exports grew in October.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'Nir Barkat/person',
        'Israeli/nationality',
        'Piyush Goyal/person',
        'Indian/nationality',
      ]),
    );
    expect(found.filter((n) => n.includes('Industry') || n.includes('Commerce'))).toEqual([]);
  });

  it('leave a ministry named by them a body', () => {
    const found = typedNames('The Industry and Trade Ministry said on Monday exports rose.');

    expect(found.some((n) => n.endsWith('Ministry/organization'))).toBe(true);
  });
});

describe('a product named like a person', () => {
  it('is the product after a maker\u2019s or its players\u2019 "of", given name and ordinary word alike', () => {
    const found = [
      ...typedNames('King, the maker of Candy Crush, said revenue fell in the quarter.'),
      ...typedNames('Millions of players of Candy Crush spend money on the game each month.'),
    ];

    expect(found.filter((n) => n.startsWith('Candy Crush/'))).toEqual([
      'Candy Crush/other',
      'Candy Crush/other',
    ]);
  });

  it('is a thing where an article names a surname alone', () => {
    const found = typedNames('Suzuki said it would stop selling the Swift in Europe next year.');

    expect(found).toContain('Swift/other');
    expect(found).toContain('Suzuki/organization');
  });

  it('leaves one of a family after "a" a person (read47)', () => {
    const found = typedNames('There has not been a Bush in the White House since 2009.');

    expect(found).toContain('Bush/person');
  });

  it('leaves the person of the same surname a person', () => {
    const found = typedNames(
      'Fans of Taylor Swift queued overnight. Swift said the tour would end in December.',
    );

    expect(found).toContain('Taylor Swift/person');
  });
});

describe('a founder named with a firm\u2019s surname', () => {
  it('stays the person in the possessive before what his firm had', () => {
    const found = [
      ...typedNames("Henry Ford's plants in Detroit transformed manufacturing in the 1910s, historians say."),
      ...typedNames("Enzo Ferrari's factories at Maranello built racing cars before he turned to road cars."),
    ];

    expect(found).toContain('Henry Ford/person');
    expect(found).toContain('Enzo Ferrari/person');
  });

  it('leaves the firm named by its founder\u2019s full name a firm', () => {
    const found = [
      ...typedNames("Eli Lilly's Alzheimer's drug was approved by regulators on Friday."),
      ...typedNames("Walt Disney's parks unit said attendance rose in the summer."),
    ];

    expect(found).toContain('Eli Lilly/organization');
    expect(found).toContain('Walt Disney/organization');
  });

  it('leaves the firm a firm where the later "he" is another name\u2019s (read47)', () => {
    const found = typedNames(
      "Walt Disney's parks unit will cut 7,000 jobs, chief executive Bob Iger said on Wednesday, adding that he " +
        'expected attendance to recover.',
    );

    expect(found).toContain('Walt Disney/organization');
  });
});

describe('words before "and" and a title that are no portfolio', () => {
  it('leave a holder\u2019s name and a work\u2019s title alone', () => {
    const found = [
      ...typedNames(
        'The board is composed of President James F. Will and Senior Vice President William Dickey.',
      ),
      ...typedNames('Both films, Green Monkey and Street Justice, are being produced by Sandy Howard.'),
    ];

    expect(found).toContain('James F. Will/person');
    expect(found).toContain('Green Monkey/other');
  });
});
