import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('"Roman", the ancient people, beside "Roman", the given name (wild45 13)', () => {
  it('reads "a Roman villa" and "Roman coins" as the people, as "Viking" is, not a person', () => {
    // Arrange
    const body =
      'Archaeologists found a Roman villa near Bath. Metal detectorists found a hoard of Roman coins and a Viking sword.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(expect.arrayContaining(['Roman/other', 'Viking/other', 'Bath/place']));
    expect(entities).not.toContain('Roman/person');
  });

  it('keeps Roman a person where it opens a full name, follows a title or acts alone after the full name', () => {
    // Arrange
    const full = 'Roman Abramovich bought a Roman villa.';
    const titled = 'Judge Roman ruled on Monday.';
    const alone = 'Striker Roman Yaremchuk scored. Roman scored again.';

    // Act
    const [a, b, c] = [typedNames(full), typedNames(titled), typedNames(alone)];

    // Assert
    expect(a).toEqual(expect.arrayContaining(['Roman Abramovich/person', 'Roman/other']));
    expect(b).toEqual(['Roman/person']);
    expect(c).toEqual(['Roman Yaremchuk/person']);
  });
});

describe("firms with a person's shape (wild45 17)", () => {
  it("reads a given name before a territory as a firm and keeps the territory's own mention", () => {
    // Arrange
    const body = 'Wynn Macau and Sands China shares rose after Macau casino revenue jumped.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(expect.arrayContaining(['Wynn Macau/organization', 'Macau/place']));
  });

  it('keeps people whose surname is a country a person', () => {
    const entities = typedNames('Tom Holland and Michael Jordan attended. Steve Israel spoke.');

    expect(entities).toEqual(
      expect.arrayContaining(['Tom Holland/person', 'Michael Jordan/person', 'Steve Israel/person']),
    );
  });

  it('reads "LIV Golf", initials that report results and a name given a former one as firms', () => {
    // Arrange
    const bodies = [
      'LIV Golf signed another player on Monday.',
      'A.P. Moller-Maersk said profits fell. Maersk shares dropped 5 percent.',
      'A.P. Moller-Maersk said on Friday all its vessels would be diverted.',
      'Aviva, formerly Norwich Union, said profits rose.',
    ];

    // Act
    const entities = bodies.map(typedNames);

    // Assert
    expect(entities[0]).toEqual(['LIV Golf/organization']);
    expect(entities[1]).toContain('A.P. Moller-Maersk/organization');
    expect(entities[2]).toEqual(['A.P. Moller-Maersk/organization']);
    expect(entities[3]).toEqual(expect.arrayContaining(['Aviva/organization', 'Norwich Union/organization']));
  });

  it('keeps initials before a surname and a given name in capitals before one a person', () => {
    const entities = typedNames('J.K. Rowling said she would write. Actress LIV Tyler attended.');

    expect(entities).toEqual(expect.arrayContaining(['J.K. Rowling/person', 'LIV Tyler/person']));
  });

  it('reads a team named by two hyphened ordinary words as no person', () => {
    const entities = typedNames("Belgium's Remco Evenepoel of Soudal Quick-Step was third.");

    expect(entities).toContain('Remco Evenepoel/person');
    expect(entities).not.toContain('Soudal Quick-Step/person');
  });
});

describe('towns that host an event on a sports page (wild45 18)', () => {
  it('reads "Abu Dhabi hosts the final race" and "Doha will stage the final" as the places', () => {
    // Arrange
    const body =
      'Qatar and the United Arab Emirates are competing for the same events. Abu Dhabi hosts the final Formula One ' +
      'race of the season, and Doha will stage the FIFA Intercontinental Cup final in December. The football World ' +
      'Cup, the tennis tournament and the golf championship drew players and teams.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(expect.arrayContaining(['Abu Dhabi/place', 'Doha/place']));
  });

  it('keeps a club that hosts a rival or a leg the club', () => {
    const entities = typedNames(
      'Arsenal beat Everton 2-0 in the league. Leeds host Burnley on Saturday in the league.',
    );

    expect(entities).toEqual(expect.arrayContaining(['Leeds/organization', 'Burnley/organization']));
  });
});

describe("golf's Masters and racing's horses (wild45 21, 15)", () => {
  it('reads "his second Masters title" and "the US Masters" as the tournament, no person', () => {
    // Arrange
    const bodies = [
      'Scottie Scheffler won his second Masters title at Augusta National on Sunday.',
      'Rory McIlroy finished second at the US Masters in Augusta, Georgia.',
    ];

    // Act
    const entities = bodies.map(typedNames);

    // Assert
    expect(entities[0]).toContain('Masters/event');
    expect(entities[1]).toContain('Masters/event');
  });

  it('keeps a person named Masters a person', () => {
    expect(typedNames('Mike Masters scored twice.')).toEqual(['Mike Masters/person']);
  });

  it('reads a runner that is ridden by a jockey as a horse, no firm or person', () => {
    // Arrange
    const body =
      'Galopin Des Champs won the Cheltenham Gold Cup on Friday, ridden by Paul Townend. Gerri Colombe, ridden by ' +
      'Jordan Gainford, was second.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(
      expect.arrayContaining([
        'Galopin Des Champs/other',
        'Gerri Colombe/other',
        'Paul Townend/person',
        'Jordan Gainford/person',
      ]),
    );
  });
});

describe('an airline before its aircraft maker and model (wild45 16)', () => {
  it('splits "the Yeti Airlines ATR 72" into the airline and the maker, and keeps "Deutsche Bank AG" whole', () => {
    // Arrange
    const bodies = ['The Yeti Airlines ATR 72 crashed near Pokhara.', 'Deutsche Bank AG said profits rose.'];

    // Act
    const entities = bodies.map(typedNames);

    // Assert
    expect(entities[0]).toEqual(expect.arrayContaining(['Yeti Airlines/organization', 'ATR/organization']));
    expect(entities[1]).toEqual(['Deutsche Bank AG/organization']);
  });
});
