import { describe, expect, it } from 'vitest';
import { lookupPhrase, lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { keyOf } from '../../../functions/core/countries/normalize.js';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 43 (places43): names the packages lack (pairs42: "Surinam", "Cameroun") and capitals reached by a press
// name or an older spelling that lacked the capital flag (mendT42: "Kyiv", "New Delhi"). Stories are invented.
const capitalFlag = (name: string): boolean | undefined => lookupPhrase(keyOf(name))?.capital;

describe('country names the press writes that the packages lack', () => {
  it.each([
    ['Surinam', 'SR'],
    ['Cameroun', 'CM'],
    ['Byelorussia', 'BY'],
    ['Kazakstan', 'KZ'],
    ['Kirghizia', 'KG'],
    ['Tadzhikistan', 'TJ'],
    ['Turkmenia', 'TM'],
    ['Western Samoa', 'WS'],
    ['Irish Republic', 'IE'],
  ])('resolves %s to the country %s', (name, code) => {
    // Act
    const place = lookupPlace(name);

    // Assert
    expect(place).toMatchObject({ kind: 'country', countryCode: code });
  });

  it('reads Surinam in an undated story as Suriname, linked to the country it signs with', () => {
    // Arrange
    const title = 'Surinam and Guyana sign border accord';
    const body =
      'Surinam and Guyana signed an accord on Tuesday to settle their river border, a government spokesman said.';

    // Act
    const { focus, pairs } = focusAndPairs({ title, body });

    // Assert
    expect(focus).toEqual(['GY', 'SR']);
    expect(pairs).toEqual(['GY-SR']);
  });

  it('reads Cameroun in an undated story as Cameroon', () => {
    // Arrange
    const title = 'Cameroun cocoa arrivals rise';
    const body = 'Cocoa arrivals at Cameroun ports rose to 12,000 tonnes in the week, exporters said.';

    // Act
    const { focus } = focusAndPairs({ title, body });

    // Assert
    expect(focus).toEqual(['CM']);
  });

  it('leaves the Romanian region Moldavia and Lake Tanganyika unread as countries', () => {
    expect(lookupPlace('Moldavia')).toBeUndefined();
    expect(lookupPlace('Tanganyika')).toBeUndefined();
  });
});

describe('a capital is a capital under every name the gazetteer knows it by', () => {
  it.each([
    'Kyiv',
    'Kiev',
    'New Delhi',
    'London',
    'Rome',
    'Brasilia',
    'Naypyidaw',
    'Peking',
    'Sanaa',
    'Nur-Sultan',
    'Teheran',
    'Kishinev',
    "St. John's",
  ])('flags %s as a national capital', (name) => {
    expect(capitalFlag(name)).toBe(true);
  });

  it('flags no former capital', () => {
    // Seats of government the packages do not list (The Hague, La Paz) are flagged since session 44:
    // seats-of-government.test.ts.
    expect(capitalFlag('Rangoon')).toBeUndefined();
    expect(capitalFlag('Almaty')).toBeUndefined();
  });

  it('reads "New Delhi said" as the government answering the seat its clause names, no surname', () => {
    // Arrange
    const body = 'New Delhi said the map published by Beijing had no legal standing.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: 'Map row deepens', body });

    // Assert
    expect(focus).toEqual(['CN', 'IN']);
    expect(pairs).toEqual(['CN-IN']);
  });

  it('reads "Rome said" in a story of the Pope as no Italian government (read43)', () => {
    // Arrange
    const body =
      'Rome said on Saturday that Pope Leo had approved the appointment of a new bishop in Shanghai, a choice it ' +
      'said had been agreed with Beijing under a 2018 accord. Chinese officials did not comment.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: 'Vatican approves Chinese bishop', body });

    // Assert
    expect(focus).not.toContain('IT');
    expect(pairs).toEqual(['CN-VA']);
  });
});
