import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('things named like people or places', () => {
  it('reads a unit after "degrees" as no name ("40 degrees Celsius")', () => {
    const types = typesOf(entitiesOf('Temperatures climbed above 40 degrees Celsius in Seville on Monday.'));
    expect(types.get('Celsius')).toBeUndefined();
    expect(types.get('Seville')).toEqual(['place']);
  });

  it('reads a possessive name before "disease" or "syndrome" as the illness, not a body', () => {
    const types = typesOf(
      entitiesOf(
        "The drug slowed the progress of Alzheimer's disease, and a trial for Down's syndrome starts soon.",
      ),
    );
    expect(types.get('Alzheimer')).toEqual(['other']);
  });

  it("reads a doctor's name in the possessive alone as the illness, no person (wild43 ★7)", () => {
    // Arrange
    const body =
      "Crohn's and Huntington's are also studied. Parkinson's patients were not included, " +
      "and Alzheimer's cases will triple. The test also detects Tourette's, the team said.";

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    for (const name of ['Crohn', 'Huntington', 'Parkinson', 'Alzheimer', 'Tourette'])
      expect(types.get(name)).toEqual(['other']);
  });

  it('keeps the person of such a name before a noun of its own or a verb', () => {
    const types = typesOf(
      entitiesOf("Parkinson's chat show ran for years. Parkinson said on Monday the show would end."),
    );

    expect(types.get('Parkinson')).toEqual(['person', 'person']);
  });

  it('reads a German compound ending in "bank" as a bank', () => {
    const types = typesOf(
      entitiesOf('The economy will shrink this year, the Bundesbank said. Commerzbank said profits rose.'),
    );
    expect(types.get('Bundesbank')).toEqual(['organization']);
    expect(types.get('Commerzbank')).toEqual(['organization']);
  });

  it('reads a gas hub named by a given name as no person ("Henry Hub", wild43 item 15)', () => {
    const types = typesOf(
      entitiesOf(
        'U.S. natural gas futures at the Henry Hub fell 3%. Henry Hub prices have dropped all year.',
      ),
    );
    expect(types.get('Henry Hub')).toEqual(['other', 'other']);
  });

  it('reads a country before the hub on its own ("U.S. Henry Hub futures")', () => {
    const types = typesOf(entitiesOf('Dutch gas prices fell 3%, while U.S. Henry Hub futures rose 2%.'));
    expect(types.get('Henry Hub')).toEqual(['other']);
    expect(types.get('U.S.')).toEqual(['place']);
  });

  it('reads a benchmark before "crude" as no person ("Brent crude")', () => {
    const types = typesOf(entitiesOf('Brent crude rose 2% to $78 a barrel as traders weighed supply risks.'));
    expect(types.get('Brent')).toEqual(['other']);
  });

  it('keeps "General" of a law\'s name: a title before an ordinary word opens no person', () => {
    const types = typesOf(
      entitiesOf(
        'Regulators said the transfers broke the General Data Protection Regulation. ' +
          'General Mark Halloran said the army would withdraw.',
      ),
    );
    expect(types.get('Data Protection Regulation')).toBeUndefined();
    expect(types.get('General Data Protection Regulation')).toEqual(['other']);
    expect(types.get('Mark Halloran')).toEqual(['person']);
  });

  it('reads a place before a common abbreviation as the place ("a Hong Kong IPO"), and "EV" as no body', () => {
    const types = typesOf(
      entitiesOf('The carmaker raised $4 billion in a Hong Kong IPO on Tuesday. EV sales slowed in Europe.'),
    );
    expect(types.get('Hong Kong')).toEqual(['place']);
    expect(types.get('Hong Kong IPO')).toBeUndefined();
    expect(types.get('EV')).toBeUndefined();
  });

  it('reads a place and an unknown word after a locative as a place (an airport, a district)', () => {
    const types = typesOf(
      entitiesOf(
        'The flight was bound for London Gatwick when it crashed. ' +
          'Gusts spread embers across Pacific Palisades overnight.',
      ),
    );
    expect(types.get('London Gatwick')).toEqual(['place']);
    expect(types.get('Pacific Palisades')).toEqual(['place']);
  });

  it('splits an airline from the planemaker beside it ("an Air India Boeing 787")', () => {
    const types = typesOf(entitiesOf('An Air India Boeing 787 crashed shortly after take-off on Thursday.'));
    expect(types.get('Air India')).toEqual(['organization']);
    expect(types.get('Boeing')).toEqual(['organization']);
  });

  it('reads a region owning a government as the place on a sports page', () => {
    const types = typesOf(
      entitiesOf(
        "Queensland's government unveiled plans for a new stadium for the Olympic Games. " +
          'The Olympic committee and the football league welcomed it.',
        'Olympic stadium plan unveiled',
      ),
    );
    expect(types.get('Queensland')).toEqual(['place']);
  });

  it('reads a product of three words opening with a given name and ending in an ordinary word as no person', () => {
    const types = typesOf(
      entitiesOf('Analysts said demand for Mario Kart World, the main launch title, was strong.'),
    );
    expect(types.get('Mario Kart World')).not.toEqual(['person']);
  });

  it('reads an unknown word that said something as the company whose product the article names', () => {
    const types = typesOf(
      entitiesOf(
        'Zentrix said on Wednesday it had sold 3 million consoles in four days.',
        'Zentrix Switch sells 3 million units',
      ),
    );
    expect(types.get('Zentrix')).toEqual(['organization']);
  });
});

