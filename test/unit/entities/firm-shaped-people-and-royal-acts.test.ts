import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 46 (fixE46, on read46's review of 2c1b9e86): a founder's name that names a firm stays the person where
// the story takes him up as a person or the lists read two names of a person; what the Crown grants is no body.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a given name before a surname that alone names a listed firm', () => {
  it('stays one person in a profile whose "he" or "his" takes the name up elsewhere', () => {
    // Arrange
    const body =
      'Walt Disney founded the studio in 1923 with his brother Roy. Walt Disney\u2019s studios in Burbank were ' +
      'his pride; he spent most days there.';

    // Act
    const found = typedInStory('Profile: the man behind the mouse', body);

    // Assert
    expect(found).toContain('Walt Disney/person');
    expect(found).not.toContain('Walt Disney/organization');
  });

  it('stays a person after "its" where the lists also know the surname as a given name', () => {
    const found = typedInStory('Results', 'Michael Dell said its sales rose in the quarter.');

    expect(found).toContain('Michael Dell/person');
  });

  it('is still the firm where nothing in the story takes it up as a person', () => {
    const found = [
      ...typedInStory('Parks', 'Walt Disney said its parks would reopen on Monday with fewer visitors.'),
      ...typedInStory('Parks', 'Walt Disney\u2019s parks unit said attendance rose in the summer.'),
    ];

    expect(found).toEqual(['Walt Disney/organization', 'Walt Disney/organization']);
  });
});

describe('"Royal" before what the Crown grants, signs or holds', () => {
  it('names no organization', () => {
    // Arrange
    const stories = [
      ['Bill becomes law', 'The Assisted Dying Bill received Royal Assent on Thursday after peers voted.'],
      ['Crowds', 'Royal Wedding crowds were smaller than expected on Saturday.'],
      ['Turing', 'Alan Turing was granted a Royal Pardon in 2013.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found.filter((e) => e.startsWith('Royal '))).toEqual([]);
  });

  it('leaves the bodies "Royal" opens as organizations', () => {
    const found = [
      ...typedInStory('Fine', 'Royal Mail was fined 10 million pounds by the regulator on Tuesday.'),
      ...typedInStory('Cruises', 'Royal Caribbean raised its forecast on Thursday.'),
      ...typedInStory('Oil', 'Royal Dutch Shell said its profit fell in the quarter.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'Royal Mail/organization',
        'Royal Caribbean/organization',
        'Royal Dutch Shell/organization',
      ]),
    );
  });
});
