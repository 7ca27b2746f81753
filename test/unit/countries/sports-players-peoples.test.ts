import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe("sports copy names its headline players' countries by their people's words", () => {
  it("puts the countries of players named only as 'the Russian' and 'the first Norwegian' in focus", () => {
    // Arrange
    const article = story(
      'Medvedev beats Ruud to reach Wimbledon final',
      'Daniil Medvedev beat Casper Ruud 6-4 6-4 7-6 on Friday to reach his first Wimbledon final. The 29-year-old ' +
        'Russian served 18 aces on Centre Court. Ruud, the first Norwegian to reach a Wimbledon semi-final, said he ' +
        "had no answers. Earlier, Coco Gauff of the United States won the women's doubles title.",
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['NO', 'RU']));
    expect(focus).not.toContain('US');
  });

  it("leaves a people's word before a noun out ('the German racket maker')", () => {
    // Arrange
    const article = story(
      'Alcaraz beats Sinner to retain Wimbledon title',
      'Carlos Alcaraz beat Jannik Sinner in four sets on Sunday to retain his Wimbledon title on Centre Court. The ' +
        '22-year-old Spaniard saved two break points in the fourth set. His coach said the German racket maker he ' +
        'works with had made a new frame for the grass season.',
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toContain('ES');
    expect(focus).not.toContain('DE');
  });

  it('keeps the host filed from in focus after the winner in a race named after it', () => {
    // Arrange
    const article = story(
      'Leclerc wins rain-hit Mexican Grand Prix',
      'MEXICO CITY (Reuters) - Charles Leclerc won a rain-hit Mexican Grand Prix on Sunday to close in on the ' +
        'championship leader. "It was a crazy race," said the Monegasque, who started from third.',
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['MC', 'MX']));
  });
});
