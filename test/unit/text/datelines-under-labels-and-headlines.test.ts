import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';

// Invented releases and wire pages (session 56, focus56): labels and a headline written into the body above the
// paragraph that opens with the dateline.
describe('a dateline under lines of labels or a headline', () => {
  it("reads a release's dateline under its label and headline", () => {
    // Arrange
    const body =
      'FOR IMMEDIATE RELEASE\n\nKelvane Robotics Raises $40 Million to Expand in Europe\n\n' +
      'OSLO, Norway, Dec. 7, 2026 /PRNewswire/ -- Kelvane Robotics today announced a funding round to open offices in Germany and Poland.';

    // Act
    const dateline = detectDateline(body);

    // Assert
    expect(dateline?.place).toBe('OSLO, Norway');
  });

  it("reads a wire dateline under a desk's slug and headline, and files the story there", () => {
    const body =
      'OIL-PRICES/ (UPDATE 2)\nOil steadies as producers hold output\n\nLONDON, Dec 7 (Reuters) - Oil prices steadied on Monday, traders said.';

    const result = tagArticle({ title: '', body, language: 'en' });

    expect(result.dateline?.countryCode).toBe('GB');
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['GB']);
  });

  it('reads no dateline past a paragraph that ends a sentence', () => {
    const body = 'Prices rose again.\n\nLONDON, Dec 7 (Reuters) - Oil prices steadied on Monday.';

    expect(detectDateline(body)).toBeUndefined();
  });

  it('reads no dateline past three paragraphs of labels', () => {
    const body =
      'NEWS\n\nMARKETS\n\nOil steadies\n\nLONDON, Dec 7 (Reuters) - Oil prices steadied on Monday.';

    expect(detectDateline(body)).toBeUndefined();
  });
});
