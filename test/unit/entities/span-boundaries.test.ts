import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

/** "name/type" of each entity, sorted. */
function namesOf(body: string): string[] {
  return entitiesOf(body)
    .map((e) => `${e.name}/${e.type}`)
    .sort();
}

describe('a name split by a word inside it', () => {
  it('keeps "Sheikh" inside a Somali name, after a title or alone', () => {
    const titled = namesOf(
      'President Hassan Sheikh Mohamud appealed for aid on Monday. Mohamud said the drought was the worst in decades.',
    );
    const alone = namesOf('Hassan Sheikh Mohamud appealed for aid on Monday.');

    expect(titled).toEqual(['Hassan Sheikh Mohamud/person']);
    expect(alone).toEqual(['Hassan Sheikh Mohamud/person']);
  });

  it('still reads "Sheikh" as a title after a country or another title', () => {
    const names = namesOf('Qatar Emir Sheikh Tamim bin Hamad al-Thani met envoys in Doha.');

    expect(names).toContain('Tamim bin Hamad Al Thani/person');
    expect(names).toContain('Qatar/place');
  });

  it('reads a given name that is a country before a known surname as one person', () => {
    const names = namesOf("Britain's Georgia Bell took bronze in the 1500 metres on Saturday.");

    expect(names).toContain('Georgia Bell/person');
    expect(names).not.toContain('Georgia/place');
  });

  it('keeps a firm or a place named after a country or town with an ordinary word', () => {
    const power = namesOf('Georgia Power raised its rates on Monday.');
    const governor = namesOf('Georgia Governor Brian Kemp signed the bill on Monday.');

    expect(power).toEqual(['Georgia Power/organization']);
    expect(governor).toContain('Brian Kemp/person');
  });

  it('reads a town the gazetteer names with a possessive as one place', () => {
    const entities = entitiesOf('About a million Rohingya live in camps in Cox’s Bazar, officials said.');

    const place = entities.find((e) => e.id === 'place:geonames:1336134');
    expect(place?.mentions.map((m) => m.text)).toEqual(['Cox’s Bazar']);
    expect(entities.some((e) => e.name === 'Cox' || e.name === 'Bazar')).toBe(false);
  });

  it('reads a military base as one place, "Base" included', () => {
    const names = namesOf(
      'The rocket lifted off from Vandenberg Space Force Base, and Vance later visited the Pituffik Space Base.',
    );

    expect(names).toContain('Vandenberg Space Force Base/place');
    expect(names).toContain('Pituffik Space Base/place');
    expect(names.some((n) => n.startsWith('Base/'))).toBe(false);
  });
});

describe('two bodies joined by "and"', () => {
  it('splits two names each closed by its own head word', () => {
    const banks = namesOf('Banking stocks such as Zenith Bank and Access Holdings declined on Tuesday.');
    const bodies = namesOf('Members of the National Electoral Council and Supreme Court met on Friday.');

    expect(banks).toEqual(['Access Holdings/organization', 'Zenith Bank/organization']);
    expect(bodies).toEqual(['National Electoral Council/organization', 'Supreme Court/organization']);
  });

  it('keeps names that coordinate ordinary words before one head word', () => {
    const names = namesOf(
      'The Securities and Exchange Commission and the Food and Drug Administration wrote to First National Bank and Trust Company.',
    );

    expect(names).toContain('Securities and Exchange Commission/organization');
    expect(names).toContain('Food and Drug Administration/organization');
    expect(names).toContain('First National Bank and Trust Company/organization');
  });
});

describe('particles of other languages inside names', () => {
  it('opens a name with the Arabic article written apart in lower case', () => {
    const names = namesOf(
      'The group is an affiliate of al Qaeda and fights beside al Shabaab, officials said.',
    );

    expect(names).toContain('al Qaeda/organization');
    expect(names).toContain('al Shabaab/organization');
  });

  it('joins names through another language\'s "and" into one body', () => {
    const names = namesOf(
      'Leaders of the Jamm ak Njariñ coalition met, and shares of Fichtel und Sachs AG rose in Dar es Salaam.',
    );

    expect(names).toContain('Jamm ak Njariñ/organization');
    expect(names).toContain('Fichtel und Sachs AG/organization');
    expect(names).toContain('Dar es Salaam/place');
  });

  it('keeps the Bantu "wa" inside a person\'s name after a title', () => {
    const names = namesOf('The talks were opened by Zairean Prime Minister Kengo wa Dondo on Friday.');

    expect(names).toContain('Kengo wa Dondo/person');
  });

  it('reads a firm the lists write with "&" when the text writes "and"', () => {
    const types = typesOf(entitiesOf('Shares of Johnson and Johnson fell, and Procter and Gamble rose.'));

    expect(types.get('Johnson and Johnson')).toEqual(['organization']);
    expect(types.get('Procter and Gamble')).toEqual(['organization']);
  });

  it('leaves Reuters abbreviations between capitalised words apart', () => {
    const names = namesOf('The Canadian dlr Eurobond was priced on Monday.');

    expect(names.some((n) => n.includes('dlr'))).toBe(false);
  });
});

describe('a body named again in another form', () => {
  it('joins an acronym whose letters are the initials in another order', () => {
    const entities = entitiesOf(
      'The ELN killed 80 people in fighting with FARC dissidents. It said it acted against dissidents of the former Revolutionary Armed Forces of Colombia.',
    );

    const farc = entities.find((e) => e.mentions.some((m) => m.text === 'FARC'));
    expect(farc?.name).toBe('Revolutionary Armed Forces of Colombia');
    expect(farc?.type).toBe('organization');
  });

  it('joins "the Government of National Unity" and its acronym', () => {
    const entities = entitiesOf(
      'The deal ended a standoff that had threatened the Government of National Unity. The GNU survived.',
    );

    const gnu = entities.find((e) => e.mentions.some((m) => m.text === 'GNU'));
    expect(gnu?.name).toBe('Government of National Unity');
  });

  it("joins a body's head word alone to the one body that ends with it", () => {
    const entities = entitiesOf(
      'Leaders of the Pacific Islands Forum met in Tonga. The Forum endorsed a policing initiative.',
    );

    const forum = entities.find((e) => e.name === 'Pacific Islands Forum');
    expect(forum?.type).toBe('organization');
    expect(forum?.mentions.map((m) => m.text)).toEqual(['Pacific Islands Forum', 'Forum']);
  });

  it('joins a name written without an unlisted word inside it', () => {
    const entities = entitiesOf(
      'The Ethiopian Orthodox Tewahedo Church reconciled with three archbishops. The Ethiopian Orthodox Church counts 40 million followers.',
    );

    expect(entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Ethiopian Orthodox Tewahedo Church',
    ]);
  });

  it('reads a town before a given name and a surname as a place and a person', () => {
    const names = namesOf('Pope Leo named the Apostolic Prefect of Ulaanbaatar Giorgio Marengo a cardinal.');

    expect(names).toContain('Giorgio Marengo/person');
    expect(names).toContain('Ulaanbaatar/place');
  });
});
