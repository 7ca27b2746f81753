import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../functions/core/entities/recognize.js';
import type { Entity, EntityType } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { typedNames } from './entities-of.js';

function entitiesOf(body: string): Entity[] {
  return recognizeEntities(prepareDocument({ body, language: 'en' }));
}

function named(entities: Entity[], type: EntityType, name: string): Entity | undefined {
  return entities.find((e) => e.type === type && e.name === name);
}

function texts(e: Entity | undefined): string[] {
  return e?.mentions.map((m) => m.text) ?? [];
}

describe('a given name that is also a country', () => {
  const body =
    'Chad Morgan, a lawyer for the shipping firm, said the contract was signed in Chad last week. ' +
    "Chad's government has not commented, Morgan said.";

  it('reads "Chad Morgan" as one person and merges the surname into it', () => {
    const entities = entitiesOf(body);
    expect(texts(named(entities, 'person', 'Chad Morgan'))).toEqual(['Chad Morgan', 'Morgan']);
  });

  it('keeps the other mentions of the word as the country', () => {
    const entities = entitiesOf(body);
    expect(texts(named(entities, 'place', 'Chad'))).toEqual(['Chad', 'Chad']);
    const countries = tagArticle({ body }).countries;
    const chad = countries.find((c) => c.code === 'TD');
    expect(chad?.mentions.map((m) => m.start)).not.toContain(body.indexOf('Chad Morgan'));
  });

  it('still splits a country from a title that follows it', () => {
    const entities = entitiesOf('Officials said U.S. Trade Representative Susan Reyes would travel.');
    expect(named(entities, 'place', 'United States')).toBeDefined();
    expect(named(entities, 'person', 'Susan Reyes')).toBeDefined();
  });
});

describe('a given name that WordNet also lists as a group word', () => {
  it('reads "Stuart Mbeki" as a person, not a group word and a stray name', () => {
    const entities = entitiesOf('The fund’s manager, Stuart Mbeki, said returns had improved.');
    expect(named(entities, 'person', 'Stuart Mbeki')).toBeDefined();
  });

  it('reads an accented given name as one ("Joaquín Sorel")', () => {
    const entities = entitiesOf('The club signed Joaquín Sorel on Monday, and Sorel will start on Sunday.');
    expect(texts(named(entities, 'person', 'Joaquín Sorel'))).toEqual(['Joaquín Sorel', 'Sorel']);
  });
});

describe('a job title before a name', () => {
  it('leaves the office ("Housing Minister") out of the person’s name', () => {
    const entities = entitiesOf(
      'New quotas were announced by Housing Minister Helga Brandt on Monday. Brandt said talks would go on.',
    );
    expect(texts(named(entities, 'person', 'Helga Brandt'))).toEqual(['Helga Brandt', 'Brandt']);
    expect(entities.some((e) => e.name.includes('Minister'))).toBe(false);
  });

  it('leaves a two-word title ("Chief Executive", "Secretary General") out of the name', () => {
    const entities = entitiesOf(
      'Chief Executive Lena Marsh said sales rose. Secretary General Piotr Nowak and Attorney General ' +
        'Ruth Okoro agreed, and Marsh thanked them.',
    );
    expect(texts(named(entities, 'person', 'Lena Marsh'))).toEqual(['Lena Marsh', 'Marsh']);
    expect(named(entities, 'person', 'Piotr Nowak')).toBeDefined();
    expect(named(entities, 'person', 'Ruth Okoro')).toBeDefined();
    expect(entities.some((e) => /Executive|General/.test(e.name))).toBe(false);
  });

  it('leaves an office with "of" ("Secretary of State", "Chancellor of the Exchequer") out of the name', () => {
    const entities = entitiesOf(
      'Talks were led by Secretary of State Lorna Vick on Monday. Chancellor of the Exchequer Omar Tilly ' +
        'agreed, and Secretary of State Vick thanked him.',
    );
    expect(texts(named(entities, 'person', 'Lorna Vick'))).toEqual(['Lorna Vick', 'Vick']);
    expect(named(entities, 'person', 'Omar Tilly')).toBeDefined();
    expect(entities.some((e) => /State|Exchequer|Chancellor/.test(e.name))).toBe(false);
  });

  it('keeps a body named after "chairman of the" whole', () => {
    const entities = entitiesOf(
      'He is chairman of the Council for Trade and Co-operation in Asia, which met on Friday.',
    );
    expect(named(entities, 'organization', 'Council for Trade and Co-operation in Asia')).toBeDefined();
  });

  it('splits "Vantrix Chief Executive Jensen Okoye" into the company and the person', () => {
    const entities = entitiesOf(
      'Shares of Vantrix Corp fell. Vantrix Chief Executive Jensen Okoye said he was disappointed, and Okoye left.',
    );
    expect(texts(named(entities, 'person', 'Jensen Okoye'))).toEqual(['Jensen Okoye', 'Okoye']);
    expect(entities.some((e) => e.name.includes('Executive'))).toBe(false);
  });

  it('keeps the body before the title as an organisation of its own', () => {
    const entities = entitiesOf(
      'The plan was backed by Port Authority Chairman Victor Lund, who spoke after the vote.',
    );
    expect(named(entities, 'organization', 'Port Authority')).toBeDefined();
    expect(named(entities, 'person', 'Victor Lund')).toBeDefined();
  });
});

