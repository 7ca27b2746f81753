import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Two countries joined by a hyphen as one subject, and combining forms ("Franco-", "Anglo-") (places49, wild49 C2).
// Sentences written for these tests.
const read = (body: string) => {
  const r = tagArticle({ id: 'hyphens', title: '', body });
  return {
    focus: r.countries.filter((c) => c.focus !== false).map((c) => c.code),
    pairs: r.countryPairs.map((p) => p.pair),
  };
};

describe('hyphenated country pairs', () => {
  it('puts both countries of a hyphenated subject in focus and pairs them', () => {
    // Act
    const flights = read('India-China flights resumed on Sunday after five years.');
    const deal = read('The US-Japan trade deal includes $550 billion of Japanese investment.');

    // Assert
    expect(flights.focus.sort()).toEqual(['CN', 'IN']);
    expect(flights.pairs).toContain('CN-IN');
    expect(deal.focus.sort()).toEqual(['JP', 'US']);
    expect(deal.pairs).toContain('JP-US');
  });

  it('puts both countries of a compound in capitals joined by an em dash in focus under a headline naming none (review59)', () => {
    // Arrange
    const under = (title: string, body: string) => {
      const r = tagArticle({ id: 'em-dash', title, body });
      return {
        focus: r.countries
          .filter((c) => c.focus !== false)
          .map((c) => c.code)
          .sort(),
        pairs: r.countryPairs.map((p) => p.pair),
      };
    };

    // Act
    const flights = under(
      'Flights resume',
      'CHINA\u2014INDIA flights resumed on Monday after a five-year pause.',
    );
    const trade = under('Trade falls', 'BRAZIL\u2014ARGENTINA trade fell 12% in November.');

    // Assert
    expect(flights).toEqual({ focus: ['CN', 'IN'], pairs: ['CN-IN'] });
    expect(trade).toEqual({ focus: ['AR', 'BR'], pairs: ['AR-BR'] });
  });

  it('reads a combining form glued to another country as its country', () => {
    // Act
    const franco = read('Franco-German ties were strained by the trade deal.');
    const anglo = read('Anglo-Irish relations improved after the new agreement.');

    // Assert
    expect(franco.pairs).toContain('DE-FR');
    expect(anglo.pairs).toContain('GB-IE');
  });

  it('reads a combining form before a Unicode hyphen, a non-breaking hyphen, an en dash, or in capitals', () => {
    // Arrange
    const codes = (body: string) =>
      tagArticle({ id: 'dashes', title: '', body }).countries.map((c) => c.code);

    // Act
    const hyphen = codes('Franco\u2010German ties were strained by the trade deal.');
    const nonBreaking = codes('Anglo\u2011Irish relations improved after the new agreement.');
    const enDash = read('Italo\u2013French talks resumed in Rome on Tuesday.');
    const capitals = codes('FRANCO\u2013GERMAN TIES were strained by the trade deal.');

    // Assert
    expect(hyphen).toContain('FR');
    expect(nonBreaking).toContain('GB');
    expect(enDash.pairs).toContain('FR-IT');
    expect(capitals).toContain('FR');
  });

  it('reads no combining form that is a name or glued to no country', () => {
    // Act
    const general = read('General Franco ruled Spain for decades.');
    const pacific = read('Indo-Pacific security was discussed in Tokyo.');

    // Assert
    expect(general.focus).not.toContain('FR');
    expect(pacific.focus).not.toContain('IN');
  });
});
