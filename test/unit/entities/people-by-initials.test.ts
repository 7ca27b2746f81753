import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../functions/core/entities/classify.js';
import { peopleByInitials } from '../../../functions/core/entities/title-aliases.js';

/** A candidate of `type` whose words are `name`'s (the fields peopleByInitials reads). */
const named = (name: string, type: Candidate['type'] = 'person') =>
  ({ type, text: name, words: name.split(' ') }) as unknown as Candidate;

describe('peopleByInitials', () => {
  it("spells a person's three or four words, a particle among them, as capitals", () => {
    const mbs = named('Mohammed bin Salman');
    const mbz = named('Mohamed bin Zayed Al');

    const people = peopleByInitials([mbs, mbz, named('Joe Biden'), named('Anna Maria Rossi')]);

    expect(people.get('MBS')).toBe(mbs);
    expect(people.get('MBZA')).toBe(mbz);
    expect([...people.keys()].sort()).toEqual(['MBS', 'MBZA']);
  });

  it('gives the first person a word spells, and no organisation or letter that is two capitals', () => {
    const first = named('Mohammed bin Salman');

    const people = peopleByInitials([
      named('Meridian bin Securities', 'organization'),
      first,
      named('Mohammed bin Sultan'),
      named('ßarah bin Salman'),
    ]);

    expect(people.get('MBS')).toBe(first);
    expect(people.size).toBe(1);
  });
});