describe('a quoted nickname inside a name', () => {
  it('keeps the nickname in the mention and out of the name, and merges the surname', () => {
    const body =
      'A jury convicted Tomas "Sunny" Brandvold on Thursday. The judge will sentence Brandvold in May, ' +
      'and Marta “La Reina” Solís will testify.';
    const entities = entitiesOf(body);
    expect(texts(named(entities, 'person', 'Tomas Brandvold'))).toEqual([
      'Tomas "Sunny" Brandvold',
      'Brandvold',
    ]);
    expect(named(entities, 'person', 'Marta Solís')?.id).toBe('person:marta-solis');
  });

  it('does not join a quoted word to the names around it when spaces set the quotes apart', () => {
    const entities = entitiesOf('Critics called Vance " Mr Tariff " Monday.');
    expect(entities.some((e) => e.name.includes('Tariff') && e.name.includes('Vance'))).toBe(false);
  });
});

describe('a given name that is also an ordinary word, after "the"', () => {
  it('does not read "the Red Crescent" as a person', () => {
    const entities = entitiesOf('Teams from the Red Crescent reached the villages, and Red Adair helped.');
    expect(named(entities, 'person', 'Red Crescent')).toBeUndefined();
    expect(named(entities, 'person', 'Red Adair')).toBeDefined();
  });
});

describe('a noun after a name that says what it names', () => {
  it('types "the ruling Pelican Dawn party" as an organisation, in every mention', () => {
    const entities = entitiesOf(
      'The ruling Pelican Dawn party won the vote. Observers congratulated Pelican Dawn founder Ivo Rask.',
    );
    expect(texts(named(entities, 'organization', 'Pelican Dawn'))).toEqual(['Pelican Dawn', 'Pelican Dawn']);
  });
});

describe('an acronym spelled like a function word', () => {
  it('reads "WHO" in mixed-case text as an organisation and merges it with its full name', () => {
    const entities = entitiesOf(
      'The World Health Organization (WHO) said cases rose. The WHO will meet, WHO officials said.',
    );
    expect(texts(named(entities, 'organization', 'World Health Organization'))).toEqual([
      'World Health Organization',
      'WHO',
      'WHO',
      'WHO',
    ]);
  });
});

