import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { casinoGaming } from '../../../functions/core/topics/casino-gaming.js';
import { stakesNotOwned } from '../../../functions/core/topics/stakes-not-owned.js';
import { ids } from './topic-ids.js';

// Session 46 (topics46): casino-gaming.ts and stakes-not-owned.ts read one list of gambling words
// (gambling-words.ts), so a word of gambling one of them knew is known to both. Stories are invented.
const MERGER = 'medtop:20000204';

const gamingIn = (text: string) => casinoGaming(text, text).map(([s, e]) => text.slice(s, e));
const stakesIn = (text: string) =>
  stakesNotOwned(prepareField('body', text)).map(([s, e]) => text.slice(s, e));

describe('one list of gambling words for gaming and stakes (topics46)', () => {
  it.each([
    ['bettors', 'Bettors flocked back to Macau, and gaming revenue rose 12 percent in October.'],
    ['a tote', 'The tote reported record takings as the gaming floor reopened.'],
  ])("reads the gaming of a story with %s as a casino's", (_case, text) => {
    // Act
    const words = gamingIn(text);

    // Assert
    expect(words).toEqual(['gaming']);
  });

  it.each([
    [
      'croupiers at blackjack tables',
      'Croupiers at the blackjack tables said stakes doubled over the holiday.',
    ],
    ['baccarat players', 'Baccarat players doubled stakes as the junket operators returned.'],
  ])('reads the stakes of %s as bets', (_case, text) => {
    // Act
    const words = stakesIn(text);

    // Assert
    expect(words).toEqual(['stakes']);
  });

  it('gives stakes at the blackjack tables no merger', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Croupiers at the blackjack tables said stakes doubled over the holiday.',
    });

    // Assert
    expect(ids(result.topics)).not.toContain(MERGER);
  });

  it.each([
    ['a firm that bets on a deal', 'The fund bets on the merger and raised its stakes in both banks.'],
    ['parties at odds', 'The partners were at odds over the stakes in the venture.'],
    ['a spin-off', 'The group spins off the unit and sells the stakes in its mines.'],
  ])('keeps the holding of %s', (_case, text) => {
    // Act
    const words = stakesIn(text);

    // Assert
    expect(words).toEqual([]);
  });
});

describe('odds, slots and spins that other news writes tell no casino (fixT46, read46 on 13b7d190)', () => {
  it.each([
    ['beats the odds', 'Mobile gaming start-up beats the odds as its puzzle app tops the charts.'],
    ['a prime-time slot', 'The gaming show moves to a prime-time slot on Saturday evenings.'],
    ['a spin-off', 'The firm plans a spin-off of its gaming hardware unit next year.'],
    ['spins off', 'The firm spins off its gaming hardware unit next year.'],
  ])("keeps the gaming of a story with %s the video game's", (_case, text) => {
    // Act
    const words = gamingIn(text);

    // Assert
    expect(words).toEqual([]);
  });

  it("still reads gaming beside a casino's slots as a casino's", () => {
    // Act
    const words = gamingIn('Gaming revenue rose as the casino added 400 slot machines.');

    // Assert
    expect(words).toEqual(['Gaming']);
  });
});
