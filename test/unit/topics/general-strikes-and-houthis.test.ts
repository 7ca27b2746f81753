import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const ARMED_CONFLICT = 'medtop:20000056';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe("topics34 (review33 leftovers): a country's general strike is labour first; the Houthis are an armed group", () => {
  it('files a general strike over fuel prices under labour before the business it shuts', () => {
    const topics = topicsOf(
      "Nigeria's unions begin general strike over fuel prices",
      "LAGOS - Nigeria's main labour unions began an indefinite general strike on Monday over the rising price of petrol, shutting banks, schools and airports. The Nigeria Labour Congress said workers would stay home until the government reversed a 50 percent rise in fuel prices. The naira fell and oil workers threatened to halt crude output.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });

  it('leaves a market report that mentions a general strike with business', () => {
    const topics = topicsOf(
      'Stocks slip as Belgian general strike shuts Brussels airport',
      'BRUSSELS - European shares slipped on Tuesday as investors weighed weak factory data, while a general strike in Belgium grounded flights at Brussels airport. The STOXX 600 fell 0.4 percent, led by carmakers.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it('lists armed conflict for a Houthi attack on a container ship told through its shipping costs', () => {
    const topics = topicsOf(
      'Houthis hit container ship as Maersk extends Red Sea pause',
      "COPENHAGEN - Yemen's Houthis struck a Liberian-flagged container ship in the Red Sea on Tuesday, as Maersk said it would keep diverting its vessels around the Cape of Good Hope. Freight rates on the Asia-Europe route have doubled, and shares in container lines rose.",
    );

    expect(ids(topics)).toContain(ARMED_CONFLICT);
  });
});
