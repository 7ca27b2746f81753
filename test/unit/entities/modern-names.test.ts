import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

describe('Dutch particles "ten" and "ter" inside a name', () => {
  it('join a given name to the surname, and the surname with its particle capitalised is the same person', () => {
    // Arrange
    const body =
      'Feyenoord sacked coach Maarten ten Brink on Monday. The club said Ten Brink had been told of the decision.';

    // Act
    const lines = mentionsOf(body);

    // Assert
    expect(lines).toContain('person:maarten-ten-brink: Maarten ten Brink | Ten Brink');
    expect(lines.some((l) => l.startsWith('organization:brink'))).toBe(false);
  });

  it('join "ter" after a hyphened given name', () => {
    expect(mentionsOf('Goalkeeper Marc-Andre ter Veld saved two penalties.')).toContain(
      'person:marc-andre-ter-veld: Marc-Andre ter Veld',
    );
  });

  it('leave "ten" between two names that are no given name and surname alone', () => {
    const lines = mentionsOf('Leeds are ten points clear of Burnley after Saturday.');

    expect(lines.some((l) => l.includes('ten'))).toBe(false);
  });
});

describe("a people's word the country package also lists as the country", () => {
  it('is the nationality: "Thai", "Saudi", "Togolese"', () => {
    // Act
    const lines = mentionsOf(
      'A Thai court fined the firm. Saudi officials and Togolese troops were not involved.',
    );

    // Assert
    expect(lines).toContain('nationality:th: Thai');
    expect(lines).toContain('nationality:sa: Saudi');
    expect(lines).toContain('nationality:tg: Togolese');
    expect(lines.some((l) => l.startsWith('place:iso:'))).toBe(false);
  });
});

describe('a Chinese family name that is also an English word, opening a sentence', () => {
  it('keeps the family name before a given name no list knows', () => {
    const lines = mentionsOf("Shares rose. Ma Yuntao, the group's founder, said demand was strong.");

    expect(lines).toContain('person:ma-yuntao: Ma Yuntao');
  });

  it('keeps "Song" too', () => {
    expect(mentionsOf('Prices fell. Song Weilin, the ministry spokesman, declined to comment.')).toContain(
      'person:song-weilin: Song Weilin',
    );
  });
});

describe('a surname spelled like an abbreviated title before a full stop', () => {
  it('is the end of the name when a new paragraph follows ("Hun Sen.")', () => {
    // Arrange
    const body = "Cambodia's envoy met former leader Hun Sen.\n\nHun Sen's son later joined the talks.";

    // Act
    const lines = mentionsOf(body);

    // Assert
    expect(lines).toContain('person:hun-sen: Hun Sen | Hun Sen');
    expect(lines.some((l) => l.startsWith('other:hun'))).toBe(false);
  });

  it('is the end of the name when a function word opens the next sentence', () => {
    expect(mentionsOf('The talks were held with Hun Sen. The border stays closed.')).toContain(
      'person:hun-sen: Hun Sen',
    );
  });

  it('still reads a title before its holder ("Texas Gov. Greg Abbott")', () => {
    const lines = mentionsOf('Texas Gov. Greg Abbott signed the bill.');

    expect(lines).toContain('person:greg-abbott: Greg Abbott');
    expect(lines.some((l) => l.includes('Texas Gov'))).toBe(false);
  });
});

describe("a town's name the given-name lists miss, before a surname", () => {
  it('is a person\'s given name when "she" takes the name up ("Paris Hilton said she")', () => {
    expect(mentionsOf('Paris Hilton said she would launch a new perfume in May.')).toContain(
      'person:paris-hilton: Paris Hilton',
    );
  });

  it('stays a team or a body before ", who" (read29 F-c)', () => {
    const lines = mentionsOf(
      'The Miami Dolphins, who had lost four straight, won. Houston Methodist, who run eight hospitals, said so.',
    );

    expect(lines.some((l) => l.startsWith('person:'))).toBe(false);
  });

  it('stays a place or a body with no person\'s pronoun ("Paris Bourse", "Paris Saint-Germain said it")', () => {
    const lines = mentionsOf(
      'Paris Saint-Germain said it would appeal. The Paris Bourse closed higher on Friday.',
    );

    expect(lines.some((l) => l.startsWith('person:'))).toBe(false);
  });
});

describe("a body's noun right before a name no list knows", () => {
  it('makes a party of "the ruling party Morena" and "the coalition Fuerza Patria"', () => {
    // Act
    const lines = mentionsOf(
      'In Mexico the ruling party Morena won. In Argentina the Peronist coalition Fuerza Patria lost.',
    );

    // Assert
    expect(lines).toContain('organization:morena: Morena');
    expect(lines).toContain('organization:fuerza-patria: Fuerza Patria');
  });

  it('makes a body of "the militant group Hayat Tahrir al-Sham"', () => {
    expect(mentionsOf('The militant group Hayat Tahrir al-Sham took the city.')).toContain(
      'organization:hayat-tahrir-al-sham: Hayat Tahrir al-Sham',
    );
  });

  it('leaves a person who opens a relative clause ("the party Nigel Farage founded")', () => {
    expect(mentionsOf('He joined the party Nigel Farage founded in 2019.')).toContain(
      'person:nigel-farage: Nigel Farage',
    );
  });
});

