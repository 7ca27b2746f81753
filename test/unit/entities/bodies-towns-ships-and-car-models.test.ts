import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 45 (ents45): session 44's leftover entity misfires — bodies opening a sentence, car models and their
// makers, clubs and ships of a person's shape, towns WordNet knows as persons — each mended by a general rule.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a town WordNet knows only as a person', () => {
  it('is a place after "in"', () => {
    // Arrange
    const stories = [
      ['Concert review', 'The band played in Bradford on Saturday night before a crowd of 3,000.'],
      ['Minister on tour', 'The trip included stops in Bradford, Preston and Lancaster last week.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toContain('Bradford/place');
    expect(found).not.toContain('Bradford/person');
  });

  it('stays the person a full name in the story gives it', () => {
    const found = typedInStory(
      'Fed holds rates',
      'Fed chair Jerome Powell spoke on Tuesday. Investors kept their confidence in Powell after the speech.',
    );

    expect(found).toContain('Jerome Powell/person');
    expect(found.filter((f) => f.startsWith('Powell/'))).toEqual([]);
  });
});

describe('a body named by an ordinary or unlisted word opening a sentence', () => {
  it('is an organization when its "it" resolves to ballot or back, or an apposition calls it a union', () => {
    // Arrange
    const stories = [
      ['Bus drivers to vote', 'Unite said it would ballot its members at three depots over pay.'],
      ['Health union', 'Unison said it would back the offer after talks with ministers on Tuesday.'],
      ['Bus strike', 'Unite, Britain\u2019s second-largest union, said drivers would strike next week.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found.filter((f) => f.startsWith('Unite/') || f.startsWith('Unison/'))).toEqual([
      'Unite/organization',
      'Unison/organization',
      'Unite/organization',
    ]);
  });

  it('is an organization when an ordinary word and a country\u2019s initials speak ("Water UK said")', () => {
    const found = typedInStory('Water bills', 'Water UK said bills would rise by 123 pounds a year.');

    expect(found).toContain('Water UK/organization');
  });

  it('is an organization when a word no list knows fines someone', () => {
    const found = typedInStory(
      'Sewage fine',
      'Ofwat fined Thames Water 104 million pounds over sewage spills.',
    );

    expect(found).toEqual(expect.arrayContaining(['Ofwat/organization', 'Thames Water/organization']));
  });

  it('is an organization when a firm\u2019s owner follows its possessive', () => {
    const found = typedInStory(
      'Postal firm fined',
      'Royal Mail was fined by the regulator on Tuesday. Royal Mail\u2019s owner IDS said it would pay.',
    );

    expect(found).toContain('Royal Mail/organization');
    expect(found).not.toContain('Royal Mail/person');
  });

  it('leaves plurals, pronouns, hyphened pairs and a man beside his bank alone', () => {
    const found = [
      ...typedInStory('Savers', 'Critics said it would hurt savers. Nobody said it would back the plan.'),
      ...typedInStory(
        'Banker fined',
        'Bob Diamond was fined by the regulator. The bank said it would appeal.',
      ),
      ...typedInStory('Dallas-Mexico says it plans to skip its bond payments', ''),
    ];

    expect(found).toEqual(['Bob Diamond/person']);
  });
});

describe('a club or a ship of a person\u2019s shape', () => {
  it('is a club after "the": a town and a plural, though no score is given', () => {
    const found = typedInStory(
      'NBA',
      'The Dallas Mavericks won their fifth straight game on Friday. Luka Doncic scored 40 points.',
    );

    expect(found).toContain('Dallas Mavericks/organization');
  });

  it('is a ship, its number kept, when a royal\u2019s name is followed by a number', () => {
    const found = [
      ...typedInStory(
        'Liner docks',
        'The Queen Mary 2, the world\u2019s largest ocean liner, docked in Hamburg on Friday.',
      ),
      ...typedInStory('Liner returns', 'Queen Mary 2 arrived in Southampton on Monday from New York.'),
    ];

    expect(found.filter((f) => f.includes('Mary'))).toEqual(['Queen Mary 2/other', 'Queen Mary 2/other']);
  });
});

describe('a car model after "the"', () => {
  it('is a thing, and the maker named alone stays the firm', () => {
    const found = typedInStory(
      'Pickups recalled',
      'The Toyota Tacoma is recalled over a faulty axle in the United States. Toyota said owners would be told.',
    );

    expect(found).toEqual(expect.arrayContaining(['Toyota Tacoma/other', 'Toyota/organization']));
  });

  it('is a thing when a given name and a word no surname list knows name it', () => {
    const found = typedInStory(
      'Recall',
      'Ford is recalling the Lincoln Aviator and the Ford Explorer over seat belts. Ford said no one was hurt.',
    );

    expect(found).toEqual(
      expect.arrayContaining(['Lincoln Aviator/other', 'Ford Explorer/other', 'Ford/organization']),
    );
  });

  it('leaves a maker\u2019s foundation, arena and actor, and "the Harvey Weinstein case", as they were', () => {
    const found = typedInStory(
      'Gala',
      'He spoke at the Ford Foundation before the game at the Honda Center. Harrison Ford starred. The Harvey Weinstein case ended.',
    );

    expect(found).toEqual(
      expect.arrayContaining([
        'Ford Foundation/organization',
        'Honda Center/place',
        'Harrison Ford/person',
        'Harvey Weinstein/person',
      ]),
    );
  });

  it('leaves a maker\u2019s unit named by its trade a firm\u2019s name, no model', () => {
    const found = typedInStory(
      'Bonds',
      'Investors bought the Ford Credit notes. The Sumitomo Metal venture lost money.',
    );

    expect(found.filter((f) => f.endsWith('/other'))).toEqual([]);
  });
});
