import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a broker named like a person that raises or cuts its rating, recommendation or estimate (wild51 W4)', () => {
  it('reads the broker as a firm: "its" rating is no person\'s', () => {
    const types = typesOf(
      entitiesOf(
        'Brokers .\nNEW YORK 1996-10-12\nSmith Barney raised its rating on the stock to buy .\n' +
          'Hoare Govett lowered its recommendation on the shares to hold .\n' +
          'Kidder Peabody raised its earnings estimate for the company .',
      ),
    );

    expect(types.get('Smith Barney')).toEqual(['organization']);
    expect(types.get('Hoare Govett')).toEqual(['organization']);
    expect(types.get('Kidder Peabody')).toEqual(['organization']);
  });

  it('leaves a person who raises his rating, and a country that cuts its rating, alone', () => {
    const person = typesOf(
      entitiesOf('Brokers .\nLONDON 1996-10-12\nJohn Smith raised his rating on the stock to buy .'),
    );
    const country = typesOf(entitiesOf('Egypt cut its rating of the project .'));

    expect(person.get('John Smith')).toEqual(['person']);
    expect(country.get('Egypt')).toEqual(['place']);
  });
});
