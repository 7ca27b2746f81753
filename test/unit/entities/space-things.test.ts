import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.type;

describe('spacecraft, rockets, comets, planets and particles', () => {
  it('are things, not people or firms', () => {
    const entities = entitiesOf(
      "Europe's Ariane 6 rocket carried a weather satellite. Starship lifted off from Texas on Tuesday. " +
        'Astronomers followed the comet 3I/ATLAS as it passed Venus. Physicists measured the Higgs boson.',
    );

    expect(typeOf(entities, 'Ariane')).toBe('other');
    expect(typeOf(entities, 'Starship')).toBe('other');
    expect(typeOf(entities, 'ATLAS')).toBe('other');
    expect(typeOf(entities, 'Venus')).toBe('other');
    expect(typeOf(entities, 'Higgs')).toBe('other');
  });

  it('leaves a maker before its craft and a planet named in a longer name alone', () => {
    const entities = entitiesOf(
      'A Chinese rocket and a SpaceX capsule reached the station. Venus Williams won in Miami, and Mars Inc said sales rose.',
    );

    expect(typeOf(entities, 'SpaceX')).toBe('organization');
    expect(typeOf(entities, 'Venus Williams')).toBe('person');
    expect(typeOf(entities, 'Mars Inc')).toBe('organization');
  });

  it('reads "probe" as a verb without an article before it', () => {
    const entities = entitiesOf(
      'European regulators probe Lufthansa over its state aid, the Commission said.',
    );

    expect(typeOf(entities, 'Lufthansa')).toBe('organization');
  });
});