describe('firms named like people', () => {
  it('reads a given name and surname owning a drug as the drugmaker, for every mention', () => {
    const types = typesOf(
      entitiesOf(
        "The agency approved Eli Lilly's Alzheimer's treatment on Tuesday. Lilly said it would cost $32,000 a year.",
        "FDA approves Eli Lilly's Alzheimer's drug",
      ),
    );
    expect(types.get('Eli Lilly')).toEqual(['organization', 'organization']);
    expect(types.get('Lilly')).toEqual(['organization']);
    expect(types.get('Alzheimer')).toEqual(['other', 'other']);
  });

  it('merges the surname alone into the firm named after a person', () => {
    const entities = entitiesOf(
      "Shares of Eli Lilly's rival rose. Lilly said it would cost $32,000.",
      "Eli Lilly's drug approved",
    );
    const lilly = entities.filter((e) => e.name === 'Eli Lilly');
    expect(lilly.map((e) => `${e.type}:${e.mentions.length}`)).toEqual(['organization:3']);
  });

  it('reads a given name and surname before "shares" as a firm', () => {
    const types = typesOf(entitiesOf('Hannah Greaves shares fell 4% on Monday after the results.'));
    expect(types.get('Hannah Greaves')).toEqual(['organization']);
  });

  it('keeps a person whose clause has "its" of another thing', () => {
    const types = typesOf(
      entitiesOf(
        'Martin Oakley said the government had increased its pressure. Zaw Htay said the army used its guns.',
      ),
    );
    expect(types.get('Martin Oakley')).toEqual(['person']);
    expect(types.get('Zaw Htay')).toEqual(['person']);
  });

  it('keeps a person who owns a plan or a pronoun of his own', () => {
    const types = typesOf(
      entitiesOf("Martin Oakley's plan was rejected, and Hannah Greaves said her party would vote no."),
    );
    expect(types.get('Martin Oakley')).toEqual(['person']);
    expect(types.get('Hannah Greaves')).toEqual(['person']);
  });
});

describe('sports pages of wire copy', () => {
  it('reads a body opening with a capitals headline that names a sport as a sports page', () => {
    const body =
      'SOCCER - GRAY MOVES TO ATALANTA .\nROME 1996-08-30\nTom Gray , 27 , joined Milan from Torino in a deal on Friday .';
    const types = typesOf(entitiesOf(body));
    expect(types.get('Milan')).toEqual(['organization']);
  });

  it('reads a given name and a surname between scores as a player, not a team', () => {
    const body =
      'GOLF - LEADING SCORES .\nLeading scores after the first round of the golf tournament , a cup event :\n' +
      '64 Bob Estes 65 Nolan Henke 66 Leeds United';
    const types = typesOf(entitiesOf(body));
    expect(types.get('Bob Estes')).toEqual(['person']);
    expect(types.get('Nolan Henke')).toEqual(['person']);
  });
});

describe('abbreviated saints and mountains', () => {
  it('keeps "St." with the name after it ("St. Louis", "St. Petersburg", "Mt. Everest")', () => {
    const types = typesOf(
      entitiesOf(
        'The firm moved from St. Petersburg to St. Louis last year, and its founder climbed Mt. Everest.',
      ),
    );
    expect(types.get('St. Petersburg')).toEqual(['place']);
    expect(types.get('St. Louis')).toEqual(['place']);
    expect(types.get('Mt. Everest')).toEqual(['place']);
    expect(types.get('Louis')).toBeUndefined();
  });

  it('does not join a street abbreviation ending a sentence to the next sentence', () => {
    const types = typesOf(entitiesOf('He lives on Sandy St. The next day he left for Leeds.'));
    expect(types.get('St. The')).toBeUndefined();
    expect(types.get('Leeds')).toEqual(['place']);
  });
});

