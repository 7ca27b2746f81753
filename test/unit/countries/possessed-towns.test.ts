import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild38a ★7: "Tanzania's Gombe" was Nigeria's Gombe (the gazetteer's), in focus and paired with Tanzania.
function codes(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a town another country owns by its possessive', () => {
  it('is that country\'s in every mention: "Tanzania\'s Gombe National Park … Gombe"', () => {
    // Arrange
    const body =
      "Researchers working in Tanzania's Gombe National Park said chimpanzees had learned new tools. Gombe was made famous by Jane Goodall.";

    // Act
    const found = codes('Chimpanzee study', body);

    // Assert
    expect(found).toEqual(['TZ']);
  });

  it('stays where the gazetteer puts it when the story names its own country too', () => {
    const found = codes(
      'Gombe clinic reopens',
      "Nigeria's health ministry said a clinic in Gombe reopened. Donors from Tanzania's Gombe trust helped; Gombe officials welcomed them.",
    );

    expect(found).toContain('NG');
  });
});
