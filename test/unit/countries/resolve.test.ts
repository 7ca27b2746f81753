import { describe, expect, it } from 'vitest';
import { focusLeadCountry, resolveCountries } from '../../../functions/core/countries/resolve.js';
import type { Entity } from '../../../functions/core/schema.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countries(body: string, opts: { title?: string; dateline?: string; entities?: Entity[] } = {}) {
  const doc = prepareDocument({ body, title: opts.title, dateline: opts.dateline, language: 'en' });
  return resolveCountries(doc, opts.entities ?? []);
}
const codes = (body: string, opts?: Parameters<typeof countries>[1]) =>
  countries(body, opts).map((c) => c.code);
const focusCodes = (body: string, opts?: Parameters<typeof countries>[1]) =>
  countries(body, opts)
    .filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

/** Focus after the last step for a story no rule gives a country (`focusLeadCountry`, off the sports page). */
function leadFocus(body: string, title: string): string[] {
  const doc = prepareDocument({ body, title, language: 'en' });
  return focusLeadCountry(doc, resolveCountries(doc, []))
    .filter((c) => c.focus)
    .map((c) => c.code);
}

describe('resolveCountries: names, codes, demonyms, cities, metonyms', () => {
  it('finds a country by name, demonym, capital, major city and metonym', () => {
    expect(codes('Officials in France met Chinese envoys.')).toEqual(expect.arrayContaining(['FR', 'CN']));
    expect(codes('Factories near Shanghai reopened on Monday.')).toEqual(['CN']);
    expect(codes('The Kremlin rejected the proposal.')).toEqual(['RU']);
    expect(codes('A statement from Downing Street followed.')).toEqual(['GB']);
  });

  it('does not read a country in names of groups, rounds and companies', () => {
    expect(codes('Creditors of the Paris Club met.')).toEqual([]);
    expect(codes('The Uruguay Round stalled.')).toEqual([]);
    expect(codes('Shares of Credit Suisse rose.')).toEqual([]);
  });

  it('knows US states that contain a country name', () => {
    expect(codes('Drought hit New Mexico farms.')).toEqual(['US']);
    expect(codes('Floods hit New South Wales.')).toEqual(['AU']);
  });

  it('gives every mention exact offsets into its field', () => {
    const body = 'Talks between Britain and the U.S. stalled, and Japanese officials left Tokyo.';
    const title = 'Trade talks stall';
    for (const c of countries(body, { title })) {
      for (const m of c.mentions)
        expect((m.field === 'title' ? title : body).slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('strips a possessive: "China\'s" is a mention of China', () => {
    const [china] = countries("China's exports rose in March.");
    expect(china?.code).toBe('CN');
    expect(china?.mentions[0]?.text).toBe('China');
  });

  it('splits a hyphenated pair: "U.S.-China" names both countries', () => {
    const body = 'U.S.-China relations soured after the vote.';
    const found = countries(body);
    expect(found.map((c) => c.code).sort()).toEqual(['CN', 'US']);
    const us = found.find((c) => c.code === 'US')!.mentions[0]!;
    expect(body.slice(us.start, us.end)).toBe('U.S.');
  });

  it('reads a country name across a line break', () => {
    expect(codes('Exports to South\nKorea fell sharply.')).toEqual(['KR']);
  });

  it('keeps pairs of the same country as one entry with all mentions', () => {
    const [us] = countries('The United States said U.S. output rose; American firms agreed.');
    expect(us?.code).toBe('US');
    expect(us?.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.', 'American']);
  });
});

describe('nationality nouns', () => {
  it('reads "the Dutchman", "a Frenchman", "the Englishman" and "the Irishman" as their countries', () => {
    const found = codes(
      '"It was tough," the Dutchman said. A Frenchman was fifth, the Englishman sixth and the Irishman retired.',
    );

    expect(found).toEqual(expect.arrayContaining(['NL', 'FR', 'GB', 'IE']));
  });

  it('reads nationality words the country packages lack: Bosnian, Azeri, Nepali, Timorese, Icelandic', () => {
    const found = codes(
      'The Bosnian Serb leader met Azeri officials. Nepali climbers reached the summit, Timorese voters went to ' +
        'the polls and an Icelandic volcano erupted.',
    );

    expect(found).toEqual(expect.arrayContaining(['BA', 'AZ', 'NP', 'TL', 'IS']));
  });
});

describe('regions named without their country', () => {
  it('settles the country of a state or province the story names alone', () => {
    const found = codes(
      'Monsoon floods in Sindh and Balochistan killed 50 people. Fighting in Tigray spread to Amhara. ' +
        'Landslides hit Uttarakhand, and soldiers were deployed to Sinaloa.',
      { title: 'Floods in Sindh kill 50' },
    );

    expect(found).toEqual(expect.arrayContaining(['PK', 'ET', 'IN', 'MX']));
  });

  it('reads a movement rooted in one country as a mention of it', () => {
    const found = focusCodes(
      "DUBAI - Yemen's Houthi rebels attacked a cargo ship in the Red Sea on Monday. The Houthis said " +
        'they targeted the ship because its owner dealt with Israeli ports.',
      { title: 'Houthi rebels attack cargo ship in Red Sea', dateline: 'DUBAI' },
    );

    expect(found).toContain('YE');
  });

  it('does not read a company or a person named like a region as that country', () => {
    const found = codes(
      'Southland Corp said its Victoria unit would sell shares, and Kent Parana, its chairman, agreed.',
    );

    expect(found).not.toContain('NZ');
    expect(found).not.toContain('AU');
    expect(found).not.toContain('AR');
  });
});

describe('US, U.S. and the pronoun us', () => {
  it('reads "U.S." and capital "US" as the United States', () => {
    expect(codes('The U.S. economy grew.')).toEqual(['US']);
    expect(codes('US officials declined to comment.')).toEqual(['US']);
  });

  it('never reads the pronoun "us" as a country', () => {
    expect(codes('Let us know what you think; he told us nothing.')).toEqual([]);
  });

  it('reads "U.S." in an all-capitals headline but not the pronoun "US" there', () => {
    expect(codes('Imports rose again.', { title: 'U.S. TRADE DEFICIT WIDENS IN MARCH' })).toEqual(['US']);
    expect(codes('The pastor spoke at length.', { title: 'LET US PRAY FOR RAIN' })).toEqual([]);
  });
});

describe('names with an elided article', () => {
  const inLanguage = (body: string, language: string) =>
    resolveCountries(prepareDocument({ body, language }), []).map((c) => c.code);

  it("finds Côte d'Ivoire in English, with either apostrophe", () => {
    expect(codes("Cocoa from Cote d'Ivoire rose, and farmers in Côte d’Ivoire agreed.")).toEqual(['CI']);
  });

  it("reads French and Italian country names after an elided article (l'Allemagne, dell'Ucraina)", () => {
    expect(inLanguage("La France et l'Allemagne ont signé avec les troupes d'Italie.", 'fr').sort()).toEqual([
      'DE',
      'FR',
      'IT',
    ]);
    expect(inLanguage("Il governo dell'Ucraina ha firmato con la Francia.", 'it').sort()).toEqual([
      'FR',
      'UA',
    ]);
    expect(inLanguage("La Côte d'Ivoire a signé.", 'fr')).toEqual(['CI']);
  });
});

describe('Georgia: US state or country', () => {
  it('reads "the U.S. state of Georgia" as the state inside a story about the country', () => {
    const found = codes(
      'Georgia accused Russia of stirring unrest; protesters filled Tbilisi. In the U.S. state of Georgia, voting began.',
    );
    expect(found).toContain('GE');
    const text =
      'Georgia accused Russia of stirring unrest in Tbilisi. In the U.S. state of Georgia, voting began.';
    const ge = resolveCountries(prepareDocument({ body: text, language: 'en' }), []).find(
      (c) => c.code === 'GE',
    );
    expect(ge?.mentions.map((m) => m.start)).not.toContain(text.lastIndexOf('Georgia'));
    expect(ge?.mentions.map((m) => m.start)).toContain(0);
  });

  it('is the US state in a story about Atlanta', () => {
    expect(codes('Voters in Georgia lined up in Atlanta as the state counted ballots.')).toEqual(['US']);
  });

  it('is the country in a story about Tbilisi and Russia', () => {
    const found = codes('Georgia accused Russia of stirring unrest; protesters filled Tbilisi.');
    expect(found).toContain('GE');
    expect(found).not.toContain('US');
  });
});

describe('a region two countries share', () => {
  it('is the half of the country whose possessive or demonym stands before it', () => {
    expect(codes("Floods killed hundreds in Pakistan's Punjab and Khyber Pakhtunkhwa.")).toEqual(['PK']);
    expect(codes('Farmers in Pakistani Punjab lost their wheat crop.')).toEqual(['PK']);
  });

  it('is the country the list gives it when no other country owns it', () => {
    expect(codes('Farmers in Punjab and Haryana blocked roads to New Delhi.')).toEqual(['IN']);
  });
});

describe('Jordan: person or country', () => {
  it('is a person after a given name', () => {
    expect(codes('Fans cheered as Michael Jordan walked on court.')).toEqual([]);
  });

  it('is not a country inside a person the entity recogniser found', () => {
    const body = 'Jordan scored forty points last night.';
    const person: Entity = {
      id: 'person:jordan',
      name: 'Jordan',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 0, end: 6, text: 'Jordan' }],
    };
    expect(codes(body, { entities: [person] })).toEqual([]);
  });

  it('stays a country when the recogniser took a plain country name alone for a person', () => {
    const body = "China's wheat crop is at risk.";
    const person: Entity = {
      id: 'person:china',
      name: 'China',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 0, end: 5, text: 'China' }],
    };
    expect(codes(body, { entities: [person] })).toEqual(['CN']);
  });

  it('is the person when a player named in full is later called by his first name on a sports page', () => {
    const body =
      'Jordan Henderson was recalled to the squad for the league match on Saturday. "Jordan brings leadership," the coach said after training, with the midfielder fit again.';
    const henderson: Entity = {
      id: 'person:jordan-henderson',
      name: 'Jordan Henderson',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 0, end: 16, text: 'Jordan Henderson' }],
    };

    expect(codes(body, { entities: [henderson] })).toEqual([]);
  });

  it('is the person a feature calls by her given name', () => {
    // Arrange
    const body =
      'Reality star Georgia Kelvane won her case on Tuesday. Georgia said she hoped the ruling would help others.';
    const star: Entity = {
      id: 'person:georgia-kelvane',
      name: 'Georgia Kelvane',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 13, end: 28, text: 'Georgia Kelvane' }],
    };

    // Act
    const found = codes(body, { entities: [star] });

    // Assert
    expect(found).toEqual([]);
  });

  it('is the country beating another on a sports page', () => {
    const body =
      'Jordan Henderson scored twice for Ajax in the league on Saturday. Jordan beat Iraq 2-0 in the Arab Cup in Doha, with the striker on target again.';
    const henderson: Entity = {
      id: 'person:jordan-henderson',
      name: 'Jordan Henderson',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 0, end: 16, text: 'Jordan Henderson' }],
    };

    expect(codes(body, { entities: [henderson] })).toContain('JO');
  });

  it('is the country in a story about its king and Amman', () => {
    expect(focusCodes('King Abdullah of Jordan met ministers in Amman.')).toEqual(['JO']);
  });
});

