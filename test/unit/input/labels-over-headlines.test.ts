import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';

const LEAD =
  'OSLO, Norway, Dec. 7, 2026 /PRNewswire/ -- Brekka Marine, a maker of ferry batteries, today said it raised $40 million.';

describe('labels written over a headline', () => {
  it('takes the headline under a release’s label as a text’s title', () => {
    const article = parseArticle(
      `FOR IMMEDIATE RELEASE\n\nBrekka Marine Raises $40 Million\n\n${LEAD}`,
      'text',
    );

    expect(article.title).toBe('Brekka Marine Raises $40 Million');
    expect(article.body).toBe(LEAD);
  });

  it('looks past a wire slug, an embargo and a page’s controls for the headline', () => {
    const slugged = parseArticle(
      'FUEL-PRICES/ (UPDATE 2, PIX)\nFuel prices steady as refiners restart\n\nLONDON, Dec 7 (Reuters) - Prices held.',
      'text',
    );
    const embargoed = parseArticle(
      `Embargoed until 00:01 GMT, 8 December 2026\n\nBrekka Marine Raises $40 Million\n\n${LEAD}`,
      'text',
    );
    const pasted = parseArticle(
      'Listen to this article · 3:40 min\nShare full article\n\nFloods Close Schools in the Capital\n\nHeavy rain flooded streets on Monday.',
      'text',
    );

    expect(slugged.title).toBe('Fuel prices steady as refiners restart');
    expect(embargoed.title).toBe('Brekka Marine Raises $40 Million');
    expect(pasted.title).toBe('Floods Close Schools in the Capital');
  });

  it('keeps a short headline over its summary as the title', () => {
    const article = parseArticle(
      'Ferry fares rise\nOperators blame fuel costs and a shortage of crews\n\nFares rose 8% on Monday.',
      'text',
    );

    expect(article.title).toBe('Ferry fares rise');
  });

  it('keeps a headline in capitals over its standfirst as the title', () => {
    const article = parseArticle(
      'STORM CUTS POWER TO 40,000 HOMES\n\nCrews worked through the night\n\nThe storm brought down lines on Sunday.',
      'text',
    );

    expect(article.title).toBe('STORM CUTS POWER TO 40,000 HOMES');
  });

  it('keeps a two-word headline over its standfirst as the title', () => {
    const article = parseArticle(
      'Fares rise\n\nOperators blame fuel costs and a shortage of crews\n\nFares rose 8% on Monday.',
      'text',
    );

    expect(article.title).toBe('Fares rise');
  });

  it('looks past a section’s kicker and a label in mixed case for the headline', () => {
    const kicker = parseArticle('HARBOUR NEWS\nFerry fares rise again\n\nFares rose 8% on Monday.', 'text');
    const advisory = parseArticle(
      'Media advisory\nMayor to open the new bridge on Friday\n\nThe mayor will cut the ribbon at noon.',
      'text',
    );

    expect(kicker.title).toBe('Ferry fares rise again');
    expect(advisory.title).toBe('Mayor to open the new bridge on Friday');
  });

  it('keeps a label as the title when no headline follows it', () => {
    const article = parseArticle('CORRECTED\n\nThe ferry operator raised fares by 8% on Monday.', 'text');

    expect(article.title).toBe('CORRECTED');
  });

  it('takes the heading under a bold label as a Markdown title and drops the label', () => {
    const article = parseArticle(
      `**NEWS RELEASE**\n\n# Brekka Marine Raises $40 Million\n\n${LEAD}`,
      'markdown',
    );

    expect(article.title).toBe('Brekka Marine Raises $40 Million');
    expect(article.body).toBe(LEAD);
  });
});
