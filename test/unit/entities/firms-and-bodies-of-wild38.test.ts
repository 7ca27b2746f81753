import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title = 'Briefing') =>
  entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe('a firm that speaks by one word no list knows (wild38a)', () => {
  it.each([
    [
      'JOHANNESBURG - Eskom said on Tuesday it may implement Stage 2 load shedding this weekend.',
      'Eskom/organization',
    ],
    ['Transnet said on Monday its ports were congested after the storm.', 'Transnet/organization'],
    ['Pertamina said it could import more fuel from Singapore next month.', 'Pertamina/organization'],
  ])('is an organisation when "it"/"its" takes it up as a firm: %s', (body, expected) => {
    const names = namesOf(body);

    expect(names).toContain(expected);
  });

  it('warning "of" what may come is no person\'s cue in a headline', () => {
    const names = namesOf(
      'JOHANNESBURG - Eskom said on Tuesday it may cut power this weekend after two units tripped.',
      'Eskom warns of load shedding as units trip',
    );

    expect(names).toContain('Eskom/organization');
    expect(names).not.toContain('Eskom/person');
  });

  it('a person still speaks with "said it would be"', () => {
    const names = namesOf(
      'Finance Minister Enoch Godongwana spoke in Cape Town. Godongwana said it may be hard.',
    );

    expect(names).toContain('Enoch Godongwana/person');
  });
});

describe('a stock code in brackets after a name (wild38a)', () => {
  it('makes the listed firm of a name the lists know for a place', () => {
    const names = namesOf(
      'Shares of Microsoft (MSFT.O), Amazon (AMZN.O) and Alphabet (GOOGL.O) rose on Tuesday.',
    );

    expect(names).toContain('Amazon/organization');
    expect(names).not.toContain('Amazon/place');
  });

  it('after an exchange and a colon too', () => {
    const names = namesOf('Toyota (TYO: 7203) and Snowflake (NYSE: SNOW) reported results.');

    expect(names).not.toContain('Toyota/place');
  });
});

describe('titles and bodies split or glued (wild38a)', () => {
  it('"Solicitor General" is a title, not a body', () => {
    const names = namesOf(
      'Chief Justice John Roberts questioned Solicitor General D. John Sauer about the law.',
    );

    expect(names).toContain('D. John Sauer/person');
    expect(names.filter((n) => n.startsWith('Solicitor'))).toEqual([]);
  });

  it.each([
    [
      'Aramco President and CEO Amin Nasser said demand would grow.',
      'Aramco/organization',
      'Amin Nasser/person',
    ],
    ['Tesla Chairman and CEO Elon Musk spoke on Monday.', 'Tesla/organization', 'Elon Musk/person'],
  ])('two titles joined by "and" part the body from the holder: %s', (body, firm, holder) => {
    const names = namesOf(body);

    expect(names).toEqual(expect.arrayContaining([firm, holder]));
    expect(names.some((n) => /President|Chairman/.test(n))).toBe(false);
  });

  it("a region the lists know by two words before a title is the office's place", () => {
    const names = namesOf('Khyber Pakhtunkhwa Chief Minister Sohail Afridi met officials in Peshawar.');

    expect(names).toEqual(expect.arrayContaining(['Khyber Pakhtunkhwa/place', 'Sohail Afridi/person']));
  });

  it.each([
    [
      'The Monetary Authority of Singapore left its policy unchanged on Tuesday.',
      'Monetary Authority of Singapore/organization',
    ],
    ['The Port Authority of Jamaica said the port would reopen.', 'Port Authority of Jamaica/organization'],
  ])('an authority "of" its country is one body: %s', (body, expected) => {
    const names = namesOf(body);

    expect(names).toContain(expected);
  });

  it('"Port" still opens a place\'s name', () => {
    const names = namesOf('He flew to Port of Spain and then to Port Moresby.');

    expect(names).toEqual(expect.arrayContaining(['Port of Spain/place', 'Port Moresby/place']));
  });

  it('a court of appeals goes on with the circuit it sits for', () => {
    const names = namesOf('The U.S. Court of Appeals for the Federal Circuit ruled against the tariffs.');

    expect(names).toContain('U.S. Court of Appeals for the Federal Circuit/organization');
    expect(names).not.toContain('Federal Circuit/other');
  });

  it('a case whose first party is named in the possessive is one name', () => {
    const names = namesOf("The case recalls Humphrey's Executor v. United States, a 1935 ruling.");

    expect(names).toContain("Humphrey's Executor v. United States/other");
    expect(names).not.toContain('Humphrey/person');
  });

  it.each([
    'Nepra approved an increase of Rs1.5 per unit in the electricity price.',
    'The council set aside Rs150 a month and RM50 million for repairs.',
  ])('a currency glued to its figure names nothing: %s', (body) => {
    const names = namesOf(body);

    expect(names.filter((n) => /\d/.test(n))).toEqual([]);
  });
});
