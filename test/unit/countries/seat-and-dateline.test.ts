import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** Countries in salience order, each with its salience. */
const ranked = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => [c.code, c.salience] as const);

describe('salience of the dateline country and of a seat named in passing', () => {
  it('ranks the dateline country above a partner named only by its seat ("Texas-based")', () => {
    const result = ranked(
      'Carmaker to build battery plant',
      'HANGZHOU — Geely said on Monday it would build a battery plant with Ohio-based partners. The plant ' +
        'will employ 3,000 people. Building starts next year.',
    );

    expect(result[0]).toEqual(['CN', 1]);
    expect(result[1]?.[0]).toBe('US');
    expect(result[1]?.[1]).toBeLessThan(0.3);
  });

  it('gives the dateline country the weight of a country named once in the body, and the lead at a tie', () => {
    const result = ranked(
      'Chef opens third restaurant',
      'LIMA — Chef Rosa Quispe opened her third restaurant on Friday. Quispe, who spends part of the year ' +
        'in Spain, said the menu would change each season. Tables are booked until March.',
    );

    // Equal weights, and Peru first: the story is about it. Spain, out of focus, is then scored below it
    // (focus-first.ts, review29 C7).
    expect(result).toEqual([
      ['PE', 1],
      ['ES', 0.5],
    ]);
  });

  it("keeps the full weight of the seat of the firm a sentence opens with, the story's subject", () => {
    const result = ranked(
      'Startup raises €15 million',
      'Munich-based battery startup Voltwerk has raised €15 million from investors, the company said on ' +
        'Tuesday. The firm plans to expand to Spain and Poland next year. It employs 60 people.',
    );

    expect(result[0]).toEqual(['DE', 1]);
  });
});
