import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const ids = (body: string) => entitiesOf(body).map((e) => e.id);

describe('an office "for" a brief before its holder', () => {
  it("leaves the brief out of the holder's name", () => {
    const found = ids(
      'Minister for Finance Odhran Keane defended the budget. Commissioner for Trade Zdeněk Dvořák replied.',
    );

    expect(found).toContain('person:odhran-keane');
    expect(found).toContain('person:zdenek-dvorak');
  });

  it('keeps a seat or a region after "for" whole', () => {
    const found = ids('She is the MP for West Ham and the envoy for East Asia.');

    expect(found).toContain('place:west-ham');
    expect(found).toContain('place:east-asia');
  });
});

describe("a prize's name before a word of its race", () => {
  it('is the prize, no person', () => {
    const found = entitiesOf('Emmy nominations came out on Tuesday, and the Grammy winner was on stage.');

    expect(found.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('business shorthand, units and elections', () => {
  it('leave fiscal periods and ratio abbreviations out of names', () => {
    const found = ids('Wipro Q3 FY26 net profit rose 9% YoY, and standalone PAT grew in Q3FY26.');

    expect(found).toEqual(['organization:wipro']);
  });

  it('read a temperature unit before a name as no initial', () => {
    const found = ids('The mercury hit 47.2°C. Officials said schools would close.');

    expect(found.some((id) => id.includes('c-'))).toBe(false);
  });

  it('make "General Election" the election, no person', () => {
    const found = entitiesOf('Voters go to the polls in the 2027 General Election.');

    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(['event:General Election']);
  });
});

describe("a body's office before its holder", () => {
  it("splits a body's full name, the title and the holder", () => {
    const found = ids(
      'On Monday, International Paralympic Committee President Tamsin Okoro opened the Games.',
    );

    expect(found).toContain('person:tamsin-okoro');
    expect(found).toContain('organization:international-paralympic-committee');
  });

  it('reads "member" in lower case before a name as an office', () => {
    const found = entitiesOf(
      'Council member Sage Turner voted against the plan, and the Member States agreed.',
    );

    expect(found.find((e) => e.name === 'Sage Turner')?.type).toBe('person');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Sage Turner']);
  });
});
