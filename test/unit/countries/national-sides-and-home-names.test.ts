import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, wild59): national sides by nickname, home names of countries, Irish courts and two central banks
// by their initials. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' })
    .countries.map((c) => c.code)
    .sort();

describe('a country named by its national side’s nickname', () => {
  it.each([
    ['Team India will tour New Zealand in March, the board said on Monday.', ['IN', 'NZ']],
    ['The Men in Green will tour New Zealand in March.', ['NZ', 'PK']],
    ['The Boys in Green will face Norway in the playoff in Oslo.', ['IE', 'NO']],
    ['The Harambee Stars lost 2-0 to Ghana on Saturday.', ['GH', 'KE']],
    ['The Azkals beat Laos 1-0 on Sunday.', ['LA', 'PH']],
  ])('%s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});

describe('a country named by its home press’s name for it', () => {
  it.each([
    ['Mzansi’s favourite soapie returns to screens next week.', ['ZA']],
    ['Naija music stars lit up the stage on Saturday night.', ['NG']],
    ['The Lion City’s home prices rose 2% in the quarter.', ['SG']],
    ['Pinoy fans packed the arena on Sunday night.', ['PH']],
  ])('%s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});

describe('bodies only one country has', () => {
  it('reads an Irish court beside a defendant’s nationality', () => {
    expect(
      countriesOf('A Latvian man was jailed for three years at the Special Criminal Court on Friday.'),
    ).toEqual(['IE', 'LV']);
  });

  it.each([['The RBNZ held its cash rate on Wednesday.', ['NZ']]])(
    'reads a central bank by its initials: %s',
    (body, codes) => {
      expect(countriesOf(body)).toEqual(codes);
    },
  );
});

describe('national agencies by their acronym', () => {
  it.each([
    ['ISRO said on Monday it had launched two weather satellites.', ['IN']],
    ['The RCMP said on Monday it had charged two men over the fraud.', ['CA']],
    ['Comelec said on Monday it would extend voter registration by a week.', ['PH']],
    ['NAFDAC said on Monday it had seized fake malaria drugs at a warehouse.', ['NG']],
  ])('%s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });
});

describe('words that hold a country’s name but name none', () => {
  it.each([
    'Guinea fowl farmers said on Monday feed costs had doubled since the summer.',
    'Jersey cows give milk with more butterfat, the dairy board said on Monday.',
    'Residents of Holland Village complained about noise from the new bars.',
    'Shops in Little India extended their opening hours for the festival.',
  ])('%s', (body) => {
    expect(countriesOf(body)).toEqual([]);
  });

  it('reads a city’s Chinatown as no American place', () => {
    expect(countriesOf('Shops in Chinatown stayed open late, Singapore’s tourism board said.')).toEqual([
      'SG',
    ]);
  });
});
