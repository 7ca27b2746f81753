import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string, title?: string) => ofArticle(title ? { title, body } : { body });

describe('a currency of one country names it', () => {
  it('reads the naira, the ringgit and the rupee sign as their countries', () => {
    expect(
      focusAndPairs('The naira weakened on the official market as the central bank cut its sales.').focus,
    ).toEqual(['NG']);
    expect(focusAndPairs('The ringgit firmed 0.3% as exporters sold dollars.').focus).toEqual(['MY']);
    expect(focusAndPairs('Net profit rose to ₹7,364 crore in the quarter.').focus).toEqual(['IN']);
  });

  it('reads a rupee as the rupee of the country the story names', () => {
    const { focus } = focusAndPairs(
      'The rupee fell to a record low as Pakistan waited for the next IMF tranche.',
    );

    expect(focus).toEqual(['PK']);
  });

  it('reads "won" and "rand" as money only as nouns', () => {
    expect(focusAndPairs('The won strengthened after the export figures.').focus).toEqual(['KR']);
    expect(focusAndPairs('The team that won the cup celebrated in the streets.').focus).toEqual([]);
    expect(focusAndPairs('Rand Paul said he would vote against the bill.').focus).toEqual([]);
  });

  it('does not read the currency a price is quoted in, nor "a yen for"', () => {
    expect(focusAndPairs('Tesla shares rose as the dollar weakened against the yen.').focus).toEqual([]);
    expect(focusAndPairs('She has always had a yen for travel.').focus).toEqual([]);
  });

  it('links no pair through a country named only by its currency', () => {
    const result = focusAndPairs(
      'The yen fell sharply on Monday as U.S. data disappointed. The yen later recovered after the U.S. ' +
        'Treasury said trade talks would go on. U.S. stocks rose.',
    );

    expect(result.focus).toEqual(['US']);
    expect(result.pairs).toEqual([]);
  });

  it('counts a currency named in every line of a market report once towards focus', () => {
    const lines = Array.from({ length: 16 }, (_, i) => `Dealer ${i + 1} said the yen held at its level.`);
    const result = tagArticle({ title: 'German banks buy dollars', body: lines.join(' ') });

    expect(result.countries.find((c) => c.code === 'JP')?.focus).toBe(false);
  });
});
