import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title = 'Markets') =>
  entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe('tables set in columns (wild38b)', () => {
  const commodities = [
    'Commodity     Price      Change',
    'Gold ($/oz)   4,012.50   +0.8%',
    'Brent ($/bbl) 63.20      -1.1%',
    'Palm oil (Bursa Malaysia) 4,120 ringgit  +0.5%',
    'Oil fell after a surprise build in U.S. crude inventories.',
  ].join('\n');

  it('a heading or a row label read as a given name or a surname is no person', () => {
    const names = namesOf(commodities, 'Gold, oil and grains: commodities wrap');

    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it("a line of prose with a typist's double space after a figure is no table", () => {
    const names = namesOf(
      'Sight deposits of commercial banks at\nthe Swiss National Bank fell 512.4  mln Swiss francs in the\nfirst 10 days of June.',
    );

    expect(names).toContain('Swiss National Bank/organization');
  });
});

describe('crude benchmarks and stock codes (wild38b)', () => {
  it.each([
    ['Brent falls below $60 for the first time since May.', 'Brent/other'],
    ['Oil prices slid on Monday. WTI fell 2% to $58.', 'WTI/other'],
  ])('a crude oil benchmark named alone is a market measure: %s', (body, expected) => {
    const names = namesOf(body);

    expect(names).toContain(expected);
  });

  it('the London borough stays a place after "in"', () => {
    const names = namesOf('A school in Brent closed after the flood.', 'Flood');

    expect(names).toContain('Brent/place');
  });

  it('an exchange suffix glued to a stock code names no body', () => {
    const names = namesOf(
      'SAP.DE: SAP cuts cloud backlog outlook; shares -6% in Frankfurt.\nVOW3.DE fell 2%.',
    );

    expect(names.filter((n) => n.startsWith('DE/'))).toEqual([]);
  });

  it('a town named like a listed brand, in a list with a firm, is the firm', () => {
    const names = namesOf(
      'Tokyo stocks closed at an all-time high as the yen weakened, lifting exporters such as Toyota and Sony.',
    );

    expect(names).toContain('Toyota/organization');
    expect(names).not.toContain('Toyota/place');
  });

  it('such a town that "its" takes up as its subject is the firm', () => {
    const names = namesOf('Toyota raises its full-year profit forecast on strong hybrid sales.');

    expect(names).toContain('Toyota/organization');
  });

  it('a region that "its" takes up stays a place', () => {
    const names = namesOf(
      'Royal Trust moved into continental Europe and\nAsia with its 239 mln dlr acquisition.',
    );

    expect(names).not.toContain('Asia/organization');
  });
});

describe('transcripts (wild38b)', () => {
  const cnn = [
    'BLITZER: Breaking news out of the Middle East right now. Jeremy Diamond is in Tel Aviv. Jeremy?',
    "DIAMOND (on camera): Wolf, the prime minister's office confirmed the handover a short time ago.",
    'UNIDENTIFIED MALE (through translator): We want all of them home.',
    "BLITZER: Jeremy Diamond, thank you. We'll be right back.",
  ].join('\n');

  it("a label repeated over a transcript's turns is its speaker, named as a name is written", () => {
    const names = namesOf(cnn, 'CNN NEWSROOM transcript');

    expect(names).toContain('Blitzer/person');
    expect(names).not.toContain('BLITZER/organization');
  });

  it('a label of a role names no one', () => {
    const names = namesOf(cnn, 'CNN NEWSROOM transcript');

    expect(names.filter((n) => n.startsWith('UNIDENTIFIED'))).toEqual([]);
  });

  it('a full name in capitals as a label is written as a name', () => {
    const names = namesOf(
      'NICK ROBINSON: The chancellor, Rachel Reeves, is under pressure this morning.\nMEL STRIDE: Good morning, Nick.',
      'Today programme, transcript',
    );

    expect(names).toContain('Nick Robinson/person');
  });

  it('a list of tickers labelling lines is no transcript', () => {
    const names = namesOf(
      'NVDA: Nvidia Q3 revenue $57.0 bln vs $54.9 bln est\nTSM: TSMC October sales up 17%\nAMD: AMD shares +2%',
      'Earnings at a glance',
    );

    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });
});

describe('bodies of stories in other languages (wild38a)', () => {
  const entitiesIn = (title: string, body: string) =>
    tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

  it('a body the text names by its bracketed acronym is kept in any language', () => {
    const names = entitiesIn(
      'Bank Indonesia pangkas suku bunga acuan menjadi 4,75 persen',
      'JAKARTA — Bank Indonesia (BI) memangkas suku bunga acuan BI-Rate sebesar 25 basis poin menjadi 4,75 persen, Rabu. Gubernur BI Perry Warjiyo mengatakan keputusan itu sejalan dengan inflasi yang rendah.',
    );

    expect(names).toContain('Bank Indonesia/organization');
  });

  it('the quoted currency of a pair after a slash names no body', () => {
    const names = entitiesIn(
      "Merkez Bankası politika faizini yüzde 39,5'e indirdi",
      "ANKARA — Türkiye Cumhuriyet Merkez Bankası (TCMB), politika faizini 100 baz puan indirerek yüzde 39,5'e düşürdü. Dolar/TL 42,3 seviyesinde işlem gördü.",
    );

    expect(names).toContain('Türkiye Cumhuriyet Merkez Bankası/organization');
    expect(names.filter((n) => n.startsWith('TL/'))).toEqual([]);
  });
});

describe('a brand named by an ordinary word (wild38a)', () => {
  it('is the firm that "whose" gives shares', () => {
    const names = namesOf('The ruling was a relief for Apple, whose shares rose 3%.', 'Google ruling');

    expect(names).toContain('Apple/organization');
  });
});
