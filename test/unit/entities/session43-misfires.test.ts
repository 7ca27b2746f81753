import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 43 (ents43): the entity misfires session 42 left (report-ents42 "left undone"), each mended by a
// general rule.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

/** "name/type: mention | mention" of each entity of a story, for names that merge. */
function mentionsInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map(
    (e) => `${e.name}/${e.type}: ${e.mentions.map((m) => m.text).join(' | ')}`,
  );
}

describe('a player whose name reads as a town and a team’s nickname', () => {
  it('is a person on a tennis page, with the surname alone joined to her', () => {
    // Arrange
    const body =
      'Madison Keys beat Victoria Azarenka 6-3 6-4 in the fourth round of the Australian Open on Sunday. Keys ' +
      'will face Iga Swiatek in the quarter-finals. The tennis world watched as Keys served 12 aces.';

    // Act
    const found = mentionsInStory('Fourth-round win in Melbourne', body);

    // Assert
    expect(found).toContain('Madison Keys/person: Madison Keys | Keys | Keys');
  });

  it('is a person after a nationality word, beside a person in a result, or taken up as “she”', () => {
    const found = [
      ...typedInStory('Keys wins', 'American Madison Keys won the title on Saturday.'),
      ...typedInStory('Keys loses', 'Iga Swiatek beat Madison Keys 6-3 6-4 in the final on Saturday.'),
      ...typedInStory('Keys wins', 'Madison Keys won the title on Saturday. Keys said she was delighted.'),
    ];

    expect(found.filter((name) => name.startsWith('Madison Keys'))).toEqual([
      'Madison Keys/person',
      'Madison Keys/person',
      'Madison Keys/person',
    ]);
  });

  it('leaves a town’s club that beats a club a club, on a tennis page too', () => {
    const found = typedInStory(
      'Stars win',
      'The Dallas Stars beat the Chicago Blackhawks 3-2 on Sunday. Coco Gauff won her tennis match.',
    );

    expect(found).toEqual(
      expect.arrayContaining(['Dallas Stars/organization', 'Chicago Blackhawks/organization']),
    );
  });
});

describe('a place-named person’s surname with a calling apposed', () => {
  it('makes the full name a person, and the surname joins it', () => {
    // Arrange
    const body =
      'India Hicks opened a shop in London on Monday. Hicks, a designer, said the shop would sell homeware.';

    // Act
    const found = mentionsInStory('Designer opens shop', body);

    // Assert
    expect(found).toContain('India Hicks/person: India Hicks | Hicks');
  });
});

describe('a given name no list knows before "Hall"', () => {
  it('is a person’s when he is named to a person’s office', () => {
    // Arrange
    const body =
      'Deion Hall was named head coach of the football team at Jackson State on Tuesday. Hall replaces the ' +
      'coach who left last month.';

    // Act
    const found = mentionsInStory('New coach named', body);

    // Assert
    expect(found).toContain('Deion Hall/person: Deion Hall | Hall');
  });

  it('is a person’s after a listed given name too, when he is appointed to an office', () => {
    // Arrange ("Mark Hill" was a place, and "Jordan Hill" the country and a person "Hill")
    const body =
      'Mark Hill was appointed chief executive on Monday. Jordan Hill was named finance director. Hill joined ' +
      'the firm in 2010.';

    // Act
    const found = typedInStory('Board changes', body);

    // Assert
    expect(found).toEqual(expect.arrayContaining(['Mark Hill/person', 'Jordan Hill/person']));
    expect(found).not.toContain('Jordan/place');
  });

  it('is a person’s with a calling apposed', () => {
    const found = typedInStory('Comic', 'Arsenio Hall, the comedian, will host the show.');

    expect(found).toContain('Arsenio Hall/person');
  });

  it('leaves a hall that speaks a venue, since a venue says things too', () => {
    const found = typedInStory(
      'Concert hall funding',
      'Wigmore Hall said on Monday it would cut ticket prices for young people. The London venue has lost funding.',
    );

    expect(found).toContain('Wigmore Hall/place');
    expect(found).not.toContain('Wigmore Hall/person');
  });
});

describe('Ireland’s deputy prime minister’s title written without its accent', () => {
  it('is a title, no organisation, and leaves the holder his own name', () => {
    // Arrange
    const body =
      'The Tanaiste said on Tuesday that the coalition would hold. The Taoiseach will meet party leaders on ' +
      'Wednesday. Tanaiste Simon Harris said the budget was on track.';

    // Act
    const found = typedInStory('Irish coalition talks', body);

    // Assert
    expect(found).toContain('Simon Harris/person');
    expect(found.filter((name) => /Tanaiste|Taoiseach/.test(name))).toEqual([]);
  });
});

describe('a town named by a saint before a team’s nickname', () => {
  it('is the club, on any page', () => {
    // Arrange
    const body =
      'The St. Louis Cardinals beat the Chicago Cubs 5-3 on Sunday. He moved to the St. Louis Blues in June.';

    // Act
    const found = typedInStory('Cardinals win', body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(['St. Louis Cardinals/organization', 'St. Louis Blues/organization']),
    );
  });

  it('leaves places other leads open places', () => {
    const found = typedInStory('Trip', 'The Fort Worth Stockyards drew tourists from St. Petersburg.');

    expect(found).toContain('Fort Worth Stockyards/place');
  });
});

describe('a ground named after a person, after "at the" on a sports page', () => {
  it('is one place for all its mentions', () => {
    // Arrange
    const body =
      'Real Madrid beat Barcelona 3-1 at the Santiago Bernabeu on Sunday. Vinicius Junior scored twice in the ' +
      'first half and Jude Bellingham added a third in stoppage time. The Santiago Bernabeu was full.';

    // Act
    const found = mentionsInStory('Real Madrid win', body);

    // Assert
    expect(found).toContain('Santiago Bernabeu/place: Santiago Bernabeu | Santiago Bernabeu');
  });
});
