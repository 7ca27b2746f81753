import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (title: string, body: string) => {
  const result = tagStory({ title, body });
  return {
    dateline: result.dateline?.countryCode,
    focus: result.countries.filter((c) => c.focus).map((c) => c.code),
  };
};

// Invented local stories (session 57, focus57): the bare dateline's town is a small capital, a town beside a city of
// a million, or a city the news calls by the first words of its full name.
describe('a bare dateline town whose namesake the running-text gazetteer leaves out', () => {
  it('files a story about a small country from its capital, wherever the lead names the country', () => {
    // Arrange
    const body =
      "HAMILTON — Bermuda's premier said on Monday the island would introduce a corporate income tax next year.";

    // Act
    const tagged = read('Island to tax companies', body);

    // Assert
    expect(tagged).toEqual({ dateline: 'BM', focus: ['BM'] });
  });

  it('reads a town beside a city of a million as the town when the lead names its state or nation', () => {
    expect(
      read(
        'Concert hall opens',
        "PERTH — Scotland's first minister opened a new concert hall in Perth on Friday.",
      ),
    ).toEqual({ dateline: 'GB', focus: ['GB'] });
    expect(
      read(
        'Tornado damages homes',
        'PARIS — Texas officials said a tornado struck Paris on Monday, damaging dozens of homes.',
      ),
    ).toEqual({ dateline: 'US', focus: ['US'] });
  });

  it('reads a city by the first word of its full name when the lead names its country or state', () => {
    expect(
      read(
        'Market fire',
        'SANTIAGO — Dominican police said on Monday that a fire at a market in Santiago killed four people.',
      ),
    ).toEqual({ dateline: 'DO', focus: ['DO'] });
    expect(
      read(
        'Bar attack',
        'LEÓN — Guanajuato state prosecutors said on Sunday that gunmen killed six people at a bar in León.',
      ),
    ).toEqual({ dateline: 'MX', focus: ['MX'] });
  });

  it("reads a lead that never names the town again by its state's officials", () => {
    expect(
      read(
        'Team to stay',
        'ST. PETERSBURG — The baseball team said on Monday it would play its home games at its old stadium next season. Florida officials welcomed the news.',
      ),
    ).toEqual({ dateline: 'US', focus: ['US'] });
  });

  it("reads the people a lead names beside the town as the namesake's country", () => {
    expect(
      read(
        'Lawmaker detained',
        'VALENCIA — Venezuelan police detained an opposition lawmaker in Valencia on Sunday, a day after President Nicolás Maduro accused opponents of sabotage.',
      ).dateline,
    ).toBe('VE');
  });

  it('reads no leader or seat of government beside the town as where the town is (review57)', () => {
    // Arrange
    const march =
      "BIRMINGHAM — Thousands marched through Birmingham on Saturday against President Trump's state visit.";
    const tariffs =
      'VALENCIA — Orange growers around Valencia said on Monday that the White House tariffs would cost them 200 million euros.';

    // Act
    const datelines = [read('Protest', march).dateline, read('Tariffs', tariffs).dateline];

    // Assert
    expect(datelines).toEqual(['GB', 'ES']);
  });

  it('reads a police force or a federal agency that acts in the town as where the town is (review58)', () => {
    // Arrange
    const arrest =
      'BIRMINGHAM — The FBI arrested two men in Birmingham on Tuesday over a plot to bomb a power substation, federal prosecutors said.';
    const brawl =
      "NEWCASTLE — NSW Police charged three men after a brawl in Newcastle's city centre early on Saturday.";
    const visas =
      'BIRMINGHAM — Students in Birmingham protested on Monday after the State Department revoked their visas.';

    // Act
    const tagged = [read('Arrests', arrest), read('Brawl', brawl), read('Visas', visas).dateline];

    // Assert
    expect(tagged).toEqual([{ dateline: 'US', focus: ['US'] }, { dateline: 'AU', focus: ['AU'] }, 'GB']);
  });

  it("reads a force named after a state or a nation as the town's, whether or not the lead names the town again (review59)", () => {
    // Arrange
    const unnamed = 'PERTH — Police Scotland said a man was arrested after a disturbance on Saturday.';
    const named = 'PERTH — Police Scotland said a man was arrested in Perth after a disturbance on Saturday.';
    const other = 'PERTH — Queensland Police said a man was arrested after a brawl on Saturday.';
    const extradition =
      'PERTH — Police Scotland have asked Australian authorities to extradite a man wanted over a fraud.';

    // Act
    const tagged = [unnamed, named, other].map((body) => read('Arrest made', body));
    const asked = read('Extradition', extradition);

    // Assert
    expect(tagged).toEqual([
      { dateline: 'GB', focus: ['GB'] },
      { dateline: 'GB', focus: ['GB'] },
      { dateline: 'AU', focus: ['AU'] },
    ]);
    expect(asked.dateline).toBe('AU');
    expect(asked.focus.sort()).toEqual(['AU', 'GB']);
  });

  it("reads no force another force acts with, and reads a nation's Government in capitals as its own (review60)", () => {
    // Arrange
    const wanted =
      'NEWCASTLE — Northumbria Police said a man wanted by NSW Police had been arrested at the airport.';
    const closing =
      'NEWCASTLE — A man wanted by NSW Police over a stabbing in Sydney was arrested at the airport, Northumbria Police said.';
    const bridge = 'PERTH — The Scottish Government said it would fund a new bridge over the Tay.';

    // Act
    const tagged = [read('Arrest', wanted), read('Arrest', closing), read('Bridge', bridge)];

    // Assert
    expect(tagged.map((t) => t.dateline)).toEqual(['GB', 'GB', 'GB']);
    expect(tagged[0]!.focus[0]).toBe('GB');
    expect(tagged[1]!.focus[0]).toBe('GB');
    expect(tagged[2]!.focus).toEqual(['GB']);
  });

  it('still reads a force named in an attribution as the town\'s ("a spokeswoman for", "according to"; review60)', () => {
    // Arrange
    const spokeswoman =
      'NEWCASTLE — A spokeswoman for NSW Police said a man was arrested after a stabbing at a pub on Saturday night.';
    const spokesman =
      'PERTH — A spokesman for Police Scotland said a man was arrested after a disturbance on Saturday.';
    const according =
      'PERTH — A man was arrested after a disturbance on Saturday, according to Police Scotland.';

    // Act
    const datelines = [spokeswoman, spokesman, according].map((body) => read('Arrest', body).dateline);

    // Assert
    expect(datelines).toEqual(['AU', 'GB', 'GB']);
  });

  it("reads a force a statement was issued or an act confirmed by as the town's, unlike one that wants a man (review60)", () => {
    // Arrange
    const released =
      'PERTH — Two roads were closed after a lorry overturned on Tuesday, a statement released by Police Scotland said.';
    const confirmed =
      'NEWCASTLE — The death of a cyclist on the harbour road was confirmed by NSW Police on Sunday.';
    const sought =
      'NEWCASTLE — A woman sought by NSW Police over a bank fraud was stopped at the ferry port, Northumbria Police said.';

    // Act
    const datelines = [released, confirmed, sought].map((body) => read('Roads closed', body).dateline);

    // Assert
    expect(datelines).toEqual(['GB', 'AU', 'GB']);
  });

  it("reads a state's officials in a wire bureau's credited dateline as the story's subject, not the town's state (review57)", () => {
    const body =
      'LONDON, Dec 9 (Reuters) - Alberta officials said on Tuesday a pipeline leak had been contained, and oil prices rose.';

    expect(read('Leak contained', body).dateline).toBe('GB');
  });

  it("reads the officials of the namesake's own state whoever credits the dateline (review58)", () => {
    const body =
      'ST. PETERSBURG (AP) — The Tampa Bay Rays said on Tuesday they would stay at their ballpark through 2028. Florida officials welcomed the news.';

    expect(read('Rays to stay', body)).toEqual({ dateline: 'US', focus: ['US'] });
  });
});

