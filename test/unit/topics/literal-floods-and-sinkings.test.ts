import { describe, expect, it } from 'vitest';
import { figurativeWords } from '../../../functions/core/topics/figurative-words.js';

/** read32 F13 (199e0626): rain that floods a market and a ferry that sank 3 km off a coast are literal. */
describe('read32 F13: literal floods of a market and sinkings at a distance keep their disaster words', () => {
  it('keeps rain that flooded the main market in a town as a flood', () => {
    const text =
      "Heavy overnight rain flooded the main market in Ilorin, ruining stalls. Rains flooded Ilorin's central market for the second time this year.";

    const words = figurativeWords(text);

    expect(words).toEqual([]);
  });

  it('keeps a ferry that sank about 3 km off the coast, or half an hour after leaving port, as a sinking', () => {
    const text =
      'A ferry carrying 250 passengers sank about 4 km off the coast of Lombok on Monday. The vessel sank half an hour after leaving port.';

    const words = figurativeWords(text);

    expect(words).toEqual([]);
  });

  it('still reads goods that flood the Indian market, and shares that sank 20%, as borrowed words', () => {
    const text = 'Cheap solar panels flooded the Indian market, and shares sank 20% on Monday.';

    const words = figurativeWords(text);

    expect(words).toHaveLength(2);
  });
});

describe('read32 F9: a quoted sentence that opens with "Disaster" keeps the word', () => {
  it('keeps "Disaster has struck" in an official\'s quote as a disaster word', () => {
    // Arrange
    const text =
      '"Disaster has struck every valley," the regional governor said after floods cut off 20 towns.';

    // Act
    const words = figurativeWords(text);

    // Assert
    expect(words).toEqual([]);
  });

  it('still reads a one-word quoted verdict and a lower-case quoted disaster as judgements', () => {
    // Arrange
    const text =
      '"Disaster," the chief executive said of the quarter. Analysts called the launch a "disaster".';

    // Act
    const words = figurativeWords(text);

    // Assert
    expect(words).toHaveLength(2);
  });
});
