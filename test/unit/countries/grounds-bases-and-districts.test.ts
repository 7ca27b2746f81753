import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const codes = (title: string, body: string) =>
  tag(title, body)
    .countries.map((c) => c.code)
    .sort();
const focus = (title: string, body: string) =>
  tag(title, body)
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

describe('"Emirates" alone is the airline or the ground; "the Emirates" is the country', () => {
  it('reads no country from the ground in "Spurs lost 3-0 at the Emirates on Saturday"', () => {
    expect(
      codes('North London derby', 'Spurs lost 3-0 at the Emirates on Saturday in front of 60,000.'),
    ).toEqual(['GB']);
  });

  it('reads no country from the airline in "Emirates ordered 30 more jets"', () => {
    expect(
      codes('Jet order', 'Emirates ordered 30 more wide-body jets on Monday for its long-haul fleet.'),
    ).toEqual([]);
  });

  it('still reads the country from "the Emirates" and from its news agency', () => {
    expect(
      codes('Ceasefire welcomed', "The Emirates' foreign ministry welcomed the truce on Monday."),
    ).toEqual(['AE']);
    expect(
      codes('Minister visits', 'The state-run Emirates news agency said the minister would visit.'),
    ).toEqual(['AE']);
  });
});

describe('places named after a saint share their name with grounds, guesthouses and charities', () => {
  it('reads no Grenada in "St George\'s Park" and no Colombia in "Casa Santa Marta"', () => {
    expect(
      codes('Squad named', "The England manager named his squad at St George's Park on Friday."),
    ).toEqual(['GB']);
    expect(codes('Pope rests', 'The pope rested at Casa Santa Marta on Sunday, a spokesman said.')).toEqual(
      [],
    );
  });

  it('still reads the saint-named capital itself: "homes in St George\'s, the capital"', () => {
    expect(codes('Storm damage', "The storm flattened homes in St George's on Tuesday night.")).toEqual([
      'GD',
    ]);
  });
});

describe('bases, states, abbreviations and districts the local press names alone', () => {
  it('reads Qatar from "Al Udeid air base"', () => {
    expect(codes('Missiles fired', 'Missiles were fired at Al Udeid air base late on Monday.')).toEqual([
      'QA',
    ]);
  });

  it('reads the state, not the capital, in "Washington state health officials said"', () => {
    const result = tag(
      'Flu case',
      'Washington state health officials said a resident of Yakima had caught flu.',
    );
    expect(result.countries.map((c) => c.mentions[0]?.text)).toEqual(['Washington state']);
    expect(result.entities.find((e) => e.name.startsWith('Washington'))?.id).toBe('place:washington-state');
  });

  it('reads Australia from "Qld" after a town and Nigeria from a state written "Kebbi state"', () => {
    expect(
      focus('Flood peak', 'Residents of Gympie, Qld, were told to expect a flood peak on Thursday.'),
    ).toEqual(['AU']);
    expect(focus('Pupils freed', 'Police in Kebbi state said all 24 pupils had been freed.')).toEqual(['NG']);
  });

  it('reads Hong Kong from its districts: "Tai Po", "Mong Kok", "Tsim Sha Tsui"', () => {
    expect(focus('Fire', 'The blaze at a housing estate in Tai Po burned for two days.')).toEqual(['HK']);
    expect(focus('Arrests', 'Police arrested four men in Mong Kok and Tsim Sha Tsui on Friday.')).toEqual([
      'HK',
    ]);
  });

  it('reads a voice whose given name has a lower-case hyphenated part: "Lee Jae-myung", "LEE Jae-myung"', () => {
    expect(focus('Budget', 'President Lee Jae-myung said spending on chips would rise next year.')).toEqual([
      'KR',
    ]);
    expect(focus('Budget', 'President LEE Jae-myung said spending on chips would rise next year.')).toEqual([
      'KR',
    ]);
  });
});
