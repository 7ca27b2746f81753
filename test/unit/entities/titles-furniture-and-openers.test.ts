import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "name/type" of each entity the whole tagger finds in an article. */
function named(body: string, title = ''): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a title alone names no one (wild39a star 8)', () => {
  it('drops a title after an article or a possessive and a firm office in capitals', () => {
    // Arrange
    const body =
      "The Social Democrats accused Friedrich Merz of breaking the deal. The Chancellor's office declined to comment. " +
      'Judi Dench was made a Dame in 1988. The Mayor said the CEO and the CFO would resign.';

    // Act
    const names = named(body, 'CEO fired after scandal').map((n) => n.split('/')[0]);

    // Assert
    expect(names).toEqual(expect.arrayContaining(['Social Democrats', 'Friedrich Merz', 'Judi Dench']));
    for (const title of ['Chancellor', 'Dame', 'Mayor', 'CEO', 'CFO']) expect(names).not.toContain(title);
  });

  it('keeps a title the merge joined to its holder as the holder', () => {
    // Act
    const names = named(
      'Pope Leo XIV arrived in Ankara on Thursday. The Pope met officials.',
      'Pope visits Turkey',
    );

    // Assert
    expect(names).toContain('Leo XIV/person');
    expect(names).not.toContain('Pope/person');
  });
});

describe('a body, its title and one surname', () => {
  it('parts the body from the holder: "Microsoft CEO Nadella", "Tesla Chief Executive Musk"', () => {
    // Act
    const names = named(
      'Microsoft CEO Nadella said AI agents would change work. Tesla Chief Executive Musk said robots were coming.',
    );

    // Assert
    expect(names).toEqual(
      expect.arrayContaining([
        'Microsoft/organization',
        'Satya Nadella/person',
        'Tesla/organization',
        'Elon Musk/person',
      ]),
    );
    expect(names.filter((n) => n.includes(' CEO ') || n.includes(' Chief '))).toEqual([]);
  });
});

describe('page furniture and sentence openers (wild39b star 6)', () => {
  it("drops a press release's section headings and a Non- word", () => {
    // Arrange
    const body =
      'CHICAGO -- Globex Corp. today announced results.\nSecond Quarter Highlights\nGAAP net income of $4.2 million\n' +
      'Non-GAAP EPS of $0.31\nConference Call Information\nGlobex will host a call today.';

    // Act
    const names = named(body).map((n) => n.split('/')[0]);

    // Assert
    expect(names).toContain('Globex Corp.');
    for (const heading of ['Second Quarter Highlights', 'Conference Call Information', 'Non-GAAP'])
      expect(names).not.toContain(heading);
  });

  it("drops a live page's time marks and cries, and a scorecard's extras", () => {
    // Arrange
    const live =
      "HT: Arsenal 1-0 Chelsea\n38' Chance! Cole Palmer curls just wide.\nSave! Raya tips it over.";
    const scorecard =
      'England first innings\nJ. Root not out 88\nExtras (b-4 lb-6 nb-2) 12\nTotal (for 5 wickets) 265';

    // Act
    const names = [...named(live, 'Live: Arsenal v Chelsea'), ...named(scorecard, 'CRICKET - SCOREBOARD')];

    // Assert
    expect(names).toContain('Cole Palmer/person');
    for (const furniture of ['HT', 'Chance', 'Save', 'Extras'])
      expect(names.map((n) => n.split('/')[0])).not.toContain(furniture);
  });

  it('reads the name after "Born" and a gerund before a party, and no headline body word as a person', () => {
    // Act
    const born = named('Born Frank Owen Goldberg in Toronto in 1929, he moved to Los Angeles.');
    const gerund = named("Breaking Labour's manifesto promise would be a mistake, Rachel Reeves said.");
    const court = named(
      "A panel of Brazil's Supreme Court voted to convict former President Jair Bolsonaro.",
      'Court convicts former Brazilian president Bolsonaro of coup plot',
    );

    // Assert
    expect(born).toContain('Frank Owen Goldberg/person');
    expect(gerund.map((n) => n.split('/')[0])).not.toContain('Breaking Labour');
    expect(court).not.toContain('Court/person');
  });
});

describe('a name with a quoted nickname after initials, and a surname with its particle', () => {
  it('reads \'Sheriff J.E. "Eddie" Guerra\' as one person', () => {
    // Act
    const names = named(
      'Hidalgo County Sheriff J.E. "Eddie" Guerra said deputies seized drugs. Guerra said more would come.',
    );

    // Assert
    expect(names.filter((n) => n.endsWith('/person'))).toEqual(['J.E. Guerra/person']);
  });

  it('keeps the lower-case particle in a mention of the surname the whole name writes with it', () => {
    // Act
    const entity = tagArticle({
      title: 'Macron invokes de Gaulle in defence speech',
      body: 'President Emmanuel Macron invoked Charles de Gaulle on Tuesday. He cited de Gaulle again.',
    }).entities.find((e) => e.name === 'Charles de Gaulle');

    // Assert
    expect(entity?.mentions.map((m) => `${m.field}:${m.text}`)).toEqual([
      'title:de Gaulle',
      'body:Charles de Gaulle',
      'body:de Gaulle',
    ]);
  });
});

describe("a body's acronym before a planet's name", () => {
  it('is the body and the planet: "launches NASA Mars probes"', () => {
    // Act
    const names = named('The rocket carried two probes to orbit.', 'Rocket launches NASA Mars probes');

    // Assert
    expect(names).toEqual(expect.arrayContaining(['NASA/organization', 'Mars/other']));
    expect(names).not.toContain('NASA Mars/organization');
  });
});