describe('papers, stations and clubs', () => {
  it('reads an unknown two-word name before "daily" as a paper, for every mention', () => {
    const types = typesOf(
      entitiesOf(
        'Gazeta Krakowska daily said on Saturday the deal was off. Gazeta Krakowska said its owner would sell.',
      ),
    );
    expect(types.get('Gazeta Krakowska')).toEqual(['organization', 'organization']);
  });

  it('reads a name opening with "Radio" or a club abbreviation as an organisation', () => {
    const types = typesOf(
      entitiesOf(
        'Police told Radio Norte the group was armed. The striker scored for SC Freiburg and FC Porto.',
      ),
    );
    expect(types.get('Radio Norte')).toEqual(['organization']);
    expect(types.get('SC Freiburg')).toEqual(['organization']);
    expect(types.get('FC Porto')).toEqual(['organization']);
  });

  it('reads the towns of a transfer on a sports page as clubs ("joined Milan from Torino")', () => {
    const types = typesOf(
      entitiesOf(
        'The striker joined Milan from Torino in a $12 million deal. He scored 20 goals in the league and the cup, ' +
          'and the midfielder was later transferred to Lyon. He flew home to Lyon on Sunday.',
      ),
    );
    expect(types.get('Torino')).toEqual(['organization']);
    expect(types.get('Lyon')).toEqual(['organization', 'place']);
  });
});

describe('indices, models, events and venues', () => {
  it('reads a name before "index", "average" or "industrial average" as a market index', () => {
    const types = typesOf(
      entitiesOf(
        'The Dow Jones industrial average fell 30 points, the Nikkei average rose and the American Stock Exchange index slipped.',
      ),
    );
    expect(types.get('Dow Jones')).toEqual(['other']);
    expect(types.get('Nikkei')).toEqual(['other']);
    expect(types.get('American Stock Exchange')).toEqual(['organization']);
  });

  it('reads a letter code, a hyphen and a number as a model ("F-16", "AK-47s")', () => {
    const types = typesOf(entitiesOf('The rebels carried AK-47s, and the air force sent F-16 fighters.'));
    expect(types.get('AK-47s')).toEqual(['other']);
    expect(types.get('F-16')).toEqual(['other']);
  });

  it('reads a town before "Games" or "Olympics" as the event, not a person', () => {
    const types = typesOf(
      entitiesOf('She finished fourth at the Sydney Games and won gold at the Paris Olympics.'),
    );
    expect(types.get('Sydney Games')).toEqual(['other']);
    expect(types.get('Paris Olympics')).toEqual(['other']);
  });

  it('reads the town of a venue in brackets as a place on a sports page', () => {
    const body =
      'CRICKET - TOUR FIXTURES .\nThe cricket tournament of five wickets an innings .\nFirst test match ( at Edgbaston , Birmingham ) June 5-9 v Kent ( three days ) .\n' +
      'Second test ( at The Oval , London ) .';
    const types = typesOf(entitiesOf(body));
    expect(types.get('Birmingham')).toEqual(['place']);
    expect(types.get('London')).toEqual(['place']);
  });
});

describe('datelines and modifiers on news pages', () => {
  it('keeps a dateline town before a dash a place on a sports page', () => {
    const types = typesOf(
      entitiesOf(
        'WASHINGTON - Brazil will face Morocco in their opening match of the World Cup, after the draw held in Washington. ' +
          'The tournament and the league cup follow, and the striker scored.',
      ),
    );
    expect(types.get('WASHINGTON')).toEqual(['place']);
  });

  it('reads capitals after a model number as the model ("the 737 MAX"), not a body', () => {
    const types = typesOf(
      entitiesOf('The planemaker halted output of the 737 MAX. More than 300 U.S. warplanes were ready.'),
    );
    expect(types.get('737 MAX')).toEqual(['other']);
    expect(types.get('U.S.')).toEqual(['place']);
  });

  it('reads "Liberian-flagged" and "Iran-aligned" as modifiers, not names', () => {
    const types = typesOf(
      entitiesOf('Rebels attacked a Liberian-flagged cargo ship, the Iran-aligned group said.'),
    );
    expect(types.get('Liberian-flagged')).toBeUndefined();
    expect(types.get('Iran-aligned')).toBeUndefined();
  });
});

