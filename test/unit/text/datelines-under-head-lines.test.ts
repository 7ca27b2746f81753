import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline, isInInlineDateline } from '../../../functions/core/text/dateline.js';

const RELEASE_LEAD =
  'OSLO, Norway, Dec. 7, 2026 /PRNewswire/ -- Brekka Marine, a maker of ferry batteries, today said it raised $40 million.';

describe('a dateline under the lines that head a story', () => {
  it('reads a press release’s dateline under its label and headline', () => {
    const body = `FOR IMMEDIATE RELEASE\n\nBrekka Marine Raises $40 Million\n\n${RELEASE_LEAD}`;

    const dateline = detectDateline(body);

    expect(dateline?.place).toBe('OSLO, Norway');
    expect(dateline?.start).toBe(body.indexOf('OSLO'));
  });

  it('reads a credited dateline under a wire slug and a headline', () => {
    const body =
      'FUEL-PRICES/ (UPDATE 2, PIX)\nFuel prices steady as refiners restart\n\nLONDON, Dec 7 (Reuters) - Fuel prices held steady on Monday.';

    expect(detectDateline(body)?.place).toBe('LONDON');
  });

  it('keeps the lines over the dateline as the story’s headline, not the dateline', () => {
    const body = `Brekka Marine Raises $40 Million\n\n${RELEASE_LEAD}`;

    const dateline = detectDateline(body);

    expect(isInInlineDateline(dateline, 'body', 0)).toBe(false);
    expect(isInInlineDateline(dateline, 'body', body.indexOf('OSLO'))).toBe(true);
  });

  it('reads a town in capitals the lists know under a page’s controls and headline', () => {
    const body =
      'Listen to this article · 3:40 min\nShare full article\n\nFloods Close Schools in the Capital\n\nBANGKOK — Heavy rain flooded streets across the Thai capital on Monday, officials said.';

    const result = tagArticle({ body });

    expect(result.dateline?.place).toBe('BANGKOK');
    expect(result.countries.find((c) => c.code === 'TH')?.focus).toBe(true);
  });

  it('reads no dateline from a briefing’s item under its heading', () => {
    const body =
      'Morning briefing\n\nJapan — The cabinet approved a budget on Monday.\n\nChile — Voters went to the polls.';

    expect(tagArticle({ body }).dateline).toBeUndefined();
  });

  it('reads no dateline under a line that ends as a sentence does', () => {
    const body = 'The board met on Monday.\nLONDON, Dec 7 (Reuters) - Shares rose.';

    expect(detectDateline(body)).toBeUndefined();
  });

  it('reads no dateline from capitals no list knows under hard-wrapped capitals', () => {
    const body =
      'STEEL OUTPUT ROSE 4.2 PCT IN THE QUARTER TO MARCH OR 1.2\nMLN TONNES - INSTITUTE\nOutput rose.';

    expect(tagArticle({ body }).dateline).toBeUndefined();
  });
});
