import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Invented 1996-style wires (session 53, fixE53): headline-ese stacks a person's surname and a place with no word
// between them ("Lebed's plan for Chechnya" becomes "Lebed Chechnya peace plan"); the body names the person in full.
const story = (headline: string, body: string) => `${headline}\nLONDON 1996-09-20\n${body}`;
const types = (body: string) => typesOf(entitiesOf(body));

describe('a surname glued to a place in a headline', () => {
  it('splits a surname the story gives a person from the place after it', () => {
    const t = types(
      story(
        'Yeltsin backs Dravko Chechnya peace plan .',
        'Russian President Boris Yeltsin on Friday backed the plan of security chief Ivan Dravko .',
      ),
    );

    expect(t.get('Dravko')?.[0]).toBe('person');
    expect(t.get('Chechnya')?.[0]).toBe('place');
    expect(t.has('Dravko Chechnya')).toBe(false);
  });

  it('splits a surname that is also a town from the place after it', () => {
    const t = types(
      story(
        'Arafat urges Clinton Hebron role .',
        'Yasser Arafat urged U.S. President Bill Clinton to help .',
      ),
    );

    expect(t.get('Hebron')?.[0]).toBe('place');
    expect(t.has('Clinton Hebron')).toBe(false);
  });

  it('splits a monarch named by title and given name from the country after it', () => {
    const t = types(
      story('Queen Elizabeth Canada visit postponed .', 'The visit had been due to start on Monday .'),
    );

    expect(t.get('Canada')?.[0]).toBe('place');
    expect(t.has('Elizabeth Canada')).toBe(false);
  });

  it('leaves a name whose surname the story never gives a person whole', () => {
    const t = types(
      story('Toyota Canada sales rise .', 'Toyota Canada said sales rose 5 percent in August .'),
    );

    expect(t.has('Toyota Canada')).toBe(true);
  });

  it('leaves a person whose given name is also a story surname whole', () => {
    const t = types(
      story(
        'Hollywood honours actor .',
        'Actor Kirk Douglas was honoured . Captain James Kirk was played by William Shatner .',
      ),
    );

    expect(t.get('Kirk Douglas')?.[0]).toBe('person');
  });
});