describe('a bare dateline town the lead leaves with the city its name reads as', () => {
  it("keeps the big city's country when the lead names the small namesake's country in a firm's name or not at all", () => {
    expect(
      read(
        'Miner cuts jobs',
        'PERTH — British mining company Tarlow Resources said on Friday it would cut 200 jobs.',
      ).dateline,
    ).toBe('AU');
    expect(
      read(
        'Steel orders fall',
        "HAMILTON — Canada's steelmakers said on Monday that tariffs had cost them orders.",
      ).dateline,
    ).toBe('CA');
  });

  it("reads no state named alone, without its government or people, as the town's", () => {
    expect(
      read(
        'Note issue',
        'LONDON — Alberta Treasury Branches launched a 200 million dollar note issue on Tuesday, bankers said.',
      ).dateline,
    ).toBe('GB');
    expect(
      read(
        'Drilling to begin',
        'VANCOUVER — Kelvane Gold said drilling would begin in April at its gold property in Nevada.',
      ).dateline,
    ).toBe('CA');
  });

  it("keeps the town's own country when the lead names it", () => {
    expect(
      read(
        'Flood visit',
        "VALENCIA — Spain's prime minister visited flood-hit towns near Valencia on Monday.",
      ).dateline,
    ).toBe('ES');
  });
});

describe('"the States" opening a body\u2019s name', () => {
  it('reads no United States in a parliament or chamber named "the States …"', () => {
    // Arrange
    const body =
      'ST HELIER — Members of the States Assembly voted on Tuesday to approve the island budget, Jersey officials said.';

    // Act
    const result = tagStory({ title: 'Budget approved', body });

    // Assert
    expect(result.countries.map((c) => c.code)).toEqual(['JE']);
  });

  it('still reads "the States" alone as the United States', () => {
    const result = tagStory({
      title: 'Return home',
      body: 'PARIS — The singer said on Monday she would move back to the States next year.',
    });
    expect(result.countries.map((c) => c.code)).toContain('US');
  });
});
