import { describe, expect, it } from 'vitest';
import { namedAbsent } from '../../../functions/core/countries/absent.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

const absentIn = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return namedAbsent(text, start, start + name.length);
};

describe('a country named as absent or excluded', () => {
  it('is no focus and pairs with nothing when the headline says it stayed away', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'G20 adopts climate declaration without the United States',
      body:
        'RIO DE JANEIRO, Nov 19 - Leaders of the Group of 20 adopted a declaration on climate finance on ' +
        'Tuesday without the United States, whose delegation walked out over the wording on fossil fuels.\n\n' +
        "Brazil's President Luiz Inacio Lula da Silva said the text showed that cooperation was still " +
        'possible. China and India backed the declaration after last-minute changes on coal.',
    });

    expect(focus).toEqual(['BR']);
    expect(pairs.filter((p) => p.includes('US'))).toEqual([]);
  });

  it('is no focus of an export story that leaves it out, and the story keeps its own country', () => {
    const result = tagArticle({
      title: 'Indonesia nickel exports rise, excluding China',
      body:
        "JAKARTA, March 3 - Indonesia's exports of nickel products rose 12% in February, excluding shipments " +
        'to China, the statistics bureau said on Monday.\n\nShipments to Japan and South Korea rose the most.',
    });

    expect(result.countries.find((c) => c.code === 'ID')?.focus).toBe(true);
    expect(result.countries.find((c) => c.code === 'CN')?.focus).toBe(false);
    expect(result.countries.find((c) => c.code === 'CN')?.salience).toBe(0);
    expect(result.countryPairs.map((p) => p.pair)).not.toContain('CN-ID');
  });

  it('reads "non-U.S. buyers" as buyers of every country but the United States', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Japanese exporters see demand from non-U.S. buyers rise',
      body: 'TOKYO, May 12 - Japanese machine tool makers said orders from non-U.S. buyers rose 8% in April.',
    });

    expect(focus).toEqual(['JP']);
    expect(pairs).toEqual([]);
  });

  it('tells what is left out from what a country would have given, and from excluding as an act', () => {
    expect(absentIn('a summit without the United States, whose president stayed home', 'United States')).toBe(
      true,
    );
    expect(absentIn('leaders meet without U.S. delegation', 'U.S.')).toBe(true);
    expect(absentIn('all members apart from Slovakia backed the ban', 'Slovakia')).toBe(true);
    expect(absentIn('Israel struck without U.S. approval', 'U.S.')).toBe(false);
    expect(absentIn('reserves fell to zero, excluding Libyan reserves', 'Libyan')).toBe(false);
    expect(absentIn('broke trade rules by excluding Dutch-made fibres', 'Dutch')).toBe(false);
    expect(absentIn('funds will not increase, except for those from Japan and the World Bank', 'Japan')).toBe(
      false,
    );
  });

  it('finds the words of exclusion in any case and across a line break (absent.ts asks the field for them first)', () => {
    expect(absentIn('G20 LEADERS MEET WITHOUT U.S. DELEGATION', 'U.S.')).toBe(true);
    expect(absentIn('Orders from Non-U.S. buyers rose', 'U.S.')).toBe(true);
    expect(absentIn('all members apart\nfrom Slovakia backed the ban', 'Slovakia')).toBe(true);
    expect(absentIn('All members, With The Exception Of Hungary, backed the ban', 'Hungary')).toBe(true);
    expect(absentIn('Leaders of Slovakia and Hungary backed the ban', 'Slovakia')).toBe(false);
  });
});