describe('Chad, Turkey, Niger and Guinea', () => {
  it("Chad before a surname is a person; Chad's government is the country", () => {
    expect(codes('Chad Hurley founded the company.')).toEqual([]);
    expect(codes("Chad's government closed the border.")).toEqual(['TD']);
  });

  it('turkey the bird is no country, Turkey with Ankara is', () => {
    expect(codes('Families bought a turkey for Thanksgiving.')).toEqual([]);
    expect(
      codes('Prices of turkey meat soared.', { title: 'TURKEY PRICES SOAR BEFORE THE HOLIDAY' }),
    ).toEqual([]);
    expect(codes('Turkey raised rates as Ankara fought inflation.')).toEqual(['TR']);
  });

  it('the Niger Delta is in Nigeria; Niger alone is the country', () => {
    expect(codes('Oil spills hit the Niger Delta again.')).toEqual(['NG']);
    expect(codes('The junta in Niger expelled the envoy.')).toEqual(['NE']);
  });

  it('Guinea-Bissau, Equatorial Guinea and Papua New Guinea never yield Guinea', () => {
    expect(codes('Guinea-Bissau held elections.')).toEqual(['GW']);
    expect(codes('Equatorial Guinea pumps oil.')).toEqual(['GQ']);
    expect(codes('Papua New Guinea sent troops.')).toEqual(['PG']);
    expect(codes('The island of New Guinea is vast.')).toEqual([]);
    expect(codes('Guinea exports bauxite.')).toEqual(['GN']);
  });
});

