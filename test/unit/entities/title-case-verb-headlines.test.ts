import { describe, expect, it } from 'vitest';
import { tagStory } from '../countries/focus-and-pairs.js';
import { entitiesOf } from './entities-of.js';

// Invented title-case headlines (session 54): a name, the headline's verb in -s, and a name.
const namesOf = (title: string, body: string) =>
  entitiesOf(body, title)
    .filter((e) => e.mentions.some((m) => m.field === 'title'))
    .map((e) => `${e.name}/${e.type}`)
    .sort();

describe('a title-case headline of two names and a verb', () => {
  it('reads the verb between a monarch and a country as no part of a name', () => {
    // Arrange
    const title = 'King Charles Visits Canada';
    const body =
      'The king arrived in Ottawa on Tuesday for a four-day visit, his first since the coronation.';

    // Act
    const result = tagStory({ title, body });

    // Assert
    expect(result.entities.map((e) => e.name)).not.toContain('Charles Visits Canada');
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toContain('CA');
  });

  it('reads two leaders on either side of the verb as two persons', () => {
    const names = namesOf(
      'Trump Meets Putin in Alaska',
      'Donald Trump and Vladimir Putin met for three hours on Friday near Anchorage.',
    );

    expect(names).toContain('Donald Trump/person');
    expect(names).toContain('Vladimir Putin/person');
  });

  it('reads a verb beside a lower-case preposition as no part of a name (wild54 Z2)', () => {
    const names = namesOf(
      'Coach Moretti Sacked by Valencia',
      'Valencia sacked coach Luca Moretti on Sunday.',
    );

    expect(names).not.toContain('Moretti Sacked/person');
    expect(names).toContain('Luca Moretti/person');
  });

  it("reads a brand's own styling as a name inside a title-case headline", () => {
    const names = namesOf(
      'Apple Unveils New iPhone At Cupertino Event',
      'Apple unveiled its latest iPhone on Tuesday at an event in Cupertino, California.',
    );

    expect(names).toContain('Apple/organization');
    expect(names.some((n) => n.startsWith('Unveils'))).toBe(false);
  });

  it('leaves a name-only headline that ends in a plural to the name', () => {
    const names = namesOf(
      'General Motors',
      'General Motors said on Tuesday it would cut 2,000 jobs in Detroit.',
    );

    expect(names).toEqual(['General Motors/organization']);
  });
});