describe("a firm after a trade that is also a person's (review29 E4)", () => {
  it('is the firm when "it" or "its" takes the name up', () => {
    // Act
    const lines = mentionsOf(
      'Property consultant Cotavia said its home value index rose 0.8%. Broker Panmore Liberton said it expected a dividend cut.',
    );

    // Assert
    expect(lines).toContain('organization:cotavia: Cotavia');
    expect(lines).toContain('organization:panmore-liberton: Panmore Liberton');
  });

  it('is a person with no firm\'s pronoun ("said broker Shakil Rizvi")', () => {
    const lines = mentionsOf(
      '"The market is strong," said broker Tariq Mahmood. Broker Imran Qadir said he agreed.',
    );

    expect(lines).toContain('person:tariq-mahmood: Tariq Mahmood');
    expect(lines).toContain('person:imran-qadir: Imran Qadir');
  });
});

describe('a party named with its acronym in brackets (review29 E2, E3)', () => {
  it('joins "Law and Justice" before "(PiS) party" into one body, the acronym a body too', () => {
    // Act
    const lines = mentionsOf('The bill was backed by the nationalist Law and Justice (PiS) party.');

    // Assert
    expect(lines).toContain('organization:law-and-justice: Law and Justice');
    expect(lines).toContain('organization:pis: PiS');
    expect(lines.some((l) => l.startsWith('person:'))).toBe(false);
  });

  it('reads "(AfD)" as the short form of "Alternative for Germany", no person, before "his arrest"', () => {
    const lines = mentionsOf(
      'He worked for Max Kraller of the far-right Alternative for Germany (AfD) party from 2019 until his arrest.',
    );

    expect(lines).toContain('organization:alternative-for-germany: Alternative for Germany | AfD');
    expect(lines.some((l) => l.startsWith('person:afd'))).toBe(false);
  });

  it('leaves the end of a longer name or list before the bracket alone', () => {
    const lines = mentionsOf(
      'The State Administration of Radio, Film and Television (SARFT) regulates broadcasting.',
    );

    expect(lines.some((l) => l.includes('film-and-television'))).toBe(false);
  });
});

describe('a model named before its craft (review29 E1, E5)', () => {
  it('is a thing, not a person: "Hercules aircraft", "the Gloria funicular", "Reaper drones"', () => {
    // Act
    const lines = mentionsOf(
      'Canada sent Hercules aircraft to the north. The Gloria funicular derailed on Wednesday. The air force flew Reaper drones overhead.',
    );

    // Assert
    expect(lines).toContain('other:hercules: Hercules');
    expect(lines).toContain('other:gloria: Gloria');
    expect(lines).toContain('other:reaper: Reaper');
  });

  it('leaves a body, a town, a maker or a sentence-opening word before the craft alone', () => {
    const lines = mentionsOf(
      'NATO planes flew over Leeds. Boeing jets were grounded. Military aircraft landed.',
    );

    expect(lines).toContain('organization:nato: NATO');
    expect(lines).toContain('organization:boeing: Boeing');
    expect(lines.some((l) => l.startsWith('other:military'))).toBe(false);
  });

  it('leaves a maker with a coined name before its craft a firm: "Baykar drones", "Saab fighters" (read29 F-s)', () => {
    const lines = mentionsOf(
      'Kyiv bought Baykar drones, and Sweden offered Saab fighters to the Philippines.',
    );

    expect(lines).toContain('organization:baykar: Baykar');
    expect(lines).toContain('organization:saab: Saab');
  });
});

describe('a brand named by an ordinary word, in the possessive inside a sentence (review29 E8)', () => {
  it('is the firm whatever follows: "before Apple\'s expected entry"', () => {
    expect(
      mentionsOf(
        "Samsung is trying to defend its lead before Apple's expected entry into foldables next year.",
      ),
    ).toContain('organization:apple: Apple');
  });
});

describe("read29's mends of these rules", () => {
  it('leaves a person after a party\'s noun: "a birthday party Jenna Ortega threw" (F-b)', () => {
    expect(mentionsOf('At a birthday party Jenna Ortega threw in Los Angeles, guests danced.')).toContain(
      'person:jenna-ortega: Jenna Ortega',
    );
  });

  it('keeps "Long Covid" opening a sentence no person (F-d)', () => {
    expect(mentionsOf('Long Covid clinics in England will close.').some((l) => l.startsWith('person:'))).toBe(
      false,
    );
  });

  it('reads "Rep." before a holder whose given name is a word as the title (F-e)', () => {
    const lines = mentionsOf('Pennsylvania Rep. Summer Lee criticised the bill.');

    expect(lines).toContain('person:summer-lee: Summer Lee');
    expect(lines.some((l) => l.includes('Pennsylvania Rep'))).toBe(false);
  });
});
