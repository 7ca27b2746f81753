import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('numbered missions and the celestial bodies', () => {
  it('reads a name with a Roman number after "the" as a mission, and its later mentions too', () => {
    const entities = typedNames(
      'The agency said the Artemis II crew would fly next year. Artemis II will carry four astronauts.',
    );

    expect(entities).toContain('Artemis II/other');
    expect(entities).not.toContain('Artemis II/person');
  });

  it('keeps monarchs, popes and heirs named with initials people', () => {
    const entities = typedNames(
      'King Charles III met Pope Leo XIV. Henry VIII had six wives. The bid came from T.B. Pickens III on Monday.',
    );

    expect(entities).toContain('T.B. Pickens III/person');
    expect(entities).toContain('Charles III/person');
    expect(entities).toContain('Leo XIV/person');
    expect(entities).toContain('Henry VIII/person');
  });

  it('reads "the Moon" inside a sentence as no person', () => {
    const entities = typedNames('The crew will fly around the Moon next year, the agency said.');

    expect(entities.filter((e) => e.startsWith('Moon'))).toEqual([]);
  });
});

describe('clubs named by a word, a nickname and their town', () => {
  it('reads a country before the number of its players as its side', () => {
    const entities = typedNames('The coach named an England XV to face the tourists on Saturday.');

    expect(entities).toContain('England XV/organization');
  });

  it('reads "Royal Challengers Bengaluru" and "Red Bull Salzburg" as clubs, not people', () => {
    const entities = typedNames(
      'Royal Challengers Bengaluru won the title on Tuesday. Fans of Red Bull Salzburg were angry.',
    );

    expect(entities).toContain('Royal Challengers Bengaluru/organization');
    expect(entities).toContain('Red Bull Salzburg/organization');
  });

  it('keeps a person whose names are given names', () => {
    const entities = typedNames('Mark Anthony Lincoln said the plan would work.');

    expect(entities).toContain('Mark Anthony Lincoln/person');
  });
});
