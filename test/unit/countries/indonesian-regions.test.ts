import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review32 C6: Indonesian provinces and islands the wires name alone gave no country. Invented stories.
const codes = (body: string) => tagStory({ title: 'Ferry sinks', body }).countries.map((c) => c.code);

describe('Indonesian provinces and islands named alone', () => {
  it('name Indonesia', () => {
    expect(codes('A ferry carrying 80 passengers sank off Maluku on Sunday, officials said.')).toEqual([
      'ID',
    ]);
    expect(codes('A magnitude 5.8 earthquake struck Lombok on Tuesday, damaging dozens of homes.')).toEqual([
      'ID',
    ]);
    expect(codes('Floods in East Nusa Tenggara forced 2,000 people from their homes on Monday.')).toEqual([
      'ID',
    ]);
  });
});