describe('Arabic names with a particle ("al-", "el-")', () => {
  it('keeps the particle inside the name and merges the bare surname', () => {
    const entities = entitiesOf(
      'Spokesman Majid al-Rahbi said aid would enter. Rahbi added that Karim el-Tayeb agreed, and Al-Tayeb left.',
    );
    expect(texts(named(entities, 'person', 'Majid al-Rahbi'))).toEqual(['Majid al-Rahbi', 'Rahbi']);
    expect(texts(named(entities, 'person', 'Karim el-Tayeb'))).toEqual(['Karim el-Tayeb', 'Al-Tayeb']);
  });

  it("keeps an elided particle inside a name: Côte d'Ivoire, Giscard d'Estaing", () => {
    const entities = entitiesOf("Valery Giscard d'Estaing visited Cote d'Ivoire.");
    expect(named(entities, 'person', "Valery Giscard d'Estaing")).toBeDefined();
    expect(entities.find((e) => e.id === 'place:iso:CI')?.mentions.map((m) => m.text)).toEqual([
      "Cote d'Ivoire",
    ]);
  });

  it('reads an unknown name beside a place noun as a place', () => {
    const entities = entitiesOf(
      'Talks in the resort of Sharm el-Sheikh ended, and rebels hid in the Wadi Zurak region.',
    );
    expect(named(entities, 'place', 'Sharm el-Sheikh')).toBeDefined();
    expect(named(entities, 'place', 'Wadi Zurak')).toBeDefined();
  });
});

describe('a compass word before a place', () => {
  it('names a region: "Central Asia", "Central Europe"', () => {
    const entities = entitiesOf('Growth slowed in Central Asia and Central Europe, the bank said.');
    expect(named(entities, 'place', 'Central Asia')).toBeDefined();
    expect(named(entities, 'place', 'Central Europe')).toBeDefined();
  });
});

describe('an adjective opening a name', () => {
  it('leaves "Former" out of a company name', () => {
    const entities = entitiesOf('Former Kestrel Inc president Ann Sayer was charged.');
    expect(named(entities, 'organization', 'Kestrel Inc')).toBeDefined();
  });

  it('leaves "Rival" out of a company name', () => {
    const entities = entitiesOf('Shares fell. Rival Kestrel Motor Co reported a similar problem.');
    expect(named(entities, 'organization', 'Kestrel Motor Co')).toBeDefined();
  });
});

describe('a company named like something else', () => {
  it('reads a name after "invested $8 billion in" as a company', () => {
    const entities = entitiesOf('Halvard Group invested $8 billion in Quillon, its filing showed.');
    expect(named(entities, 'organization', 'Quillon')).toBeDefined();
  });

  it('reads a river that invests or hires as the company, a name with "Platforms" as a company', () => {
    const entities = entitiesOf('Amazon invested in the start-up, and Zorvik Platforms hired its chief.');
    expect(named(entities, 'organization', 'Amazon')).toBeDefined();
    expect(named(entities, 'organization', 'Zorvik Platforms')).toBeDefined();
  });
});

describe('a company named like a town', () => {
  it('reads "Toyota" as the company after "Toyota Motor Corp", and as the town after "in"', () => {
    const body =
      'Toyota Motor Corp will recall 1 million cars. Toyota shares fell 1.3%. The plant in Toyota will close.';
    const entities = entitiesOf(body);
    const company = named(entities, 'organization', 'Toyota Motor Corp');
    expect(company?.mentions.map((m) => m.start)).toContain(body.indexOf('Toyota shares'));
    expect(company?.mentions.map((m) => m.start)).not.toContain(body.lastIndexOf('Toyota'));
  });
});

describe('the place of work of analysts and economists', () => {
  it('types a name shaped like a person’s as a firm after "analysts at", in every mention', () => {
    const entities = entitiesOf(
      'Analysts at Hollis Grant said the deal was cheap. Hollis Grant shares rose 2 percent.',
    );
    expect(texts(named(entities, 'organization', 'Hollis Grant'))).toEqual(['Hollis Grant', 'Hollis Grant']);
    expect(named(entities, 'person', 'Hollis Grant')).toBeUndefined();
  });

  it('still reads a person introduced with a title as a person', () => {
    const entities = entitiesOf('Economist Hollis Grant said prices would rise.');
    expect(named(entities, 'person', 'Hollis Grant')).toBeDefined();
  });
});