describe('parties named by an ordinary word', () => {
  it('reads "Labour" written with a capital as the party, at a sentence start before a verb', () => {
    const types = typesOf(
      entitiesOf('Labour won a landslide on Thursday. Keir Starmer led Labour to victory over the Tories.'),
    );
    expect(types.get('Labour')).toEqual(['organization', 'organization']);
  });

  it('leaves "Labour costs" opening a sentence of an article without the party alone', () => {
    const types = typesOf(entitiesOf('Labour costs rose 3% in the quarter, the statistics office said.'));
    expect(types.get('Labour')).toBeUndefined();
  });
});

describe('centres', () => {
  it('reads a centre that speaks as a body and a centre one is at as a venue', () => {
    const types = typesOf(
      entitiesOf(
        'The storm strengthened, the National Hurricane Center said. She won at the National Tennis Centre on Friday.',
      ),
    );
    expect(types.get('National Hurricane Center')).toEqual(['organization']);
    expect(types.get('National Tennis Centre')).toEqual(['place']);
  });
});

describe('firms by their shares, brands and products', () => {
  it('reads two words after "shares of" as a firm ("Shares of Novo Nordisk")', () => {
    const types = typesOf(entitiesOf('Shares of Novo Nordisk fell 5% on Tuesday.'));
    expect(types.get('Novo Nordisk')).toEqual(['organization']);
  });

  it('reads a product before "maker" as no firm ("the Wegovy maker")', () => {
    const types = typesOf(entitiesOf('Profits fell after the Wegovy maker cut its outlook.'));
    expect(types.get('Wegovy')).toEqual(['other']);
  });

  it('reads a name opening with a brand spelt with two capitals as a firm, not a capital inside a given name', () => {
    const types = typesOf(
      entitiesOf('Later JPMorgan Chase lifted targets, and MaliVai Washington said he would play.'),
    );
    expect(types.get('JPMorgan Chase')).toEqual(['organization']);
    expect(types.get('MaliVai Washington')).toEqual(['person']);
  });
});

describe('a kind of person taking up the subject', () => {
  it('reads an unknown name opening a sentence as a person when the next sentence opens with a kind of person', () => {
    const types = typesOf(
      entitiesOf(
        'Okonkwo won the mayoral race on Tuesday. The democratic socialist will take office in January. ' +
          'Adeyemi lost the primary. The 34-year-old conceded on Wednesday.',
      ),
    );
    expect(types.get('Okonkwo')).toEqual(['person']);
    expect(types.get('Adeyemi')).toEqual(['person']);
  });
});

describe("states' abbreviations", () => {
  it('reads an ordinary word known only as a state abbreviation as the word without its period', () => {
    const types = typesOf(entitiesOf('Pope Leo XIV celebrated Mass in the square on Sunday.'));
    expect(types.get('Mass')).toBeUndefined();
  });

  it('keeps the abbreviation with its period ("Boston, Mass.")', () => {
    const types = typesOf(entitiesOf('He flew to Boston, Mass. on Friday.'));
    expect(types.get('Mass')).toEqual(['place']);
  });
});

describe('saints and royals in place names', () => {
  it('reads "King\'s Cross" and "St Pancras" as places, not people', () => {
    const types = typesOf(entitiesOf("Trains from St Pancras and King's Cross were cancelled on Friday."));
    expect(types.get('St Pancras')).toEqual(['place']);
    expect(types.get("King's Cross")).toEqual(['place']);
    expect(types.get('Cross')).toBeUndefined();
  });

  it('reads a saint-named town that wins a result as its club', () => {
    const types = typesOf(entitiesOf('St Helens beat Wigan 24-12 on Friday night.'));
    expect(types.get('St Helens')).toEqual(['organization']);
  });
});

describe('venues', () => {
  it('reads a name of no known kind after "at" or "in" as a place, unless it names an event or a gathering', () => {
    const types = typesOf(
      entitiesOf(
        'England lost at Old Trafford on Thursday. She won at the French Open and spoke at the Solidarity Meeting.',
      ),
    );
    expect(types.get('Old Trafford')).toEqual(['place']);
    expect(types.get('French Open')).toEqual(['other']);
    expect(types.get('Solidarity Meeting')).not.toEqual(['place']);
  });
});
