import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Invented stories (session 35, topics35): the euro zone is an economy, not a currency story.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const CURRENCY = 'medtop:20000355';
const ECONOMY = 'medtop:20000344';

describe('the euro zone', () => {
  it('lists the economy, not currency, on its jobless figures', () => {
    const result = tagArticle({
      title: 'Unemployment in euro zone falls to record low',
      body:
        'Unemployment in the euro zone fell to a record low of 6.2 percent in October, Eurostat said on Monday, as ' +
        'employers kept hiring despite weak growth. Youth unemployment also fell.',
    });

    expect(ids(result)).toContain(ECONOMY);
    expect(ids(result)).not.toContain(CURRENCY);
  });

  it('keeps currency where the euro itself moves', () => {
    const result = tagArticle({
      title: 'Euro falls as euro zone inflation slows',
      body:
        'The euro fell 0.5 percent against the dollar after data showed inflation in the euro zone slowed to 1.9 ' +
        'percent, raising bets on an ECB rate cut. The single currency traded at $1.08.',
    });

    expect(ids(result)).toContain(CURRENCY);
  });
});