describe('organisation names with "for", "and" and "in" inside', () => {
  it('keeps "Council for Trade and Co-operation in Asia" in one span', () => {
    const entities = entitiesOf(
      'Delegates of the Council for Trade and Co-operation in Asia met in Hanoi on Friday.',
    );
    expect(named(entities, 'organization', 'Council for Trade and Co-operation in Asia')).toBeDefined();
    expect(named(entities, 'place', 'Asia')).toBeUndefined();
  });

  it('joins coordinated ordinary words after "of" ("Ministry of Water and Mines")', () => {
    const entities = entitiesOf('The Ministry of Water and Mines issued new rules.');
    expect(named(entities, 'organization', 'Ministry of Water and Mines')).toBeDefined();
  });

  it('does not join two organisations named side by side', () => {
    const entities = entitiesOf('The Bank of Portugal and Santander signed the deal in Lisbon.');
    expect(named(entities, 'organization', 'Bank of Portugal')).toBeDefined();
    expect(entities.some((e) => e.name.includes('Santander') && e.name.includes('Bank'))).toBe(false);
  });

  it('does not take a city after "in" into a name without coordination', () => {
    const entities = entitiesOf('The Ministry of Fisheries in Oslo said quotas would fall.');
    expect(named(entities, 'organization', 'Ministry of Fisheries')).toBeDefined();
    expect(named(entities, 'place', 'Oslo')).toBeDefined();
  });
});

describe('company and club names', () => {
  it('types a place followed by an ordinary word as an organisation ("Halifax Pilots", "Air Moldova")', () => {
    const entities = entitiesOf(
      'The Halifax Pilots beat the visitors on Sunday, and the Pilots now lead the table. ' +
        'Officials at Air Moldova said flights would resume.',
    );
    expect(named(entities, 'organization', 'Halifax Pilots')).toBeDefined();
    expect(entities.find((e) => e.mentions.some((m) => m.text === 'Pilots'))?.type).toBe('organization');
    expect(named(entities, 'organization', 'Air Moldova')).toBeDefined();
  });

  it('types a name ending in an ordinary word as an organisation ("Kessler Plastics")', () => {
    const entities = entitiesOf('Shares in Kessler Plastics fell after the results.');
    expect(named(entities, 'organization', 'Kessler Plastics')).toBeDefined();
  });

  it('keeps event names out of organisations ("Fairview Open")', () => {
    const entities = entitiesOf('She won the Fairview Open last year and returns next month.');
    expect(entities.find((e) => e.name === 'Fairview Open')?.type).not.toBe('organization');
  });

  it('keeps the period of a company abbreviation the tokenizer split off ("Norvik Corp.")', () => {
    const body = 'The deal was signed by Norvik Corp. , a maker of pumps.';
    const norvik = entitiesOf(body).find((e) => e.type === 'organization');
    expect(norvik?.mentions[0]?.text).toBe('Norvik Corp.');
  });

  it('does not run an organisation name into a weekday ("Trade Department on Monday")', () => {
    const entities = entitiesOf('The Department of Trade on Monday said exports rose.');
    expect(named(entities, 'organization', 'Department of Trade')).toBeDefined();
  });
});

