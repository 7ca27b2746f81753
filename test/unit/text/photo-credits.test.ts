import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { withoutPhotoCredits } from '../../../functions/core/text/photo-credits.js';

const names = (body: string) => tagArticle({ body }).entities.map((e) => e.name);

describe('a photo credit in a caption', () => {
  it.each([
    [
      'Families wait for water in Baidoa, Somalia, May 4, 2026. REUTERS/Halima Warsame\n\nAid agencies warned of famine in Somalia on Monday.',
      'Halima Warsame',
    ],
    [
      'Runners pass the harbour in Lisbon on Sunday. (Getty Images)\n\nKenya\u2019s Daniel Kiprop won the Lisbon marathon on Sunday.',
      'Getty Images',
    ],
    [
      'Firefighters battle the blaze near Patras. (Photo by Stelios Maris/AFP via Getty Images)\n\nWildfires burned near Patras on Tuesday.',
      'Stelios Maris',
    ],
    [
      'Rescuers search the rubble in Malatya, Turkey. Photo: AP/Deniz Kaya\n\nRescuers searched the rubble on Tuesday.',
      'Deniz Kaya',
    ],
    [
      'Rescuers search the rubble in Malatya on Monday. Photograph: Deniz Kaya/AP\n\nRescuers searched on Tuesday.',
      'Deniz Kaya',
    ],
  ])('names no photographer or agency in %j', (body, credited) => {
    const found = names(body);

    expect(found).not.toContain(credited);
    expect(found.some((name) => /Reuters|Getty|AFP|AP$/.test(name))).toBe(false);
  });

  it('keeps the names of the caption itself', () => {
    const found = names(
      'Families wait for water in Baidoa, Somalia, May 4, 2026. REUTERS/Halima Warsame\n\nAid agencies warned of famine on Monday.',
    );

    expect(found).toContain('Baidoa');
  });

  it.each([
    'FILE - A trader works at the exchange in Seoul, South Korea, on March 2, 2025. (AP Photo/Min Park, File)',
    'A trader works at the exchange in Seoul, South Korea, March 2, 2025. REUTERS/Min Park/File Photo',
  ])('blanks an archive photo’s whole caption between paragraphs (review62): %s', (caption) => {
    // Arrange
    const body = `The central bank of Chile left its rate unchanged on Tuesday.\n\n${caption}\n\nThe bank said inflation was easing.`;

    // Act
    const result = tagArticle({ title: 'Chile holds rates', body });

    // Assert
    expect(result.countries.map((c) => c.code)).toEqual(['CL']);
  });

  it('keeps the length of the text, so mentions still index it', () => {
    const text = 'Crowds gather in Rome. REUTERS/Marco Bellini\nThe pope spoke on Sunday.';

    const blanked = withoutPhotoCredits(text);

    expect(blanked).toHaveLength(text.length);
    expect(blanked).toContain('Crowds gather in Rome.');
    expect(blanked).not.toContain('Bellini');
  });

  it.each([
    ['Reuters/Ipsos polling showed support at 41%.'],
    ['The photo: a man walking past the Kremlin wall, later shared by Reuters.'],
    ['Photos of the minister at the party were published by the Sun. Police said they would investigate.'],
    ['Photographs by Goldin and Cindy Sherman led the sale.'],
    ["Photo: a 1985 Goldin print fetched $1 million at Sotheby's in London."],
    ['Shares rose (the firm agreed last year to merge with Getty Images) on Monday.'],
    ['(Shutterstock reported a loss) Shares fell.'],
  ])('leaves a sentence about photos, a poll or an agency alone: %j', (text) => {
    expect(withoutPhotoCredits(text)).toBe(text);
  });
});
