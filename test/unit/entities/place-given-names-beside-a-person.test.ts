import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "name/type" of each entity, and the country codes, of `body`. */
function tagged(body: string) {
  const result = tagArticle({ body });
  return {
    names: result.entities.map((e) => `${e.name}/${e.type}`).sort(),
    countries: result.countries.map((c) => c.code),
  };
}

// wild59 ★2: a person whose given name is a place's, coordinated with another person, was read as a body (and the
// place's country came with it) or lost to the other person's surname.
describe("a name opened by a place's word, coordinated with a person's full name", () => {
  it('is a person: "Brooklyn Marlowe and Nicola Hartwell renewed their vows"', () => {
    // Act
    const found = tagged('Brooklyn Marlowe and Nicola Hartwell renewed their vows on Saturday.');

    // Assert
    expect(found.names).toEqual(['Brooklyn Marlowe/person', 'Nicola Hartwell/person']);
    expect(found.countries).toEqual([]);
  });

  it('is a person after the other one: "Sarah Hartwell and Paris Marlowe were spotted"', () => {
    const found = tagged('Sarah Hartwell and Paris Marlowe were spotted at a restaurant on Saturday.');

    expect(found.names).toEqual(['Paris Marlowe/person', 'Sarah Hartwell/person']);
    expect(found.countries).toEqual([]);
  });

  it('stays a club coordinated with a player: "Toronto Raptors and Scottie Barnes agreed terms"', () => {
    expect(tagged('Toronto Raptors and Scottie Barnes agreed terms on Monday.').names).toContain(
      'Toronto Raptors/organization',
    );
  });
});
