import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { stakesNotOwned } from '../../../functions/core/topics/stakes-not-owned.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★3): the stakes of a dispute, a race or a bet are no holding. Stories are invented.
const ECONOMY = 'medtop:04000000';
const MERGER = 'medtop:20000204';

const stakesIn = (text: string) =>
  stakesNotOwned(prepareField('body', text)).map(([s, e]) => text.slice(s, e));

describe('a stake that is no holding gives no economy (wild45 ★3)', () => {
  it.each([
    [
      'a visit that raised the stakes',
      "The president's visit raised the stakes in the border dispute with Beijing.",
    ],
    ['high-stakes talks', 'The high-stakes talks on the nuclear programme resumed in Vienna on Monday.'],
    ['so much at stake', 'With so much at stake, the prime minister called an emergency cabinet meeting.'],
    ['stakes placed on a race', 'Bettors placed record stakes on the Grand National at Aintree.'],
  ])('gives %s no economy', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(ECONOMY);
  });

  it('gives a cap on slot-machine stakes no merger', () => {
    // Act
    const result = tagArticle({
      title: 'UK to cap online slot stakes',
      body: 'The government will limit stakes on online slot machines to 5 pounds a spin for adults.',
    });

    // Assert
    expect(ids(result.topics)).not.toContain(MERGER);
  });

  it.each([
    ['a 20 percent stake bought', 'Glencore bought a 20 percent stake in the miner for 1.2 billion dollars.'],
    [
      "a bookmaker's stake sold beside its betting shops",
      "Entain's largest shareholder sold its stake in the bookmaker, whose betting shops are closing.",
    ],
  ])('keeps %s under merger or acquisition', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(MERGER);
  });

  it('reads a race named Stakes and the stakes of a decision, not a holding', () => {
    // Act
    const words = stakesIn(
      'Baaeed won the Juddmonte International Stakes. The stakes are high for the party. The fund holds a minority stake.',
    );

    // Assert
    expect(words).toEqual(['Stakes', 'stakes']);
  });
});

// fixT45 (read45 s1, s2): a race named Stakes needs a race told, "the stakes of" needs the idiom's height or raising.
describe('stakes sold or bought in a holding keep merger (read45 s1, s2)', () => {
  it.each([
    [
      'a Title Case headline of stakes sold',
      'Vale Sells Stakes in Three Nickel Mines',
      'Vale has sold its stakes in three nickel mines in Brazil to a Japanese buyer for $900 million, the miner said.',
    ],
    [
      'the stakes of two partners bought',
      'Volkswagen buys partners out of venture',
      'Volkswagen bought the stakes of Deutsche Bank and Allianz in their joint venture for 2 billion euros, giving it full control, the company said.',
    ],
  ])('keeps %s under merger or acquisition', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).toContain(MERGER);
  });

  it('reads a race told as one and the stakes of a raised dispute, not a headline of stakes sold', () => {
    // Act
    const words = stakesIn(
      'Vale Sells Stakes in Three Mines. The filly won the Coronation Stakes at Ascot. The visit raised the stakes of the dispute.',
    );

    // Assert
    expect(words).toEqual(['Stakes', 'stakes']);
  });
});

// big50: the scans run only where "stake" or "Stake" is written; "take", "taken", "mistake" alone open none.
describe('a text without the word stake is not scanned for one (big50)', () => {
  it('finds no span in a text of "take", "taken" and "mistake"', () => {
    // Arrange
    const text =
      'It will take years, officials said. The decision was taken in haste. Critics called it a mistake.';

    // Act
    const words = stakesIn(text);

    // Assert
    expect(words).toEqual([]);
  });

  it('still finds a race named Stakes in capitals only and at stake in a text of take', () => {
    // Arrange
    const text =
      'The colt took the lead and won the Coronation Stakes at Ascot. It will take weeks; with so much at stake, nobody rests.';

    // Act
    const words = stakesIn(text);

    // Assert
    expect(words).toEqual(['Stakes', 'stake']);
  });
});
