import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Britain's towns of 20,000 to 100,000 people (uk-towns.json). Sentences written for these tests.
const codes = (title: string, body: string, dateline?: string) =>
  tagArticle({ id: 'uk-towns', title, body, ...(dateline ? { dateline } : {}) })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("Britain's towns under the cities' size", () => {
  it('places a local story in a town of 20,000 to 100,000 people', () => {
    // Act
    const found = [
      codes('Gas leak closes roads', 'Police closed roads in Aldershot after a gas leak on Tuesday.'),
      codes('Crewe council approves homes', 'Crewe council approved plans for 500 homes on Tuesday.'),
      codes('Theatre to close', 'The theatre in Stratford-upon-Avon will close for repairs in the spring.'),
    ];

    // Assert
    expect(found).toEqual([['GB'], ['GB'], ['GB']]);
  });

  it('reads a town named by an ordinary word only where a place is meant', () => {
    // Act
    const ordinary = codes(
      'Sales rise',
      'Retail sales rose in March. A deal with the fleet owners was signed in Bath.',
    );
    const placed = codes(
      'Pier reopens',
      'The pier in the Kent town of Deal reopened on Saturday. Deal town council said visitors were welcome.',
    );

    // Assert
    expect(ordinary).toEqual([]);
    expect(placed).toEqual(['GB']);
  });

  it('reads no month of a dateline as the town named like it', () => {
    // Act
    const found = codes(
      'Central bank accepts bids',
      'The central bank said it accepted bids.',
      'AMSTERDAM, 2 March',
    );

    // Assert
    expect(found).toEqual(['NL']);
  });

  it("reads a town's name under another country's dateline as a firm's unless Britain is named", () => {
    // Act
    const firm = codes(
      'Aldershot agrees to buy refiner',
      'Aldershot Resources Ltd said it agreed to acquire a refiner in Texas. Aldershot will pay in shares.',
      'TORONTO, March 2',
    );
    const plant = codes(
      'Chemicals maker buys British unit',
      'The unit will stay at its plant in Wrexham, U.K., the company said.',
      'NEW YORK, March 2',
    );

    // Assert
    expect(firm).not.toContain('GB');
    expect(plant).toContain('GB');
  });

  // read48: many of these towns are common surnames, told bare in sports copy.
  it('reads a bare surname named like a town as no place in Britain', () => {
    // Act
    const hockey = codes(
      'Penguins edge Flyers',
      "Atherton and Hatfield, the team's new defensemen, each added an assist. Buckley made 30 saves as Pittsburgh won.",
    );
    const runners = codes('Marathon results', 'Hyde and Swinton finished behind Buxton in Boston.');

    // Assert
    expect(hockey).toEqual(['US']);
    expect(runners).toEqual(['US']);
  });

  it('still places a town the story sets in Britain or writes as a place', () => {
    // Act
    const named = codes(
      'Factory to shut',
      'The Hatfield factory will close next year, the British company said, and Buxton staff will move north.',
    );
    const written = codes(
      'Flooding',
      'Rivers burst their banks near Carlisle and homes were flooded at Hyde.',
    );

    // Assert
    expect(named).toEqual(['GB']);
    expect(written).toEqual(['GB']);
  });
});
