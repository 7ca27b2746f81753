import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 44 (ents44): wild44's entity misfires — firms and unions typed as persons beside their cues, car
// models in a list, places in lists, an acronym and its party, sport names, a band's "N'" — each mended by a
// general rule.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a firm or a union of a person’s shape beside what says it is a body', () => {
  it('is an organization when an apposition with a possessive calls it a union', () => {
    // Arrange
    const stories = [
      ['Union threatens strikes', 'IG Metall, the engineering union, called warning strikes at car plants.'],
      ['Airport strike', 'Verdi, Germany\u2019s second-biggest union, said ground staff would walk out.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toEqual(expect.arrayContaining(['IG Metall/organization', 'Verdi/organization']));
  });

  it('is an organization when it reports a firm’s results or “which” makes something', () => {
    const found = [
      ...typedInStory(
        'Scooter maker profit',
        'Hindustan Unilever reported a 12% rise in quarterly profit on Thursday.',
      ),
      ...typedInStory(
        'Howitzer order',
        'Hyundai Rotem, which makes the K2 tank, said it had won an order from Poland.',
      ),
    ];

    expect(found).toEqual(
      expect.arrayContaining(['Hindustan Unilever/organization', 'Hyundai Rotem/organization']),
    );
  });

  it('is an organization when “its members” take it up', () => {
    const found = typedInStory(
      'Nurses ballot',
      'Unison said on Monday its members in the health service would vote on the offer.',
    );

    expect(found).toContain('Unison/organization');
  });

  it('leaves people a regulator fines, or named after “by” before a maker’s “which”, persons (read44)', () => {
    const found = [
      ...typedInStory(
        'Banker fined',
        'Bob Diamond was fined by the regulator on Tuesday, the watchdog said.',
      ),
      ...typedInStory(
        'Refinery',
        'The refinery built by Aliko Dangote, which produces 650,000 barrels a day, began selling petrol.',
      ),
    ];

    expect(found).toEqual(expect.arrayContaining(['Bob Diamond/person', 'Aliko Dangote/person']));
  });

  it('leaves people fined by a court, or apposed to a country’s office or a union’s post, persons', () => {
    const found = [
      ...typedInStory(
        'Singer fined',
        'Danny Ward was fined 500 pounds by magistrates in Leeds for speeding.',
      ),
      ...typedInStory(
        'Leader',
        'Mark Carney, Canada\u2019s prime minister, said the union would not break up.',
      ),
      ...typedInStory(
        'Strike',
        'Sharon Graham, the union\u2019s general secretary, said members would strike.',
      ),
    ];

    expect(found).toEqual(
      expect.arrayContaining(['Danny Ward/person', 'Mark Carney/person', 'Sharon Graham/person']),
    );
  });
});

describe('a maker’s model named in a list of models or as what was sold', () => {
  it('is a thing, and the maker named alone stays the firm', () => {
    // Arrange
    const body =
      'The recall covers some Ford Explorer and Ford Mustang models built in 2021. Ford said it knew of no injuries.';

    // Act
    const found = typedInStory('Ford recall', body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(['Ford/organization', 'Ford Explorer/other', 'Ford Mustang/other']),
    );
  });

  it('is a thing before a noun of vehicles or after “sales of the”', () => {
    const found = [
      ...typedInStory('SUV recall', 'Kia is recalling some Kia Sportage and Kia Sorento SUVs.'),
      ...typedInStory('Truck sales', 'Sales of the Chevrolet Silverado rose 8% in the quarter, GM said.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining(['Kia Sportage/other', 'Kia Sorento/other', 'Chevrolet Silverado/other']),
    );
  });

  it('leaves people named Ford and a maker’s foundation as they were', () => {
    const found = [
      ...typedInStory(
        'Premiere',
        'Harrison Ford and Ford Kiernan attended the premiere in London on Tuesday.',
      ),
      ...typedInStory('Grant', 'The Ford Foundation gave $10 million to the programme, the foundation said.'),
    ];

    expect(found).toEqual(
      expect.arrayContaining(['Harrison Ford/person', 'Ford Kiernan/person', 'Ford Foundation/organization']),
    );
  });
});

describe('a body named by an abbreviation in capitals and more words', () => {
  it('takes the acronym the abbreviation’s letters open', () => {
    // Arrange
    const body =
      'Members of the UK Independence Party voted to elect a new leader on Friday. UKIP has lost three councillors.';

    // Act
    const found = tagArticle({ title: 'Party split', body }).entities.map(
      (e) => `${e.name}/${e.type}: ${e.mentions.map((m) => m.text).join(' | ')}`,
    );

    // Assert
    expect(found).toContain('UK Independence Party/organization: UK Independence Party | UKIP');
  });
});

describe('sport names of CoNLL-style pages', () => {
  it('makes a town’s club named by a plural a club, and a family name first with two given names a person', () => {
    // Arrange
    const stories = [
      ['Rugby league', 'Leeds Rhinos and Bradford Bulls drew 12-12 on Friday night.'],
      ['Badminton', "Malaysia's Ong Ewe Hock beat Denmark's Poul-Erik Hoyer Larsen 15-10 15-7 on Friday."],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toEqual(expect.arrayContaining(['Bradford Bulls/organization', 'Ong Ewe Hock/person']));
  });

  it('keeps a person named by a town and a plural surname the lists know', () => {
    const found = typedInStory('Race', 'Sydney Wells said she would run for mayor. Jackson Brooks agreed.');

    expect(found).toEqual(expect.arrayContaining(['Sydney Wells/person', 'Jackson Brooks/person']));
  });
});

describe('a band named with “N’” for “and”', () => {
  it('is one name, also where an ordinary word opens it at a sentence’s start', () => {
    // Arrange
    const stories = [
      ['Band tour', "Guns N' Roses will play three stadium shows in Britain next summer."],
      ['Concert', 'Fans queued for hours to see Guns N\u2019 Roses in Lisbon on Saturday night.'],
    ] as const;

    // Act
    const found = stories.flatMap(([title, body]) => typedInStory(title, body));

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(["Guns N' Roses/organization", 'Guns N\u2019 Roses/organization']),
    );
  });
});
