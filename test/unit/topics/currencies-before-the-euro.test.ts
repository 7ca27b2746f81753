import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Currencies of Europe before the euro and of other countries (wild45 item 27). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);

describe('the currencies of Europe before the euro and of other countries are currency news (wild45 item 27)', () => {
  it.each([
    [
      'the French franc against the mark',
      'FRENCH FRANC WEAKENS',
      'PARIS 1996-09-18 The French franc weakened against the mark on Wednesday.',
    ],
    [
      'the guilder against the Deutsche mark',
      'Guilder edges up in quiet trade',
      'AMSTERDAM 1996-08-27 The guilder edged up against the Deutsche mark in quiet trade on Tuesday, dealers said.',
    ],
    [
      'the Turkish lira',
      'Lira hits record low',
      'The Turkish lira fell to a record low on Monday after the central bank cut interest rates, traders said.',
    ],
  ])('gives %s the currency topic', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).toContain('medtop:20000355');
  });
});

describe('a sum quoted in a local currency is no currency news (read45 on 6197ee27)', () => {
  it.each([
    [
      'a profit in guilders',
      'Heineken profit up 12 percent',
      "AMSTERDAM - Heineken's net profit rose 12 percent to 1.2 billion guilders in the first half, the brewer said on Tuesday, helped by strong beer sales in Europe and Asia.",
    ],
    [
      'an order in baht',
      'Thai carrier orders new jets',
      'BANGKOK - Thai Airways said on Monday it had ordered six new jets worth 20 billion baht to replace its ageing fleet, the airline said in a statement.',
    ],
  ])('does not give %s the currency topic', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain('medtop:20000355');
  });
});
