import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('dotted initials that open a firm or a club, not a person (wild50 E18)', () => {
  it('reads initials before a town as a club', () => {
    const types = typesOf(entitiesOf('F.C. Porto beat A.C. Parma 2-0 in the first leg on Wednesday.'));

    expect(types.get('F.C. Porto')).toEqual(['organization']);
    expect(types.get('A.C. Parma')).toEqual(['organization']);
  });

  it('reads a name that raised "its" forecast as a firm, and keeps initials with a surname a person', () => {
    const types = typesOf(
      entitiesOf('J.W. Seligman raised its growth forecast on Monday. J.R. Smith scored 20 points.'),
    );

    expect(types.get('J.W. Seligman')).toEqual(['organization']);
    expect(types.get('J.R. Smith')).toEqual(['person']);
  });

  it('keeps a country that cut its production target the place', () => {
    const types = typesOf(entitiesOf('Egypt cut its 1987 production target to 870,000 barrels a day.'));

    expect(types.get('Egypt')).toEqual(['place']);
  });
});

describe('1987 wire names (wild50 E16)', () => {
  it('reads "WEST GERMAN" in a capitals title as the nationality, not a person West', () => {
    const entities = entitiesOf(
      "BONN, March 3 - West Germany's trade surplus narrowed in February, officials said.",
      'WEST GERMAN TRADE SURPLUS NARROWS IN FEBRUARY',
    );

    expect(entities.some((e) => e.type === 'person')).toBe(false);
    const west = entities.find((e) => e.mentions.some((m) => m.text === 'WEST GERMAN'));
    expect(west?.type).toBe('nationality');
  });

  it('reads a long name before a listed firm in brackets as that firm', () => {
    const entities = entitiesOf('Petroleo Brasileiro (Petrobras) raised its diesel prices on Monday.');

    const firm = entities.find((e) => e.mentions.some((m) => m.text === 'Petroleo Brasileiro'));
    expect(firm?.type).toBe('organization');
  });
});
