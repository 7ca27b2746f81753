import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 46 (ents46): names a people's word, a body's "and", a sentence's opening noun or a firm's pronoun left
// split, glued or of the wrong kind — each mended by a general rule.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a people\u2019s word before a person\u2019s full name', () => {
  it('is a nationality of its own though the lists lack the given name', () => {
    // Arrange
    const stories = [
      ['Tennis', 'Jannik Sinner beat Russian Daniil Medvedev 6-4 6-2 in the final on Sunday.'],
      ['Chess', 'Magnus Carlsen said Indian Gukesh Dommaraju had played well.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'Russian/nationality',
        'Daniil Medvedev/person',
        'Indian/nationality',
        'Gukesh Dommaraju/person',
      ]),
    );
  });

  it('stays one name before a people\u2019s plural or a body\u2019s head', () => {
    const found = [
      ...typedInStory('Protest', 'Thousands of Iraqi Kurds protested in Erbil on Monday.'),
      ...typedInStory('Church', 'The Russian Orthodox Church said on Monday it would not attend.'),
    ];

    expect(found).toEqual(expect.arrayContaining(['Russian Orthodox Church/organization']));
    expect(found).not.toContain('Kurds/person');
  });
});

describe('a plural noun opening a sentence before a name', () => {
  it('is no word of the name when it names a firm\u2019s parts', () => {
    // Arrange
    const body = 'Subsidiaries Eurowings and Germanwings will cut flights this winter, Lufthansa said.';

    // Act
    const found = typedInStory('Airline cuts', body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'Eurowings/organization',
        'Germanwings/organization',
        'Lufthansa/organization',
      ]),
    );
  });

  it('is no word of the name when the lexicon lacks the plural', () => {
    const found = [
      ...typedInStory('Senate', 'Lawmakers Ted Cruz and Josh Hawley objected to the bill on Tuesday.'),
      ...typedInStory('Clashes', 'Casualties Ahmed Ali and Omar Hassan were taken to hospital in Mogadishu.'),
    ];

    expect(found).toEqual(expect.arrayContaining(['Ted Cruz/person', 'Ahmed Ali/person']));
    expect(found.some((f) => f.startsWith('Lawmakers') || f.startsWith('Casualties'))).toBe(false);
  });
});

describe('a body whose name holds \u201cand\u201d before its head word', () => {
  it('is one organization when two namesakes open it', () => {
    // Arrange
    const body = 'The Victoria and Albert Museum will reopen its galleries on Monday, a spokeswoman said.';

    // Act
    const found = typedInStory('Museum reopens', body);

    // Assert
    expect(found).toContain('Victoria and Albert Museum/organization');
  });

  it('is one organization when a gerund or a lower-case plural noun sits among its words', () => {
    const found = [
      ...typedInStory('Gambling', 'The Betting and Gaming Council said it welcomed the review.'),
      ...typedInStory(
        'Drug approval',
        'The Medicines and Healthcare products Regulatory Agency approved the drug on Tuesday.',
      ),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'Betting and Gaming Council/organization',
        'Medicines and Healthcare products Regulatory Agency/organization',
      ]),
    );
  });

  it('stays two names when a country or a newsmaker opens it', () => {
    const found = typedInStory('Talks', 'Officials from Jordan and Harvard University met on Monday.');

    expect(found).toEqual(expect.arrayContaining(['Jordan/place']));
  });
});

describe('a firm with a person\u2019s shape', () => {
  it('is an organization where \u201cits\u201d takes up its verb of speech', () => {
    // Arrange
    const stories = [
      ['Casino profit', 'Wynn Macau said on Tuesday its profit rose 20 percent in the quarter.'],
      ['Parks', 'Walt Disney said its parks would reopen on Monday with fewer visitors.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toEqual(expect.arrayContaining(['Wynn Macau/organization', 'Walt Disney/organization']));
  });

  it('is an organization where its possessive owns a firm\u2019s part', () => {
    const found = typedInStory(
      'Attendance',
      'Walt Disney\u2019s parks unit said attendance rose in the summer.',
    );

    expect(found).toContain('Walt Disney/organization');
  });

  it('stays a person where \u201che\u201d takes the name up', () => {
    const found = typedInStory(
      'History',
      'Walt Disney founded the studio in 1923 and he later built a park in California.',
    );

    expect(found).toContain('Walt Disney/person');
  });

  it('is an organization when a crown body\u2019s adjective opens it', () => {
    const found = [
      ...typedInStory('Fine', 'Royal Mail was fined 10 million pounds by the regulator on Tuesday.'),
      ...typedInStory('Cruises', 'Royal Caribbean raised its forecast on Thursday.'),
      ...typedInStory('Basketball', 'Sterling Brown scored 12 points for the Bucks.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining([
        'Royal Mail/organization',
        'Royal Caribbean/organization',
        'Sterling Brown/person',
      ]),
    );
  });
});
