import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('firms the news names like people', () => {
  it('reads bookmakers named by a full name or a surname as firms', () => {
    // Arrange
    const body =
      'William Hill and Ladbrokes have cut the odds on a snap election to 5-1. Paddy Power said it had taken ' +
      'more bets on Tuesday than in any week this year.';

    // Act
    const hill = entityWith(body, 'William Hill');
    const ladbrokes = entityWith(body, 'Ladbrokes');

    // Assert
    expect(hill?.startsWith('organization:william-hill:')).toBe(true);
    expect(ladbrokes?.startsWith('organization:ladbrokes:')).toBe(true);
  });

  it('reads Disney and Pixar as the studios, in every mention', () => {
    const body = 'Disney and Pixar agreed a new deal on Monday. Disney said the terms were fair.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:disney: Disney | Disney');
    expect(found).toContain('organization:pixar: Pixar');
  });
});

describe("a person's trade before a full name", () => {
  it('leaves a broadcaster or a publisher with a given name a person, opening the sentence or not', () => {
    const opening = 'Broadcaster David Attenborough has turned 98. He thanked his viewers.';
    const inside = 'The series was narrated by broadcaster David Attenborough on Sunday.';

    expect(entityWith(opening, 'David Attenborough')?.startsWith('person:')).toBe(true);
    expect(entityWith(inside, 'David Attenborough')?.startsWith('person:')).toBe(true);
  });

  it('keeps a firm after the trade where "it" takes the name up or no given name opens it', () => {
    const taken = 'Developer Taylor Wimpey said it would cut jobs.';
    const firm = 'Broadcaster ITV said advertising revenue fell.';

    expect(entityWith(taken, 'Taylor Wimpey')?.startsWith('organization:')).toBe(true);
    expect(entityWith(firm, 'ITV')?.startsWith('organization:')).toBe(true);
  });
});

describe('a given name that is an ordinary word before "Hill"', () => {
  it("is a person where a player's deed, a speaker's verb or an apposed position follows", () => {
    const scored = 'Mark Hill scored twice for the visitors on Saturday.';
    const apposed = 'Grant Hill, the former Detroit forward, watched from the stands.';

    expect(entityWith(scored, 'Mark Hill')?.startsWith('person:')).toBe(true);
    expect(entityWith(apposed, 'Grant Hill')?.startsWith('person:')).toBe(true);
  });

  it('stays a place with no such cue', () => {
    const body =
      'Walkers climbed Mark Hill on Sunday. The view from Grant Hill, a local landmark, was clear.';

    expect(entityWith(body, 'Mark Hill')?.startsWith('place:')).toBe(true);
    expect(entityWith(body, 'Grant Hill')?.startsWith('place:')).toBe(true);
  });
});

describe('a name appointed to a role', () => {
  it('is a person after "named" with a person\'s title after "as"', () => {
    const body = 'Organisers named Jenson Button as an ambassador for the race.';

    expect(entityWith(body, 'Jenson Button')?.startsWith('person:')).toBe(true);
  });

  it('stays a firm named to a role firms hold', () => {
    const body = 'The board appointed Hindustan Copper as adviser.';

    expect(entityWith(body, 'Hindustan Copper')?.startsWith('organization:')).toBe(true);
  });
});

describe('a body named by a word the lists know as a person or a place', () => {
  it('reads "the Copernicus climate service" and its later "Copernicus said" as the service', () => {
    const body =
      "July was the hottest on record, the EU's Copernicus climate service said. Copernicus said the average " +
      'was 1.5C above pre-industrial levels.';

    expect(entityWith(body, 'Copernicus')).toBe('organization:copernicus: Copernicus | Copernicus');
  });

  it("leaves an owner's programme and a continent's debt service alone", () => {
    const program = "Gorbachev's reform program appears too ambitious, diplomats said.";
    const debt = "Africa's debt service was estimated at 24.5 billion dollars.";

    expect(entityWith(program, 'Gorbachev')?.startsWith('person:')).toBe(true);
    expect(entityWith(debt, 'Africa')?.startsWith('place:')).toBe(true);
  });

  it('reads the Red Cross and its national societies as bodies', () => {
    const body =
      'The North Korean Red Cross president said talks would resume. He petitioned the International Red Cross ' +
      'in 1993. The Red Crescent sent aid.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:north-korean-red-cross: North Korean Red Cross');
    expect(found).toContain('organization:international-red-cross: International Red Cross');
    expect(found).toContain('organization:red-crescent: Red Crescent');
  });

  it('keeps a listed body opened by an ordinary word at the start of a sentence', () => {
    const body = 'Statistics Canada said on Friday the trade surplus widened.';

    expect(entityWith(body, 'Statistics Canada')?.startsWith('organization:statistics-canada:')).toBe(true);
  });
});

