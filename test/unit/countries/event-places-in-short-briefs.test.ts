import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (body: string) => tagStory({ body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

// Invented untitled briefs (session 61, wild60's "nationality + city → no focus"): a person of one people acts in a
// place of another country, and neither country opens the clause as its subject.
describe('a short brief naming a person by their people and the place the event happened', () => {
  it("puts the place's country in focus and keeps the person's people a side", () => {
    // Arrange
    const stabbing = 'A Moldovan man injured three people with a knife in Hamburg on Thursday, police said.';
    const jailed = 'A Bangladeshi cook was jailed for three months in Abu Dhabi for selling spoiled food.';
    const counted = 'Two Belgian climbers were rescued near Innsbruck on Saturday after a storm.';

    // Act
    const tagged = [stabbing, jailed, counted].map(read);

    // Assert
    expect(tagged).toEqual([
      ['DE*', 'MD'],
      ['AE*', 'BD'],
      ['AT*', 'BE'],
    ]);
  });

  it('reads the place after a person it qualifies as where the event happened ("an expat in …")', () => {
    expect(read('A Kenyan teacher in Doha won a car in a raffle on Friday.')).toEqual(['QA*', 'KE']);
  });

  it('leaves a brief alone whose people open the clause unnumbered, or are goods', () => {
    // Arrange
    const market = 'Shares of Korean shipbuilders rose in London on Tuesday.';
    const subject = 'Turkish engineers built the new bridge in Albania.';

    // Act
    const tagged = [market, subject].map(read);

    // Assert
    expect(tagged[0]).not.toContain('GB*');
    expect(tagged[1]).toContain('TR*');
  });
});

// Invented (session 62, review62's ★2 on a summit's host): a meeting no country acts in sits where it is held.
describe('a short brief of a meeting no country acts in', () => {
  it('puts the first place the meeting sits in in focus, not the matters it discussed', () => {
    // Arrange
    const summit =
      'Finance ministers of the Group of Seven met in Niigata on Saturday for talks overshadowed by the wars in Sudan and Yemen.';
    const prepared = 'Trade negotiators met in Lima this week to prepare for the summit in Chile.';

    // Act
    const [held, later] = [summit, prepared].map((body) => tagStory({ body }));

    // Assert
    expect(read(summit)[0]).toBe('JP*');
    expect(held!.countryPairs).toEqual([]);
    expect(later!.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['PE']);
  });
});
