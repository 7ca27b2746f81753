import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe("a party's members named alone", () => {
  it('reads "Democrats" and "Republicans" as the parties, also opening a sentence', () => {
    const entities = typedNames(
      'Democrats in the Senate blocked the measure. Republicans said they would try again next week.',
    );

    expect(entities).toContain('Democrats/organization');
    expect(entities).toContain('Republicans/organization');
  });

  it('never reads "a Republican" as a place', () => {
    const entities = typedNames('The bill was signed by Governor Ann Baker, a Republican, on Friday.');

    expect(entities).not.toContain('Republican/place');
    expect(entities).toContain('Republican/other');
  });

  it('keeps a party label before a full name a title', () => {
    const entities = typedNames('Republican Ann Baker won the seat.');

    expect(entities).toContain('Ann Baker/person');
    expect(entities).not.toContain('Republican/other');
  });
});

describe("parties named with their members' plural, forums and races", () => {
  it('reads "Christian Democrats", "Liberal Democrats" and "Senate Republicans" as organisations', () => {
    const entities = typedNames(
      'The Christian Democrats won the vote. Liberal Democrats lost seats, and Senate Republicans objected.',
    );

    expect(entities).toContain('Christian Democrats/organization');
    expect(entities).toContain('Liberal Democrats/organization');
    expect(entities).toContain('Senate Republicans/organization');
  });

  it('leaves out the words that count members: "Two House Republicans"', () => {
    const entities = typedNames('Two House Republicans voted against the measure on Tuesday.');

    expect(entities).not.toContain('Two House Republicans/organization');
  });

  it('reads "the G20" and "the G7" as bodies', () => {
    const entities = typedNames('Leaders of the G20 met in Rio. The G7 said it would act.');

    expect(entities).toContain('G20/organization');
    expect(entities).toContain('G7/organization');
  });

  it('reads a Grand Prix as an event, not a person or a place', () => {
    const entities = typedNames('Lando Norris won the Abu Dhabi Grand Prix. The British Grand Prix is next.');

    expect(entities).toContain('Abu Dhabi Grand Prix/event');
    expect(entities).toContain('British Grand Prix/event');
    expect(entities).toContain('Lando Norris/person');
  });
});
