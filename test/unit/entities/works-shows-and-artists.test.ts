import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('titles of works, shows and software, and artists before their works', () => {
  it('reads the names listed after "starred in" as works, not people', () => {
    // Arrange
    const body = 'Marlow starred in Jenny Barton and the Lost Sheriff and Two Days in Reno.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Jenny Barton')).toEqual(['other']);
    expect(types.get('Lost Sheriff')).toEqual(['other']);
  });

  it('reads the names after "star of" as works only before a work\'s noun', () => {
    const films = typesOf(
      entitiesOf('The actress, the star of Molly Tate and The Ferryman films, died on Friday.'),
    );
    expect(films.get('Molly Tate')).toEqual(['other']);
    const club = typesOf(entitiesOf('Cole Palmer is the star of Chelsea.'));
    expect(club.get('Chelsea')).not.toEqual(['other']);
  });

  it('keeps a place after "starred in" a place', () => {
    const types = typesOf(entitiesOf("She starred in London's West End and later in Hollywood."));
    expect(types.get('West End')).toEqual(['place']);
    expect(types.get('Hollywood')).toEqual(['place']);
  });

  it('reads a show before its host as a show, not a place', () => {
    const types = typesOf(entitiesOf('Former Paradise Island host Jenna Crowe said she was leaving.'));
    expect(types.get('Paradise Island')).toEqual(['other']);
    expect(types.get('Jenna Crowe')).toEqual(['person']);
  });

  it('leaves a people\u2019s word, a medium\u2019s initials or a former role before "presenter" or "host" as they were', () => {
    // Arrange
    const bodies = [
      'Welsh TV presenter Gwen Pryce said she was retiring.',
      'TV presenter Gwen Pryce said she was retiring.',
      'Ex-chatshow host Gwen Pryce said she was retiring.',
    ];

    // Act
    const types = bodies.map((body) => typesOf(entitiesOf(body)));

    // Assert
    expect(types[0]!.get('Welsh')).toEqual(['nationality']);
    expect(types.map((t) => t.get('Gwen Pryce'))).toEqual([['person'], ['person'], ['person']]);
    expect(types.flatMap((t) => [...t.entries()].filter(([, v]) => v.includes('other')))).toEqual([]);
  });

  it('leaves a medium\u2019s initials or a people\u2019s word before a work\u2019s noun as they were', () => {
    const tv = typesOf(entitiesOf('Marlow, who starred in TV comedy Lost Keys, said she was tired.'));
    const film = typesOf(entitiesOf('The younger stars of Welsh film were there, including Gwen Pryce.'));

    expect(tv.get('TV')).toBeUndefined();
    expect(tv.get('Lost Keys')).toEqual(['other']);
    expect(film.get('Welsh')).toEqual(['nationality']);
  });

  it('reads an unlisted name before a mural as the artist', () => {
    const types = typesOf(entitiesOf('A Zardoni mural painted on the wall was removed.'));
    expect(types.get('Zardoni')).toEqual(['person']);
  });

  it('reads a given name between "the" and "chatbot" as the software', () => {
    const types = typesOf(entitiesOf('Anthropic, the maker of the Claude chatbot, raised $13 billion.'));
    expect(types.get('Claude')).toEqual(['other']);
  });
});

describe('codes of conduct', () => {
  it('reads a name ending in "Principles" as a document, no organisation', () => {
    const types = typesOf(
      entitiesOf('Apple raised its forecast on Thursday.\nOur Standards: The Harlow Media Trust Principles.'),
    );
    expect(types.get('Harlow Media Trust Principles')).toEqual(['other']);
  });
});

describe('a club a player scores or signs for, off the sports page', () => {
  it('reads a town after "scored for" as the club, and a country stays a place', () => {
    const types = typesOf(
      entitiesOf('Rafinho scored for Marlborough on Sunday. He scored for England twice.'),
    );
    expect(types.get('Marlborough')).toEqual(['organization']);
    expect(types.get('England')).toEqual(['place']);
  });
});

describe('a firm named by its web address', () => {
  it("gives the title's first word of the address to the firm, and leaves a place written as one", () => {
    const jobs = typesOf(
      entitiesOf('Amazon.com said on Tuesday it would cut 14,000 jobs.', 'Amazon to cut 14,000 jobs'),
    );
    expect(jobs.get('Amazon')).toEqual(['organization']);
    const river = typesOf(entitiesOf('Amazon.com said it would fund a study of drought in the Amazon.'));
    expect(river.get('Amazon')).toEqual(['place']);
  });
});
