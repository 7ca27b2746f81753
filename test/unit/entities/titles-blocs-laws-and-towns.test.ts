import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.type;
const names = (entities: ReturnType<typeof entitiesOf>) => entities.map((e) => e.name);

describe('titles, blocs and laws are no people', () => {
  it('reads titles written alone as no entity, and keeps the holder', () => {
    const entities = entitiesOf(
      'Deputy Prime Minister and Finance Minister Chrystia Freeland resigned on Monday. The Prime Minister insisted ' +
        'the plan would work. Ward 5 Ald. Lakeisha Purchase said the money would pay for officers.',
    );

    expect(names(entities)).not.toContain('Minister');
    expect(names(entities)).not.toContain('Prime Minister');
    expect(typeOf(entities, 'Chrystia Freeland')).toBe('person');
    expect(typeOf(entities, 'Lakeisha Purchase')).toBe('person');
  });

  it('keeps firms and parties whose words also modify titles', () => {
    const entities = entitiesOf(
      'First Union Corp said on Monday that First Union would buy the bank. The Labour Party won.',
    );

    expect(typeOf(entities, 'First Union Corp')).toBe('organization');
    expect(typeOf(entities, 'Labour Party')).toBe('organization');
  });

  it('reads "the West" and "the North" as regions, not people', () => {
    const entities = entitiesOf(
      "The West's patience with the plan is wearing thin. The launch came days after the North fired shells.",
    );

    expect(typeOf(entities, 'West')).toBe('place');
    expect(typeOf(entities, 'North')).toBe('place');
  });

  it('reads a law\'s name as no person, and a party named with "and" as the party', () => {
    const entities = entitiesOf(
      'The Safety of Rwanda (Asylum and Immigration) Bill passed. Google violated Section 2 of the Sherman Act. ' +
        "Poland's Law and Justice party demanded reparations; the Georgian Dream party's decision was final.",
    );

    expect(names(entities)).not.toContain('Bill');
    expect(typeOf(entities, 'Sherman Act')).toBe('other');
    expect(typeOf(entities, 'Law and Justice')).toBe('organization');
    expect(typeOf(entities, 'Georgian Dream')).toBe('organization');
  });

  it('does not join two parties whose members share the noun into one party', () => {
    const entities = entitiesOf(
      'Labour and Conservative party leaders clashed over the budget on Tuesday. Democratic and Republican party ' +
        'officials met in private.',
    );

    expect(names(entities)).not.toContain('Labour and Conservative');
    expect(names(entities)).not.toContain('Democratic and Republican');
  });
});

describe('places, firms and words that are no names', () => {
  it('reads a town before a resident\'s noun or a relative "where", and a gap, as places', () => {
    const entities = entitiesOf(
      'A 34-year-old Redmond man was arrested. Migrants crossed the Darien Gap jungle. ' +
        "Colombia's Necocli, where migrants board boats, has become a hub.",
    );

    expect(typeOf(entities, 'Redmond')).toBe('place');
    expect(typeOf(entities, 'Darien Gap')).toBe('place');
    expect(typeOf(entities, 'Necocli')).toBe('place');
  });

  it("finds no name in a currency, a designation, a span of months or a live blog's time stamp", () => {
    const entities = entitiesOf(
      'The Rs 400-crore mission was launched. The clade Ib strain spread. It orbits the Lagrange point L1. ' +
        'Profit fell in the October-December quarter.',
    );

    expect(names(entities)).not.toContain('Rs');
    expect(names(entities)).not.toContain('Ib');
    expect(names(entities)).not.toContain('L1');
    expect(names(entities)).not.toContain('October-December');
  });
});
