import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a party in the possessive before its own congress or leadership', () => {
  it('reads "Syriza\'s party congress" as the party, not a leader, also after "at"', () => {
    const types = typesOf(
      entitiesOf(
        "Delegates gathered for Syriza's party congress in Athens. Voters at Syriza's party congress chose a leader.",
      ),
    );

    expect(types.get('Syriza')).toEqual(['organization', 'organization']);
  });

  it('still reads a leader before "\'s party" as a person', () => {
    const types = typesOf(entitiesOf("Voters punished Sunak's party in the local elections."));

    expect(types.get('Sunak')).toEqual(['person']);
  });
});

describe('"Fed up" opening a sentence', () => {
  it('is no central bank, while "Fed officials" and "the Fed" are', () => {
    const types = typesOf(
      entitiesOf(
        'Fed up with rising prices, voters turned against the government. Fed officials said the Fed would wait.',
      ),
    );

    expect(types.get('Fed')).toEqual(['organization', 'organization']);
    expect(entitiesOf('Fed up with the delays, commuters complained online.')).toEqual([]);
  });
});

describe('a firm named like a town, in one story', () => {
  it('reads every bare "Toyota" as the carmaker once the story makes it the firm', () => {
    const types = typesOf(
      entitiesOf('Toyota reported record profit. Analysts expect Toyota to raise its forecast.'),
    );

    expect(types.get('Toyota')).toEqual(['organization', 'organization']);
  });

  it('keeps "in Toyota" the town', () => {
    const types = typesOf(
      entitiesOf('Toyota said it would cut output. Its plant in Toyota employs 20,000 people.'),
    );

    expect(types.get('Toyota')).toEqual(['organization', 'place']);
  });
});

describe('clubs named by a given name or by their town and "City"', () => {
  it('reads "Manchester City v Chelsea" as two clubs', () => {
    const types = typesOf(entitiesOf('Manchester City v Chelsea was postponed because of fog.'));

    expect(types.get('Manchester City')).toEqual(['organization']);
    expect(types.get('Chelsea')).toEqual(['organization']);
  });

  it('reads a given name that beats or faces a club as a club, without a score', () => {
    const types = typesOf(
      entitiesOf('Chelsea beat Leeds on Saturday and Chelsea face Newcastle United next.'),
    );

    expect(types.get('Chelsea')).toEqual(['organization', 'organization']);
  });

  it('reads "Leicester City were relegated" as the club and keeps the cities named "City" places', () => {
    const types = typesOf(
      entitiesOf('Leicester City were relegated. Traffic in Mexico City and Kansas City was heavy.'),
    );

    expect(types.get('Leicester City')).toEqual(['organization']);
    expect(types.get('Mexico City')).toEqual(['place']);
    expect(types.get('Kansas City')).toEqual(['place']);
  });

  it('keeps players who beat each other people', () => {
    const types = typesOf(entitiesOf('Venus beat Serena in the final on Saturday.'));

    expect(types.get('Venus')).toEqual(['person']);
  });
});

describe('a device maker before its devices', () => {
  it('reads "Cambricon chips" as the maker, "Nvidia\'s Blackwell chips" and "the Cell processor" as products', () => {
    const types = typesOf(
      entitiesOf(
        "Cambricon chips are in demand after the ban. Nvidia's Blackwell chips sold out. The Cell processor is fast.",
      ),
    );

    expect(types.get('Cambricon')).toEqual(['organization']);
    expect(types.get('Blackwell')).toEqual(['other']);
    expect(types.get('Cell')).toEqual(['other']);
  });
});

describe('a firm named by its web address', () => {
  it('reads "Amazon.com Inc" and "Booking.com" as firms, not the river and "Inc"', () => {
    const types = typesOf(
      entitiesOf('Amazon.com Inc said it would hire more workers. Booking.com said bookings rose.'),
    );

    expect(types.get('Amazon.com Inc')).toEqual(['organization']);
    expect(types.get('Booking.com')).toEqual(['organization']);
    expect(types.get('Amazon')).toBeUndefined();
  });
});

describe('firms whose names end in Devices or Instruments', () => {
  it('reads "Advanced Micro Devices" whole at a sentence start and "National Instruments" as a firm', () => {
    const types = typesOf(
      entitiesOf('Advanced Micro Devices said its chips would ship. Investors bought National Instruments.'),
    );

    expect(types.get('Advanced Micro Devices')).toEqual(['organization']);
    expect(types.get('National Instruments')).toEqual(['organization']);
  });
});

describe('journals', () => {
  it('reads "published in Nature" and "the journal Science" as publications, "published in London" as a place', () => {
    const types = typesOf(
      entitiesOf(
        'The findings were published in Nature on Wednesday. A paper in the journal Science agreed. ' +
          'The book was published in London.',
      ),
    );

    expect(types.get('Nature')).toEqual(['organization']);
    expect(types.get('Science')).toEqual(['organization']);
    expect(types.get('London')).toEqual(['place']);
  });

  it('keeps "Journal of Medicine" in the journal\'s name', () => {
    const types = typesOf(entitiesOf('Results appeared in the New England Journal of Medicine on Thursday.'));

    expect(types.get('New England Journal of Medicine')).toEqual(['organization']);
  });
});

describe("a fixture's own name", () => {
  it('reads "El Clasico" as an event, not a place or a firm', () => {
    const types = typesOf(
      entitiesOf('Real Madrid won El Clasico in Barcelona. The Clasico drew a record audience.'),
    );

    expect(types.get('El Clasico')).toEqual(['event']);
    expect(types.get('Clasico')).toEqual(['event']);
  });
});

describe('"Euro" and a year', () => {
  it('reads "Euro 2028" and "Euro 96" as the championship, "Euro 50 million" as no name', () => {
    const types = typesOf(
      entitiesOf(
        "Tickets for Euro 2028 go on sale in May. Shearer's Euro 96 partner retired. The bank raised Euro 50 million.",
      ),
    );

    expect(types.get('Euro')).toEqual(['event', 'event']);
  });
});

describe('the team in a results line', () => {
  it('reads the name after a driver and his country as his team', () => {
    const types = typesOf(
      entitiesOf(
        'MOTOR RACING - QUALIFYING\nLeading qualifiers for the race after the final session:\n' +
          '1. Oscar Piastri ( Australia ) , Dallara Chevrolet , 1:32.456\n' +
          '2. Lando Norris ( Britain ) , Swift Toyota , 1:32.501\n',
      ),
    );

    expect(types.get('Dallara Chevrolet')).toEqual(['organization']);
    expect(types.get('Swift Toyota')).toEqual(['organization']);
    expect(types.get('Oscar Piastri')).toEqual(['person']);
  });

  it('keeps players listed one after another with their countries people', () => {
    const types = typesOf(
      entitiesOf(
        'GOLF - LEADING SCORES\nLeading scores in the golf tournament on Friday:\n' +
          '67 Nick Price ( Zimbabwe ) , Ernie Els ( South Africa ) , Mike Dunlap , Andy Bean\n',
      ),
    );

    expect(types.get('Ernie Els')).toEqual(['person']);
    expect(types.get('Mike Dunlap')).toEqual(['person']);
  });
});

describe('a club named like a given name before a squad role', () => {
  it('reads "Chelsea central defender" on a sports page as the club', () => {
    const types = typesOf(
      entitiesOf(
        'The league match was marred by the sending-off of Chelsea central defender Levi Colwill. ' +
          'The striker scored two goals in the cup.',
      ),
    );

    expect(types.get('Chelsea')).toEqual(['organization']);
  });
});
