import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SCIENCE_AND_TECHNOLOGY = 'medtop:13000000';
const ARTS = 'medtop:01000000';

const firstTopic = (title: string, body: string) => tagArticle({ title, body }).topics[0]?.id;

// A review label that names no art and quotes no work, on a story technology leads, reviews a product: a phone's
// camera, film and games are no arts (read39).
describe('a product review labelled "review"', () => {
  it('stays under science and technology for a phone reviewed by its camera', () => {
    // Arrange
    const title = "Review: iPhone 17 Pro's camera is the best yet";
    const body =
      "Apple's new iPhone 17 Pro takes sharper portraits than any phone we have tested, and its new photography " +
      'modes make night shots easy. The screen is brighter, battery life is a day and a half, and games run ' +
      'smoothly on the A19 chip.';

    // Act
    const first = firstTopic(title, body);

    // Assert
    expect(first).toBe(SCIENCE_AND_TECHNOLOGY);
  });

  it('stays under science and technology for a title-cased phone name before "review"', () => {
    expect(
      firstTopic(
        'Galaxy S26 review: Samsung plays it safe',
        "Samsung's Galaxy S26 has a faster chip and a camera that shoots 8K film, but the design barely changes. " +
          'The screen is excellent and the software gets seven years of updates.',
      ),
    ).toBe(SCIENCE_AND_TECHNOLOGY);
  });

  it('still files a quoted film about a tech firm under the arts', () => {
    expect(
      firstTopic(
        "Review: 'The Social Network' at 15",
        "David Fincher's film about Facebook's founding still crackles. Jesse Eisenberg's Mark Zuckerberg codes " +
          "through the night as the site spreads from Harvard to every campus, and Aaron Sorkin's script is as " +
          'sharp as ever.',
      ),
    ).toBe(ARTS);
  });
});
