import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a wire credit after a dateline city of two words', () => {
  it('stays the agency and never becomes another name of the city', () => {
    const rio = entityWith(
      "RIO DE JANEIRO (Reuters) - Brazil's central bank raised rates on Monday, surprising economists polled by Reuters. Reuters reported last week that a hike was likely.",
      'RIO DE JANEIRO',
    );
    const buenosAires = entityWith(
      "BUENOS AIRES (Bloomberg) -- Argentina's peso fell on Monday. Bloomberg data showed the currency lost 2 percent. Traders expect more losses.",
      'BUENOS AIRES',
    );

    expect(rio?.split(': ')[1]).toBe('RIO DE JANEIRO');
    expect(buenosAires?.split(': ')[1]).toBe('BUENOS AIRES');
  });
});

describe('a city and a one-word name that a firm also bears', () => {
  it('makes no person of an event, park or fair named after its city', () => {
    const marathon = mentionsOf(
      'The Boston Marathon was held on Monday in warm weather. Separately, Marathon Oil reported higher profits. Marathon said output rose 5 percent.',
    );
    const hilton = entityWith(
      'Paris Hilton hosted a party in Los Angeles. Separately, Hilton Worldwide Holdings said occupancy rose. Hilton shares gained 2 percent.',
      'Hilton Worldwide Holdings',
    );
    const expo = mentionsOf(
      'Osaka Expo opened on Sunday to large crowds. Expo organisers said 100,000 people came. Expo said ticket sales were strong.',
      'Expo',
    );

    expect(marathon.filter((l) => l.startsWith('person:'))).toEqual([]);
    expect(hilton?.split(': ')[1]).toBe('Hilton Worldwide Holdings | Hilton');
    expect(expo.some((l) => l.startsWith('person:osaka-expo'))).toBe(false);
  });

  it('still joins the surname of a person named after a city to the person', () => {
    const hilton = entityWith(
      'Paris Hilton hosted a party in Los Angeles on Saturday. Hilton said she would release a new album.',
      'Paris Hilton',
    );

    expect(hilton).toBe('person:paris-hilton: Paris Hilton | Hilton');
  });
});

describe('a firm shortened first and named in full later', () => {
  it('stays one firm when the full name ends in Motor, Airways or Airlines', () => {
    const toyota = entityWith(
      'Toyota raised its forecast on Tuesday. Toyota said sales were strong in North America. Toyota Motor shares rose 3 percent in Tokyo.',
      'Toyota Motor',
    );
    const qantas = entityWith(
      'Qantas cut its fares on Monday. Qantas said demand from Asia was weak. Shares of Qantas Airways fell 2 percent in Sydney.',
      'Qantas Airways',
    );
    const emirates = entityWith(
      'Lufthansa added flights to Asia on Monday. Lufthansa said bookings were strong. Lufthansa Airlines will fly to Osaka from May.',
      'Lufthansa Airlines',
    );

    expect(toyota?.split(': ')[1]).toBe('Toyota | Toyota | Toyota Motor');
    expect(qantas?.split(': ')[1]).toBe('Qantas | Qantas | Qantas Airways');
    expect(emirates?.split(': ')[1]).toBe('Lufthansa | Lufthansa | Lufthansa Airlines');
  });
});

describe('words glued by a missing space', () => {
  it('makes no name of a common word run into a name', () => {
    const slips = mentionsOf(
      'The minister saidChina would respond. Officials met whenJapan arrived. He spoke aboutTrump on Monday. Prices rose afterBrexit talks.',
    );

    expect(slips.filter((l) => /said|when|about|after/i.test(l))).toEqual([]);
  });
});

describe('a possessive title before a party', () => {
  it("does not join the title into the party's name", () => {
    const entities = mentionsOf(
      "Rishi Sunak said the Prime Minister's Conservative party would win. The Premier's Liberal party lost seats in Ontario. Labour's Green New Deal movement grew.",
    );

    expect(
      entities.filter((l) => l.startsWith('organization:') && /minister|premier|labours/i.test(l)),
    ).toEqual([]);
  });
});
