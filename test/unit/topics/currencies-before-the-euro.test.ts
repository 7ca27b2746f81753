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
