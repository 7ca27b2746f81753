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
