import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countryOf(town: string, title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countries.find((c) => c.mentions.some((m) => m.text === town))?.code;
}

describe('a town the story places in a bigger city of another country', () => {
  it('reads "Cheltenham in Melbourne’s south-east" as Melbourne’s suburb, not England’s town', () => {
    // Arrange (wild41 item 7: Britain was in focus over a MELBOURNE dateline)
    const body =
      "MELBOURNE (AAP) - Residents of Cheltenham in Melbourne's south-east have complained about traffic near " +
      'the new train station.';
    const suburb = 'Cheltenham, a suburb of Melbourne, will get a new train station next year.';

    // Act
    const found = [
      countryOf('Cheltenham', 'Station works', body),
      countryOf('Cheltenham', 'Station', suburb),
    ];

    // Assert
    expect(found).toEqual(['AU', 'AU']);
  });

  it('keeps the town its own country’s when the place after it is in that country', () => {
    // Arrange
    const body = 'LONDON (Reuters) - Crowds at Cheltenham in England cheered the favourite home on Friday.';

    // Act
    const found = countryOf('Cheltenham', 'Festival', body);

    // Assert
    expect(found).toBe('GB');
  });
});
