import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const named = (entities: ReturnType<typeof entitiesOf>) => entities.map((e) => `${e.name}/${e.type}`);

describe('names in obituaries, politics and market copy', () => {
  it("leaves an obituary's opening participle out of the name", () => {
    const entities = entitiesOf('Born Margaret Helen Ashby in Leeds, she trained as a nurse.');

    expect(named(entities)).toContain('Margaret Helen Ashby/person');
  });

  it('ends a war at "and" before another body', () => {
    const entities = entitiesOf(
      'He flew in the 1991 Gulf War and White House aides later praised his record, his family said.',
    );

    expect(named(entities).some((n) => n.includes(' and '))).toBe(false);
  });

  it('reads the House as the chamber, even after "in"', () => {
    const entities = entitiesOf('Democrats gained ground in House races, and the bill stalled in the House.');

    expect(entities.find((e) => e.name === 'House')?.type).toBe('organization');
  });

  it('reads a crude grade, a market session and a model with its number as no place, no people', () => {
    const entities = entitiesOf(
      'West Texas Intermediate fell 2%. In Asian trading the yen rose. Airlines took the 737 MAX back, and the iPhone 17 Pro Max sold out.',
    );

    const names = named(entities);
    expect(names).toContain('West Texas Intermediate/other');
    expect(names.some((n) => n.startsWith('Asian/'))).toBe(false);
    expect(names).toContain('737 MAX/other');
    // (The line's word is the model's since session 47: "iPhone 17 Pro Max", no fragment "17 Pro Max".)
    expect(names).toContain('iPhone 17 Pro Max/other');
  });
});
