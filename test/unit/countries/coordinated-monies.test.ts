import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

describe('two countries coordinated as the monies an amount is in', () => {
  it('"the Australian and New Zealand dollars" pairs neither with the other', () => {
    const body =
      'TOKYO, May 12 - The yen slid past 160 per dollar on Tuesday after the Bank of Japan left its policy rate ' +
      "unchanged, and traders said Japan's finance ministry could step in to support the currency.\n" +
      'The Australian and New Zealand dollars rose after Beijing signalled progress in trade talks.\n' +
      "Japan's exporters gained, with Toyota Motor up 2%.";

    const result = pairsOf({ title: 'Yen slides past 160 per dollar as BOJ holds', body });

    expect(result).toEqual([]);
  });

  it('"201 Malaysian/Singapore cents a kilo" pairs neither with the other', () => {
    const body =
      'GENEVA, May 12 - Rubber producers and consumers agreed on Tuesday to extend their price pact by two ' +
      'years, the chairman of the talks said.\n' +
      'The agreement keeps the reference price at 201 Malaysian/Singapore cents a kilo, and the buffer stock ' +
      'will buy when prices fall below 150 cents.\n' +
      'Delegates said consumers had pressed for a lower floor.';

    const result = pairsOf({ title: 'Rubber pact extended for two years', body });

    expect(result).toEqual([]);
  });

  it('still pairs two countries coordinated as the parties of a deal', () => {
    const body =
      'WELLINGTON, May 12 - Australia and New Zealand signed a deal on Tuesday to link their power grids by an ' +
      'undersea cable.\nThe cable will cost 4 billion dollars.';

    const result = pairsOf({ title: 'Trans-Tasman cable deal signed', body });

    expect(result).toEqual(['AU-NZ']);
  });

  it('still pairs two countries coordinated before a plural verb that is also a money word ("mark", "pound")', () => {
    const body =
      'HANOI, July 11 - Vietnam and the United States mark 30 years since normalising relations this week, ' +
      'with trade between them at a record.\nOfficials in Hanoi said a new agreement on chips was close.';

    const result = pairsOf({ title: 'Former foes celebrate 30 years of ties', body });

    expect(result).toEqual(['US-VN']);
  });
});