describe('Washington: person, city or government', () => {
  it('is a person after a given name or before a surname', () => {
    expect(codes('George Washington crossed the river.')).toEqual([]);
    expect(codes('The actor Denzel Washington starred in it.')).toEqual([]);
  });

  it('is the US government or capital otherwise', () => {
    expect(codes('Washington imposed new tariffs on steel.')).toEqual(['US']);
    expect(codes('She flew to Washington on Tuesday.')).toEqual(['US']);
  });

  it('is part of a name in "Washington Post"', () => {
    expect(codes('The Washington Post reported the leak.')).toEqual([]);
  });
});

describe('focus', () => {
  it('marks a dateline-only country as not in focus when two others dominate the story', () => {
    const body =
      'TAIPEI, Taiwan — China and the United States resumed trade talks on Monday. Chinese officials ' +
      'said U.S. tariffs must fall before China buys more American soybeans. The United States said ' +
      'China must first curb its exports of steel. Beijing and Washington agreed to meet again, and ' +
      'U.S. negotiators said Chinese proposals were useful.';
    const found = countries(body);
    expect(found.find((c) => c.code === 'TW')).toMatchObject({ focus: false });
    expect(
      found
        .filter((c) => c.focus)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['CN', 'US']);
  });

  it('keeps the dateline country in focus for a local story', () => {
    expect(focusCodes('The company said profits rose.', { dateline: 'CHICAGO, March 3' })).toEqual(['US']);
    expect(focusCodes('Output rose.', { dateline: 'ROCHESTER, N.Y., Feb 26' })).toEqual(['US']);
  });

  it('lists a passing country with focus false', () => {
    const body =
      'Brazil cut its coffee export quota. Brazilian growers protested and Brazil said talks would resume. ' +
      'A trader in Switzerland was not surprised.';
    const found = countries(body, { title: 'Brazil cuts coffee quota' });
    expect(found.find((c) => c.code === 'BR')).toMatchObject({ focus: true, salience: 1 });
    expect(found.find((c) => c.code === 'CH')).toMatchObject({ focus: false });
  });

  it('does not count a currency as the country', () => {
    const found = countries('The bank issued a bond in Canadian dollars.', {
      title: 'BANK ISSUES CANADIAN DLR BOND',
      dateline: 'LONDON, March 2',
    });
    expect(found.find((c) => c.code === 'CA')?.focus).toBe(false);
    expect(found.find((c) => c.code === 'GB')?.focus).toBe(true);
  });

  it('reads "crown prince" as the monarchy, not the currency, and keeps the headline country', () => {
    const body =
      "Denmark's crown prince will visit the White House next week for talks with President Donald Trump " +
      'on Arctic security, officials said. The kingdom wants closer ties with the United States, and ' +
      'Washington has asked its allies to spend more on defence.';
    const title = 'Danish crown prince to visit White House';
    expect(focusCodes(body, { title })).toEqual(['DK', 'US']);
    expect(
      focusCodes('The Swedish crown fell against the euro.', { title: 'Swedish crown weakens' }),
    ).toEqual(['SE']);
  });

  it('gives a story no other rule gives a country the one its lead names twice as much as any other', () => {
    const title = 'Brewer Kronhus to cut 2,000 jobs as sales fall';
    const body =
      'Danish brewer Kronhus said on Tuesday it would cut 2,000 jobs as beer sales fall. About half of the ' +
      'cuts will be in Denmark, the company said. Sales in the United States, its biggest market, fell 6%.';

    expect(leadFocus(body, title)).toEqual(['DK']);
  });

  it('gives a story no other rule gives a country the one its lead names most, whatever the runner-up', () => {
    const title = 'Drugmaker buys rival';
    const body =
      'Swiss drugmaker Alpenpharm said on Monday it would buy a generics maker in Germany for $5 billion. ' +
      'Alpenpharm, based in Basel, expects savings of $200 million a year. Shares rose 2% in Zurich, while ' +
      "the German firm's US unit will be sold.";

    expect(leadFocus(body, title)).toEqual(['CH']);
  });

  it('leaves a story without a focus country when two countries weigh alike in its lead', () => {
    const title = 'Phone maker beats forecasts';
    const body =
      'The phone maker reported stronger than expected sales on Friday, helped by demand in China and India. ' +
      'It said tariffs would add $900 million to costs this quarter.';

    expect(leadFocus(body, title)).toEqual([]);
  });

  it('returns nothing for an empty article', () => {
    expect(countries('')).toEqual([]);
  });
});

describe('articles not in English', () => {
  const inLanguage = (body: string, language: string) =>
    resolveCountries(prepareDocument({ body, language }), []).map((c) => c.code);

  it('finds countries by their names in the article language', () => {
    expect(inLanguage('Die Vereinigten Staaten und China verhandeln.', 'de')).toEqual(
      expect.arrayContaining(['CN']),
    );
    expect(inLanguage('Les États-Unis et la Chine ont signé un accord.', 'fr').sort()).toEqual(['CN', 'US']);
    expect(inLanguage('España y Alemania firmaron un acuerdo.', 'es').sort()).toEqual(['DE', 'ES']);
  });

  it('does not invent English tags: no English demonyms or codes in another language', () => {
    expect(inLanguage('Der Chinese sagte US nichts.', 'de')).toEqual([]);
  });

  it('reads only countries spelled as in English in a language the gazetteer has no names for', () => {
    expect(inLanguage('Nagkasundo ang China at ang Estados Unidos sa kalakalan.', 'tl')).toEqual(['CN']);
  });
});
