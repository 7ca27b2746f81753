import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('local and state offices before a name', () => {
  it('splits the title off a sheriff, a councilwoman, an alderman and an assemblymember', () => {
    const entities = typedNames(
      'Lake County Sheriff Dana Pruitt said the search went on. Councilwoman Maya Ortiz said the vote was close. Alderman Tom Reyes and Assemblymember Ana Brooks agreed.',
    );

    expect(entities).toContain('Dana Pruitt/person');
    expect(entities).toContain('Maya Ortiz/person');
    expect(entities).toContain('Tom Reyes/person');
    expect(entities).toContain('Ana Brooks/person');
  });

  it('splits "Emir" and "Treasurer" off the holder', () => {
    const entities = typedNames('Treasurer Jim Chalmers met Emir Tamim bin Hamad Al Thani in Doha.');

    expect(entities).toContain('Jim Chalmers/person');
    expect(entities).toContain('Tamim bin Hamad Al Thani/person');
  });
});

describe("a US lawmaker's party and state", () => {
  it('reads no name in "R-La." or "(D-Conn.)" after a lawmaker', () => {
    const entities = typedNames(
      'Sen. Bill Marsh, R-La., said the bill would pass. Rep. Rosa Lind (D-Conn.) and Sen. Tom Hale, I-Vt., disagreed.',
    );

    expect(entities.filter((e) => /^[RDI]-/.test(e))).toEqual([]);
    expect(entities).toContain('Bill Marsh/person');
  });
});

describe('stock codes in brackets', () => {
  it('reads no name in a stock code, its exchange suffix or an index code', () => {
    const entities = typedNames(
      'Harbor Foods Inc (HFB.N) said profit rose, while Petrobras (PETR4.SA) and the FTSE 100 (.FTSE) fell.',
    );

    expect(entities).toContain('Harbor Foods Inc/organization');
    expect(entities.filter((e) => /^(HFB|PETR4|SA|N)\//.test(e))).toEqual([]);
    // The index keeps its number (names24, round 24); the code ".FTSE" names nothing more.
    expect(entities.filter((e) => e.startsWith('FTSE')).length).toBe(1);
    expect(entities).toContain('FTSE 100/other');
  });

  it('reads the exchange before a code as a body and the code as no name', () => {
    const entities = typedNames('Hartwell Foods Inc. (NYSE: HWF) rose after the results.');

    expect(entities).toContain('NYSE/organization');
    expect(entities.filter((e) => e.startsWith('HWF'))).toEqual([]);
  });
});
