import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('firms the lists lack, read from what is said of them (wild50 E11, E13)', () => {
  it('reads a name whose "its" after "said" has a chief executive or a board as a firm', () => {
    const types = typesOf(
      entitiesOf(
        'Marbello said its chief executive would step down next year. Quintara said on Monday its board ' +
          'had approved the sale.',
      ),
    );

    expect(types.get('Marbello')).toEqual(['organization']);
    expect(types.get('Quintara')).toEqual(['organization']);
  });

  it('reads a name that rose or fell by a price in dollars or cents as the listed firm', () => {
    const types = typesOf(
      entitiesOf('Wing Tai Holdings fell 25 cents and Lam Soon rose 1.20 dollars in active trade.'),
    );

    expect(types.get('Lam Soon')).toEqual(['organization']);
    expect(types.get('Wing Tai Holdings')).toEqual(['organization']);
  });

  it('reads a firm whose first word the lists know as a person or a firm as the firm when its shares move by pence (wild51)', () => {
    // Arrange
    const body =
      'UK - SHARES .\nLONDON 1996-08-30\nReckitt Colman fell 12 pence to 4.48 pounds after the results .\n' +
      'Solvay rose 5 pence to 3.10 pounds .';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Reckitt Colman')).toEqual(['organization']);
    expect(types.get('Solvay')).toEqual(['organization']);
  });

  it('keeps a crude grade priced by the barrel and an oil centre that fell by cents as no firm (read51 R19)', () => {
    // Arrange
    const body =
      'Oil prices .\nLONDON 1996-08-30\nDubai fell 10 cents to 18.20 dollars .\n' +
      'Oman fell 10 cents to 18.10 dollars .\nNovember Brent rose 20 cents to 21.50 dollars a barrel .';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Dubai')).toEqual(['place']);
    expect(types.get('Oman')).toEqual(['place']);
    expect(types.get('November Brent') ?? []).not.toContain('organization');
    expect(types.get('Brent') ?? []).not.toContain('organization');
  });

  it('reads "The Tories" as the party, not a person', () => {
    const types = typesOf(entitiesOf('The Tories accused the government of breaking its promises.'));

    expect(types.get('Tories')).toEqual(['organization']);
  });

  it('reads the employer of an analyst named at the opening of a sentence as a firm', () => {
    const types = typesOf(
      entitiesOf('Shares fell. Analyst Mark Lowe of Hambros Carey said the results were weak.'),
    );

    expect(types.get('Mark Lowe')).toEqual(['person']);
    expect(types.get('Hambros Carey')).toEqual(['organization']);
  });

  it('keeps a person who loses pounds, and a place after an analyst\'s "of"', () => {
    const types = typesOf(
      entitiesOf(
        'Tom Hardy lost 10 pounds for the role. Analyst Mark Lowe of Boston said shares were cheap.',
      ),
    );

    expect(types.get('Tom Hardy')).toEqual(['person']);
    expect(types.get('Boston')).toEqual(['place']);
  });
});