describe("a wire's desk signing off", () => {
  it("is a body after a dash or the reporter's comma, named by a place or a beat", () => {
    const body =
      'Heating oil fell 2 cents on Friday.\n-- Jane Roe , New York Energy Desk , +1 212 555 0100\n' +
      'Crude also fell.\n-- Los Angeles Newsdesk 213 555 0199';

    const found = mentionsOf(body);

    expect(found).toContain('organization:new-york-energy-desk: New York Energy Desk');
    expect(found).toContain('organization:los-angeles-newsdesk: Los Angeles Newsdesk');
  });
});

describe('the town of a dateline', () => {
  it('is the place where results lines make the same name a club', () => {
    const body =
      'BASEBALL - MAJOR LEAGUE RESULTS FRIDAY .\nCHICAGO 1996-09-06\nResults of Major League Baseball games ' +
      'played on Friday ( home team in CAPS ) :\nCHICAGO 4 Boston 1\nDETROIT 2 Toronto 0';

    const found = mentionsOf(body);

    expect(found.some((line) => line.startsWith('place:') && line.includes('CHICAGO'))).toBe(true);
  });
});

describe('a royal style joined to its holder', () => {
  it("takes the holder's id, as the holder named alone has it", () => {
    const styled = "Prince William visited a children's hospital on Tuesday. The Prince of Wales met nurses.";
    const alone = "Prince William visited a children's hospital on Tuesday.";

    expect(entityWith(styled, 'Prince of Wales')).toBe('person:william: William | Prince of Wales');
    expect(entityWith(alone, 'William')?.startsWith('person:william:')).toBe(true);
  });
});

describe('a newsmaker named by surname alone', () => {
  it('joins "a spokesman for Scholz" to the former chancellor', () => {
    const body = 'Talks resumed in Berlin on Monday. A spokesman for Scholz said the talks were useful.';

    expect(entityWith(body, 'Scholz')?.startsWith('person:olaf-scholz:')).toBe(true);
  });
});

describe('review26 entity types', () => {
  it('reads a substitute or a winger named by one word as a player', () => {
    const body = 'Real Madrid won 3-1 as substitute Joselu scored twice. Winger Vinicius set up the third.';

    expect(entityWith(body, 'Joselu')?.startsWith('person:')).toBe(true);
  });

  it('reads a name before "strait" or "canal" as a place', () => {
    const body = 'Ships in the Bab el-Mandeb strait were attacked on Monday.';

    expect(entityWith(body, 'Bab el-Mandeb')?.startsWith('place:')).toBe(true);
  });

  it('reads members in the plural after "the", before "who", as their group, and joins the word alone to it', () => {
    const body =
      'The Houthis, who say they act in solidarity with Gaza, fired two missiles. A Houthi spokesman said more ' +
      'would follow.';

    expect(entityWith(body, 'Houthis')).toBe('organization:houthis: Houthis | Houthi');
  });

  it('leaves a family named in the plural alone', () => {
    const body = 'He met the Clintons, who were in town for a wedding.';

    expect(entityWith(body, 'Clintons')?.startsWith('organization:')).toBe(false);
  });
});

describe("a firm's name without its head word and legal form", () => {
  it('joins the full name with both', () => {
    const body =
      'Goldman Sachs Group Inc reported higher profit on Tuesday. Goldman Sachs shares rose 3 percent.';

    expect(entityWith(body, 'Goldman Sachs')).toBe(
      'organization:goldman-sachs: Goldman Sachs Group Inc | Goldman Sachs',
    );
  });
});
