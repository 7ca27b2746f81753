import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const people = (body: string) =>
  entitiesOf(body)
    .filter((e) => e.type === 'person')
    .map((e) => e.id)
    .sort();

describe('two capitals before a surname', () => {
  it('are initials, "MS" too (no title "Ms")', () => {
    const body =
      'MS Dhoni hit two sixes before KL Rahul and PV Sindhu arrived. Dhoni said the pitch was slow.';

    expect(people(body)).toEqual(['person:kl-rahul', 'person:ms-dhoni', 'person:pv-sindhu']);
  });

  it('leave "Ms" and "Ms." the title', () => {
    expect(people('Ms Okafor said the plan would work. Ms. Lindqvist agreed.')).toEqual([
      'person:lindqvist',
      'person:okafor',
    ]);
  });
});

describe("a saint's name inside a surname", () => {
  it('keeps "St." with the surname, and the surname alone joins the person', () => {
    const body =
      'Amon-Ra St. Brown caught two touchdowns on Sunday, and Jordan St. Cyr added a field goal. St. Brown said the win mattered.';

    expect(people(body)).toEqual(['person:amon-ra-st-brown', 'person:jordan-st-cyr']);
  });

  it('leaves a street abbreviation ending a sentence alone', () => {
    const ids = entitiesOf('The shop is on Main St. John Okafor runs it.').map((e) => e.id);

    expect(ids).toContain('person:john-okafor');
  });
});
