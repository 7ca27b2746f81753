import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 51 (fixE51, wild50 E24 and E9): a people's word of two words ("South African", "Sri Lankan", "New
// Zealander") before a person's full name, and a people's word before a name the story gives in full elsewhere
// ("Norwegian Ruud" over "Casper Ruud"), are the nationality and the person, not one entity.

/** "name/type" of each entity the whole tagger finds in a story. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

/** The country codes the tagger counts for a story. */
function countriesOf(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a people\u2019s word of two words before a person\u2019s full name', () => {
  it('is a nationality of its own and the rest is the person', () => {
    // Arrange
    const bodies = [
      'South African Tobias Mokoena won the club championship on Sunday.',
      'The cup went to Sri Lankan Ravindu Perera after a play-off.',
      'Costa Rican Mateo Vargas scored twice in the second half.',
      'New Zealander Hamish Baxter finished fourth in the sculls.',
    ];

    // Act
    const found = bodies.flatMap((body) => typedInStory('Results', body));

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'South African/nationality',
        'Tobias Mokoena/person',
        'Sri Lankan/nationality',
        'Ravindu Perera/person',
        'Costa Rican/nationality',
        'Mateo Vargas/person',
        'New Zealander/nationality',
        'Hamish Baxter/person',
      ]),
    );
    expect(found.filter((name) => name.startsWith('South African T'))).toEqual([]);
  });

  it('counts the people\u2019s country, which the glued name hid', () => {
    const codes = countriesOf('Cricket', 'Sri Lankan Ravindu Perera hit 140 on the first day.');

    expect(codes).toContain('LK');
  });

  it('reads CoNLL-tokenised sports copy under a capitals headline the same way', () => {
    const found = typedInStory(
      '',
      'GOLF - LEADERS .\nLONDON 1996-09-14\nFaldo finished two shots behind South African Pieter Botha .',
    );

    expect(found).toEqual(expect.arrayContaining(['South African/nationality', 'Pieter Botha/person']));
  });

  it('takes a compass word and a people\u2019s word the lists lack as one nationality with no country', () => {
    const found = [
      ...typedInStory('Cricket', 'West Indian Marlon Joseph made 150 at the Oval.'),
      ...typedInStory('Golf', 'Northern Irishman Declan Moore led by two shots.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'West Indian/nationality',
        'Marlon Joseph/person',
        'Northern Irishman/nationality',
        'Declan Moore/person',
      ]),
    );
  });

  it('keeps bodies that a two-word people\u2019s word opens whole', () => {
    const found = [
      ...typedInStory('Airlines', 'South African Airways cut two routes on Monday.'),
      ...typedInStory('Banks', 'The Saudi Arabian Monetary Agency raised rates on Monday.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'South African Airways/organization',
        'Saudi Arabian Monetary Agency/organization',
      ]),
    );
  });
});

describe('a people\u2019s word before a name the story gives in full elsewhere', () => {
  it('is the nationality, and the name joins the person, in a headline in title case', () => {
    // Arrange
    const title = 'Norwegian Halvorsen wins Vienna final';
    const body = 'Erik Halvorsen beat Tomas Berdych 6-3 6-4 in the Vienna final on Sunday.';

    // Act
    const entities = tagArticle({ title, body }).entities;

    // Assert
    const names = entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(expect.arrayContaining(['Norwegian/nationality', 'Erik Halvorsen/person']));
    expect(names.filter((n) => n.startsWith('Norwegian Halvorsen'))).toEqual([]);
    const person = entities.find((e) => e.name === 'Erik Halvorsen')!;
    expect(person.mentions.map((m) => m.text)).toEqual(['Halvorsen', 'Erik Halvorsen']);
  });

  it('leaves the office between the people\u2019s word and the name to neither', () => {
    const found = typedInStory(
      'Former Danish PM Henrik Lund dies at 88',
      'Henrik Lund, who led two coalition governments, died on Friday.',
    );

    expect(found).toEqual(expect.arrayContaining(['Danish/nationality', 'Henrik Lund/person']));
    expect(found.filter((n) => n.includes('PM'))).toEqual([]);
  });

  it('keeps a firm a people\u2019s word opens when no person of that name is in the story', () => {
    const found = typedInStory('Energy', 'British Gas said on Monday it would raise prices.');

    expect(found).toContain('British Gas/organization');
  });
});
