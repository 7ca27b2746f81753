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
