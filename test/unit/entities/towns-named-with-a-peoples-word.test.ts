import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 44 (mendE44, wild44 star 10): "Indian Wells", the Californian town of a tennis Masters, was read as the
// nationality "Indian" and a person "Wells" (a given name), as "Australian Tom Moody" is a nationality and a person.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a town named by a people’s word and a given name', () => {
  it('is the event before the word for a title, and the event named with its head', () => {
    // Arrange
    const title = 'Swiatek wins in the desert';
    const body =
      'Iga Swiatek beat Maria Sakkari to win the Indian Wells title on Sunday. Carlos Alcaraz will defend ' +
      'his crown at the Indian Wells Masters next year.';

    // Act
    const found = typedInStory(title, body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(['Indian Wells/event', 'Indian Wells Masters/event', 'Iga Swiatek/person']),
    );
    expect(found).not.toContain('Indian/nationality');
  });

  it('is a place after a place’s preposition', () => {
    const found = typedInStory(
      'Sinner back',
      'Jannik Sinner won in Indian Wells in 2023 and returns this week.',
    );

    expect(found).toContain('Indian Wells/place');
    expect(found).not.toContain('Wells/person');
  });

  it('leaves a people’s word before a player’s name a nationality and a person', () => {
    const found = typedInStory(
      'Moody in charge',
      'Australian Tom Moody will coach the side. Portuguese Ronaldo scored twice in the final.',
    );

    expect(found).toEqual(expect.arrayContaining(['Tom Moody/person', 'Australian/nationality']));
  });

  it('is no place where it modifies the noun after it', () => {
    const found = typedInStory(
      'Heat',
      'Temperatures soared in Indian Summer weather across the south of England on Sunday.',
    );

    expect(found).not.toContain('Indian Summer/place');
  });
});
