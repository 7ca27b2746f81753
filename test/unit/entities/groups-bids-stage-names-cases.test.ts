import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

const typed = (entities: Entity[]) => entities.map((e) => `${e.name}/${e.type}`);

describe('Islamic State, bidding clubs, stage names ending in a letter, case names without a period', () => {
  it('reads "Islamic State" as the group, one id with ISIS, and "Rivers State" as a place', () => {
    const entities = entitiesOf(
      'Islamic State claimed the attack in Kirkuk. ISIS fighters fled. Officials in Rivers State imposed a curfew.',
    );

    expect(entities.find((e) => e.id === 'organization:islamic-state')?.mentions.map((m) => m.text)).toEqual([
      'Islamic State',
      'ISIS',
    ]);
    expect(typed(entities)).toContain('Rivers State/place');
  });

  it('reads a town bidding for a player as the club, and a town one flies from as the town', () => {
    const transfer = typed(
      entitiesOf(
        'Newcastle have rejected a bid from Liverpool for striker Alexander Isak. Liverpool also made an offer for the Swedish forward last month.',
      ),
    );
    const travel = typed(
      entitiesOf(
        'Flights from Liverpool to Dublin were cancelled. Passengers arriving from Liverpool rebooked.',
      ),
    );

    expect(transfer).toContain('Liverpool/organization');
    expect(transfer).not.toContain('Liverpool/place');
    expect(travel).toContain('Liverpool/place');
  });

  it('ends a stage name at its closing letter, with or without the sentence period', () => {
    const names = typed(
      entitiesOf(
        'The show was hosted by rapper Cardi B. Taylor Swift won album of the year. Cardi B said she was proud.',
      ),
    );

    expect(names).toContain('Cardi B/person');
    expect(names).toContain('Taylor Swift/person');
    expect(names.filter((n) => n.startsWith('Cardi') && n !== 'Cardi B/person')).toEqual([]);
  });

  it('reads "Smith v Jones" as one case name beside a legal word, and a fixture as two sides', () => {
    const law = typed(entitiesOf('Lawyers cited Smith v Jones, a 1990 case, in their filing.'));
    const match = typed(entitiesOf('Manchester City v Chelsea kicks off at 5.30pm on Saturday.'));

    expect(law).toContain('Smith v Jones/other');
    expect(law.filter((n) => n.startsWith('Smith/') || n.startsWith('Jones/'))).toEqual([]);
    expect(match).toContain('Manchester City/organization');
    expect(match).toContain('Chelsea/organization');
  });
});
