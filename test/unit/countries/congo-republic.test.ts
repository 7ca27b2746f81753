import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codesOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('a bare Congo in a story about the Republic of Congo', () => {
  it('reads Congo as the Republic of Congo in a story filed from Brazzaville', () => {
    expect(
      codesOf(
        'Congo oil output rises',
        "BRAZZAVILLE, March 3 (Reuters) - Congo's oil output rose 5% last year, the oil ministry said on Monday.",
      ),
    ).toEqual(['CG']);
  });

  it('keeps the Democratic Republic where the story names it', () => {
    expect(
      codesOf(
        'Fighting in Congo',
        "Fighting in eastern Congo's North Kivu province displaced 10,000 people near Goma.",
      ),
    ).toEqual(['CD']);
  });

  it('keeps the Democratic Republic where Brazzaville is named only as the seat of the WHO office for Africa', () => {
    // Arrange
    const body =
      "An Ebola outbreak in Congo has killed 12 people, health officials said. The WHO's regional office in Brazzaville said it was sending vaccines.";

    // Act
    const codes = codesOf('Ebola outbreak spreads in Congo', body);

    // Assert
    expect(codes[0]).toBe('CD');
  });

  it('keeps the Democratic Republic where the story names one of its provinces', () => {
    // Arrange
    const body =
      "An Ebola outbreak in Congo's Equateur province has killed 12 people, officials in Brazzaville said.";

    // Act
    const codes = codesOf('Ebola in Congo', body);

    // Assert
    expect(codes[0]).toBe('CD');
  });
});
