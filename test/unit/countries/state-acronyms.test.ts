import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** The country codes the tagger gives. */
const codes = (body: string) => tagArticle({ body }).countries.map((c) => c.code);
/** The entities the tagger gives, as "id/type". */
const ids = (body: string) => tagArticle({ body }).entities.map((e) => `${e.id}/${e.type}`);

describe("a state's acronym", () => {
  it('counts a Pacific state named by its acronym alone and makes its entity the country', () => {
    // Arrange
    const body = 'Australia and PNG signed a defence treaty in Canberra on Monday.';

    // Act
    const found = { codes: codes(body), ids: ids(body) };

    // Assert
    expect(found.codes).toContain('PG');
    expect(found.ids).toContain('place:iso:PG/place');
    expect(found.ids.some((id) => id.startsWith('organization:'))).toBe(false);
  });

  it("counts the kingdom's and the islands' acronyms", () => {
    // Arrange
    const body = 'Officials from KSA met regulators of the BVI to discuss beneficial ownership rules.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).toEqual(expect.arrayContaining(['SA', 'VG']));
  });

  it('makes an acronym the resolver already counted the country entity too', () => {
    // Arrange
    const body = 'The DRC accused Rwanda of backing the rebels, and the ROK sent aid.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toEqual(expect.arrayContaining(['place:iso:CD/place', 'place:iso:KR/place']));
  });

  it('leaves an image file of the same letters to its format', () => {
    // Arrange
    const body = 'Users can now export each chart as a PNG file or a PDF.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).not.toContain('PG');
  });
});

describe('"CAR"', () => {
  it('is the Central African Republic where the story names it so', () => {
    // Arrange
    const body =
      'Rwandan troops arrived in the Central African Republic on Friday. CAR officials said the force would guard the capital.';

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('place:iso:CF/place');
    expect(found.some((id) => id === 'organization:car/organization')).toBe(false);
  });

  it("is no country as a bank's capital ratio", () => {
    // Arrange
    const body = "The lender's CAR rose to 17.2% at the end of September, above the regulator's minimum.";

    // Act
    const found = codes(body);

    // Assert
    expect(found).not.toContain('CF');
  });
});
