import { describe, expect, it } from 'vitest';
import { mentionsOf, typedNames } from './entities-of.js';

// review30 E4, E5: words before a name that the name took in ("Africa Massad Boulos", "Republicans Tim
// Echols", "Tourism Minister Sherif Fathy") and a name cut in two ("Nguyen" + "Thu Hang").

describe('a place that is an office\u2019s brief', () => {
  it.each([
    ['U.S. senior adviser for Africa Nathan Kovac said the talks would resume on Monday.', 'Nathan Kovac'],
    ['Britain\u2019s trade envoy to Asia Derek Holm said the deal was close.', 'Derek Holm'],
    ['The White House adviser for Europe Clara Bianchi met officials in Rome.', 'Clara Bianchi'],
  ])('is no part of the holder\u2019s name in %j', (body, person) => {
    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain(`${person}/person`);
    expect(found.some((name) => name.includes(` ${person}`))).toBe(false);
  });
});

describe('a plural before a list of names', () => {
  it('of a party label is no part of the first name', () => {
    const found = typedNames(
      'Democrats defeated Republicans Tom Ashby and Gene Whitfield in the runoff on Tuesday.',
    );

    expect(found).toContain('Tom Ashby/person');
    expect(found).toContain('Gene Whitfield/person');
  });

  it('of "rivals" opening a sentence is no part of a firm\u2019s name', () => {
    const found = typedNames('Rivals Frontier Airlines and JetBlue Airways said they would add routes.');

    expect(found).toContain('Frontier Airlines/organization');
  });

  it('of "competitors" opening a sentence is no part of a firm\u2019s name', () => {
    const found = typedNames('Competitors Frontier Airlines and JetBlue Airways cut fares on Monday.');

    expect(found).toContain('Frontier Airlines/organization');
  });
});

describe('a minister\u2019s portfolio the lexicon lacks', () => {
  it.each([
    ['Tourism Minister Sherif Nabawy said the museum would open next year.', 'Sherif Nabawy'],
    ['Digital Minister Karsten Wendler said the rules would take effect in March.', 'Karsten Wendler'],
    ['Petroleum Minister Kola Adeyemi said output would rise.', 'Kola Adeyemi'],
    [
      'The state chose a bidder over Lufthansa and IAG, the owner of Iberia, Infrastructure Minister Rui Pinto Sousa said on Thursday.',
      'Rui Pinto Sousa',
    ],
  ])('is the title\u2019s, before the holder in %j', (body, person) => {
    const found = typedNames(body);

    expect(found).toContain(`${person}/person`);
    expect(found.some((name) => /^(?:Tourism|Digital|Petroleum|Infrastructure)\b/.test(name))).toBe(false);
  });
});

describe('an office named with "of" in lower case', () => {
  it('"Head of mission" before an unknown given name is a title', () => {
    const found = typedNames('Head of mission Piers Litherland said the tomb was found in 2022.');

    expect(found).toContain('Piers Litherland/person');
  });
});

describe('a country of three words before a title', () => {
  it.each([
    ['United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan hosted the ceremony.'],
    [
      'The ceremony was hosted by United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan on Monday.',
    ],
  ])('is the country, and the holder a person, in %j', (body) => {
    const found = mentionsOf(body);

    expect(found).toContain('place:iso:AE: United Arab Emirates');
    expect(
      found.some((line) => line.startsWith('person:') && line.endsWith('Mohamed bin Zayed Al Nahyan')),
    ).toBe(true);
  });
});

describe('church titles', () => {
  it.each([
    ['Catholicos Karekin II refused to step down on Sunday.', 'Karekin II/person'],
    ['Patriarch Bartholomew met the pope in Istanbul.', 'Bartholomew/person'],
  ])('are no part of the holder\u2019s name in %j', (body, expected) => {
    expect(typedNames(body)).toContain(expected);
  });
});

describe('a Dutch minister "van" a ministry', () => {
  it.each([
    [
      'De minister van Buitenlandse Handel Reinette Klever zei dinsdag dat de heffingen schadelijk zijn.',
      'Reinette Klever',
    ],
    ['Volgens minister van Financi\u00ebn Eelco Heinen is het tekort te groot.', 'Eelco Heinen'],
  ])('is named without the ministry in %j', (body, person) => {
    expect(typedNames(body)).toContain(`${person}/person`);
  });
});

describe('a Vietnamese name with "Thu"', () => {
  it('is one person, not a Thursday', () => {
    const found = typedNames('HSBC economist Nguyen Thu Hang said inflation would ease this year.');

    expect(found).toContain('Nguyen Thu Hang/person');
  });

  it('leaves the weekday abbreviation alone elsewhere', () => {
    const found = typedNames('The meeting on Thu Jan 5 was cancelled.');

    expect(found.some((name) => name.startsWith('Thu'))).toBe(false);
  });
});
