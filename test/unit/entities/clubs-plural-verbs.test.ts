import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('a town or a given name taking a plural verb', () => {
  it('is the club in transfer copy', () => {
    const entities = entitiesOf(
      'Sunderland have completed the signing of the Dutch defender for £20m, while Bournemouth were said to be interested.',
    );

    expect(entities.find((e) => e.name === 'Sunderland')?.type).toBe('organization');
    expect(entities.find((e) => e.name === 'Bournemouth')?.type).toBe('organization');
  });

  it('is the club when the name is a given name', () => {
    const entities = entitiesOf('Chelsea have signed the Brazilian winger for £50m from a club in Portugal.');

    expect(entities.find((e) => e.name === 'Chelsea')?.type).toBe('organization');
  });

  it('leaves a town the place when the verb agrees with another noun', () => {
    const entities = entitiesOf(
      'Flights to Leeds were cancelled on Monday. The councils of Sunderland have asked for more money.',
    );

    expect(entities.find((e) => e.name === 'Leeds')?.type).toBe('place');
    expect(entities.find((e) => e.name === 'Sunderland')?.type).toBe('place');
  });
});