describe('titles inside a longer run and coordinated organisation names', () => {
  it('splits "Veltra CEO Maria Olsen" into the company and the person', () => {
    const entities = entitiesOf('The shares rose after Veltra CEO Maria Olsen said sales grew.');
    expect(named(entities, 'person', 'Maria Olsen')).toBeDefined();
    expect(entities.some((e) => e.name.includes('CEO'))).toBe(false);
  });

  it('keeps ordinary words coordinated by "and" in one organisation', () => {
    const entities = entitiesOf('The Water and Power Supply Authority said prices would rise.');
    expect(named(entities, 'organization', 'Water and Power Supply Authority')).toBeDefined();
  });

  it('keeps a body that names itself apart from the organisation after "and"', () => {
    const entities = entitiesOf('The Treasury and Federal Reserve officials met on Monday.');
    expect(entities.some((e) => e.name.startsWith('Treasury and'))).toBe(false);
  });

  it('reads a name no list knows, with nothing foreign to a person in it, as a person', () => {
    const entities = entitiesOf('The winner, Tavio Saxon, finished ahead of the field.');
    expect(named(entities, 'person', 'Tavio Saxon')).toBeDefined();
  });

  it('types an institution WordNet files under places as an organisation', () => {
    const entities = entitiesOf('A Pentagon spokesman said the University of Michigan study was flawed.');
    expect(named(entities, 'organization', 'University of Michigan')).toBeDefined();
    expect(named(entities, 'organization', 'Pentagon')).toBeDefined();
  });
});

describe('datelines in capitals', () => {
  it('reads an unknown name opening a dateline line as a place', () => {
    const body = 'Quarry reopens after flood .\nVELDORA , Norway 1996-08-30\nThe quarry reopened on Friday .';
    const veldora = entitiesOf(body).find((e) => e.mentions.some((m) => m.text === 'VELDORA'));
    expect(veldora?.type).toBe('place');
  });
});

describe('words the compact lexicon misses and one-sentence-a-line text', () => {
  it('takes a place and ordinary words coordinated into one organisation', () => {
    const entities = entitiesOf('The Lisbon Post and Telecommunications Authority raised fees.');
    expect(named(entities, 'organization', 'Lisbon Post and Telecommunications Authority')).toBeDefined();
  });

  it('reads abstract nouns ("Tourism") as ordinary words before a title', () => {
    const entities = entitiesOf('The rules were set by Tourism Minister Helga Brandt on Monday.');
    expect(named(entities, 'person', 'Helga Brandt')).toBeDefined();
  });

  it('treats each line of pre-tokenised text as a sentence start', () => {
    const body = 'Storm hits coast .\nOSLO 1996-08-30\nMore than 300 homes lost power , officials said .';
    const entities = entitiesOf(body);
    expect(entities.some((e) => e.mentions.some((m) => m.text === 'More'))).toBe(false);
  });
});

describe('foreign articles and hyphened given names', () => {
  it('reads a foreign article opening a two-word name as a paper or company ("Die Zeitkurier")', () => {
    const entities = entitiesOf('The report first appeared in Die Zeitkurier on Sunday.');
    expect(named(entities, 'organization', 'Die Zeitkurier')).toBeDefined();
  });

  it('does not read "Les" as an article ("Les Dawlish" is a person’s name)', () => {
    const entities = entitiesOf('The singer known as Les Dawlish returned on Friday.');
    expect(named(entities, 'organization', 'Les Dawlish')).toBeUndefined();
  });

  it('reads a hyphened pair of given names as a given name ("Anne-Sophie Varel")', () => {
    const entities = entitiesOf('The prize went to Anne-Sophie Varel, and Varel thanked her team.');
    expect(texts(named(entities, 'person', 'Anne-Sophie Varel'))).toEqual(['Anne-Sophie Varel', 'Varel']);
  });
});

describe('words before a name that are not part of it', () => {
  it('reads a party label before a politician’s full name as no part of the name', () => {
    const entities = typedNames(
      'Democrat Raphael Warnock faced Republican Herschel Walker in the runoff. The Republican Party said ' +
        'turnout was high.',
    );

    expect(entities).toEqual(
      expect.arrayContaining([
        'Raphael Warnock/person',
        'Herschel Walker/person',
        'Republican Party/organization',
      ]),
    );
  });

  it('reads a British-spelt adjective opening a sentence as no part of the place after it', () => {
    const entities = typedNames('Neighbouring Guinea-Bissau is also ruled by the military.');

    expect(entities).toContain('Guinea-Bissau/place');
  });
});
