import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a name read only in the headline and otherwise in the body', () => {
  it('is the body’s entity: a town the headline seemed to name as a person', () => {
    // Arrange
    const title = 'Wildfire forces evacuation of Lorne Tulva as smoke blankets the region';
    const body = 'Residents of Lorne Tulva were told to leave on Tuesday as the fire spread, officials said.';

    // Act
    const found = mentionsOf(body, title);

    // Assert
    expect(found.filter((line) => line.includes('Lorne Tulva'))).toEqual([
      'place:lorne-tulva: Lorne Tulva | Lorne Tulva',
    ]);
  });
});

describe('a monarch or pope named by title and given name', () => {
  it('gets the regnal name with its numeral', () => {
    const body =
      "LONDON - Britain's King Charles will visit Rome next month. Charles will meet Pope Leo at the Vatican.";

    const found = mentionsOf(body);

    expect(found).toContain('person:charles-iii: Charles | Charles');
    expect(found).toContain('person:leo-xiv: Leo');
  });

  it('names a pope without a numeral with his title', () => {
    const body = 'MADRID - Pope Francis met King Felipe in Madrid on Monday.';

    const found = mentionsOf(body);

    expect(found).toContain('person:pope-francis: Francis');
    expect(found).toContain('person:felipe-vi: Felipe');
  });

  it('leaves another Charles with a full name alone', () => {
    const body = 'Charles Dunmore, a farmer, said the King Charles Spaniel show was cancelled.';

    expect(entityWith(body, 'Charles Dunmore')).toMatch(/^person:charles-dunmore:/);
  });
});

describe('a city called by its first word before a particle', () => {
  it('joins the city named in full', () => {
    const body =
      'Leaders met in Rio de Janeiro on Sunday. The Rio summit ended with a statement, diplomats said.';

    expect(entityWith(body, 'Rio')).toBe('place:geonames:3451190: Rio de Janeiro | Rio');
  });

  it('joins the city of a dateline in capitals', () => {
    const title = 'Leaders gather in Rio as talks open';
    const body = 'RIO DE JANEIRO, July 6 - Leaders of ten nations met on Sunday.';

    expect(mentionsOf(body, title).filter((line) => /rio/i.test(line))).toEqual([
      'place:geonames:3451190: Rio | RIO DE JANEIRO',
    ]);
  });
});

describe('two towns hyphened before a noun of a way between them', () => {
  it('are two places, not a body', () => {
    const body =
      'Trains on the Warsaw-Lublin line stopped. The Lagos-Ibadan expressway was closed on Friday.';

    const found = mentionsOf(body);

    expect(found).toContain('place:geonames:756135: Warsaw');
    expect(found).toContain('place:geonames:765876: Lublin');
    expect(found).toContain('place:geonames:2332459: Lagos');
    expect(found.some((line) => line.startsWith('organization:'))).toBe(false);
  });

  it('keeps a hyphened firm whole', () => {
    const body = 'Rolls-Royce said its Mercedes-Benz line was not affected.';

    expect(mentionsOf(body)).toContain('organization:rolls-royce: Rolls-Royce');
  });
});

describe('figures glued before a name', () => {
  it('stay in the name of a firm or a fund', () => {
    const body =
      'CHARLOTTE - Bubba Wallace drives for 23XI Racing. Investigators traced the money to the 1MDB fund, ' +
      'and 4Kids Entertainment said it would sell.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:23xi-racing: 23XI Racing');
    expect(found).toContain('organization:1mdb: 1MDB');
    expect(found).toContain('organization:4kids-entertainment: 4Kids Entertainment');
  });

  it('make a unit no name', () => {
    const body = 'Broadband at 8Mbps costs more, the regulator said, and 512K lines are cheaper.';

    expect(mentionsOf(body).some((line) => /mbps|512k/i.test(line))).toBe(false);
  });
});

describe('ordinary words and titles before names', () => {
  it('reads a participle opening a sentence as a word, not a place', () => {
    const body =
      'Swollen rivers burst their banks across the Punjab on Monday. Stolen cars were found in Lahore.';

    const found = mentionsOf(body);

    expect(found.some((line) => /swollen|stolen/i.test(line))).toBe(false);
  });

  it('cuts a patriarch’s title from his name', () => {
    const body = 'ISTANBUL - Ecumenical Patriarch Bartholomew met the pope on Saturday.';

    expect(entityWith(body, 'Bartholomew')).toBe('person:bartholomew: Bartholomew');
  });

  it('reads a Spanish or Italian stadium as a place', () => {
    const body =
      'The Estadio Azteca became the first stadium to host three World Cups. Fans packed the Stadio Olimpico.';

    const found = mentionsOf(body);

    expect(found).toContain('place:estadio-azteca: Estadio Azteca');
    expect(found).toContain('place:stadio-olimpico: Stadio Olimpico');
  });
});

describe('names in Portuguese and German copy', () => {
  const entities = (body: string, language: string, title = '') =>
    tagArticle({ title, body, language }).entities;

  it('gives the bodies of a Portuguese story their English ids', () => {
    const body =
      'Grupos armados ligados ao Estado Isl\u00e2mico atacaram a aldeia, segundo a Organiza\u00e7\u00e3o ' +
      'Internacional para as Migra\u00e7\u00f5es. O Estado Isl\u00e2mico reivindicou o ataque.';

    const found = entities(body, 'pt');

    expect(found.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'organization:islamic-state',
        'organization:international-organization-for-migration',
      ]),
    );
    expect(found.some((e) => e.type === 'person')).toBe(false);
  });

  it('reads no person in a German village’s name', () => {
    const title = 'Gletscherabbruch versch\u00fcttet Walliser Dorf Blatten';
    const body = 'Ein Gletscherabbruch hat am Mittwoch das Dorf Blatten im Kanton Wallis versch\u00fcttet.';

    expect(entities(body, 'de', title).some((e) => e.type === 'person')).toBe(false);
  });
});

describe('review30: mountains, firms listed as examples, museums and titles', () => {
  it('reads a mountain whose lead opens the sentence as a place', () => {
    const body = 'Mount Merapi erupted on Tuesday, officials said. Port officials said ships waited.';

    const found = mentionsOf(body);

    expect(found).toContain('place:mount-merapi: Mount Merapi');
    expect(found.some((line) => line.includes('Port'))).toBe(false);
  });

  it('reads names listed after "makers such as" or "lenders including" as firms', () => {
    const body =
      'Snack makers such as Hershey and Kellanova raised prices. Lenders including Barclays, Lloyds and ' +
      'NatWest cut rates.';

    const found = mentionsOf(body);

    for (const firm of ['hershey', 'kellanova', 'barclays', 'lloyds', 'natwest'])
      expect(found.some((line) => line.startsWith(`organization:${firm}:`))).toBe(true);
  });

  it('keeps countries listed after "countries such as" places', () => {
    const found = mentionsOf('Countries such as Jordan and Chad objected.');

    expect(found).toEqual(['place:iso:JO: Jordan', 'place:iso:TD: Chad']);
  });

  it('reads a gallery or a museum as a body', () => {
    const body = 'The raid on the Apollo Gallery took seven minutes. Visitors queued at the British Museum.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:apollo-gallery: Apollo Gallery');
    expect(found).toContain('organization:british-museum: British Museum');
  });

  it('cuts a catholicos’ title from his name', () => {
    expect(entityWith('Catholicos Karekin II refused to step down.', 'Karekin II')).toBe(
      'person:karekin-ii: Karekin II',
    );
  });
});
