import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usMarketCues } from '../../../functions/core/countries/us-market-cues.js';

/** The single pattern the scanner replaces (last-resort.ts until 2026-12-05): quadratic on long runs of initials. */
const ONE_PATTERN =
  /\b[A-Z][\w&'.-]*(?:,?\s+(?=INC|Inc)|\s+)(INC|Inc|CORP|Corp|CO|Co)\b(?!-|\.?,?\s+(?:LTD|Ltd|Limited|LIMITED)\b)|\b(Nasdaq|NASDAQ|NYSE|Dow Jones|DOW JONES|S&P 500|Securities and Exchange Commission|NY)\b|\b(N\.Y\.)(?!\w)/g;

const byOnePattern = (text: string) =>
  [...text.matchAll(ONE_PATTERN)].map((hit) => ({
    index: hit.index,
    text: hit[0],
    cue: hit[1] ?? hit[2] ?? hit[3],
    firm: hit[1] !== undefined,
  }));

/** Pieces that make the pattern's cases meet: suffixes, markets, runs of initials and hyphens, commas, spaces. */
const PIECES = [
  'Acme',
  'Inc',
  'INC',
  'Inc.',
  'Corp',
  'CORP',
  'Co',
  'CO',
  'Co-op',
  'Corporation',
  'Ltd',
  'LTD',
  'Limited',
  'Nasdaq',
  'NYSE',
  'NY',
  'N.Y.',
  'Dow',
  'Jones',
  'Dow Jones',
  'S&P 500',
  'A.',
  'B.',
  'C',
  'x',
  'of',
  '-',
  '.',
  ',',
  ' ',
  '  ',
  '\n',
  "'s",
  '&',
  'ny',
  '_',
  '9',
];

describe('American firm and market cues', () => {
  it('reads firms by their suffix, markets, and New York', () => {
    // Arrange
    const text =
      'CONAGRA INC said; Apple, Inc. listed on the NYSE and Nasdaq. N.Y. SUGAR; Hyundai Motor Co Ltd.';

    // Act
    const cues = usMarketCues(text).map((c) => c.text);

    // Assert
    expect(cues).toEqual(['CONAGRA INC', 'Apple, Inc', 'NYSE', 'Nasdaq', 'N.Y.']);
  });

  it('reads a run of initials or hyphenated capitals as one firm word, as the single pattern did', () => {
    const text = `${'A.B.'.repeat(500)}C Inc and ${'Borvan-'.repeat(300)}Calder Corp`;

    const cues = usMarketCues(text);

    expect(cues).toEqual(byOnePattern(text));
    expect(cues.map((c) => c.cue)).toEqual(['Inc', 'Corp']);
  });

  it('finds the same cues as the single pattern, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(usMarketCues(text)).toEqual(byOnePattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
