import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '+' : '-'}`);

describe('PNG the image format beside its fellow formats', () => {
  it('names no country for "PNG or JPEG files"', () => {
    const result = codes(
      'Photo app update',
      'The update lets users export their edits as PNG or JPEG files.',
    );

    expect(result).toEqual([]);
  });

  it('names no country for a list of formats ending in PNG, or formats joined by a slash', () => {
    const result = codes('', 'The site accepts JPG, GIF and PNG uploads. Logos come as SVG/PNG downloads.');

    expect(result).toEqual([]);
  });

  it('names no country for a file saved as a PNG', () => {
    const result = codes('', 'Tap the button to save the receipt as a PNG.');

    expect(result).toEqual([]);
  });

  it('still reads PNG beside countries and in trade as Papua New Guinea', () => {
    const result = codes('', 'Australia and PNG signed a security pact. Exports to PNG rose 5%.');

    expect(result).toEqual(['PG+', 'AU+']);
  });

  it('reads PNG after "save … in" or an export noun as Papua New Guinea (read50 R3)', () => {
    // Arrange
    const aid =
      "Australia's aid programme will save lives in PNG, the foreign minister said in Port Moresby.";
    const revenue = 'LNG export revenue in PNG rose 20% last year, Exxon said.';

    // Act
    const aidCodes = codes('', aid);
    const revenueCodes = codes('', revenue);

    // Assert
    expect(aidCodes).toContain('PG-');
    expect(aidCodes).toContain('AU+');
    expect(revenueCodes).toEqual(['PG+']);
  });
});
