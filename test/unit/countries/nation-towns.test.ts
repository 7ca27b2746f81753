import { describe, expect, it } from 'vitest';
import { focusAndPairs, tagStory } from './focus-and-pairs.js';

// Session 44 (places44, wild44 ★8): Perth in Scotland shares its name with Perth in Western Australia, a city too big
// for the gazetteer to keep any namesake beside it, so Scottish travel and weather copy put Australia in focus and
// paired it with Britain. Stories are invented.
describe('a town of a nation within a country, named like a big city abroad', () => {
  it.each([
    [
      'a Scottish agency',
      'Flooding closed roads between Perth and Dundee on Monday, the Scottish Environment Protection Agency said. ' +
        'Drivers were told to avoid the A90. More rain is forecast for Tuesday.',
    ],
    [
      'Police Scotland',
      'Snow closed the A9 between Perth and Inverness on Friday, Police Scotland said. Gritters worked through the ' +
        'night. Schools in the Highlands stayed shut.',
    ],
    [
      'a Scottish city in the next sentence',
      'A man was arrested in Perth after a car hit a bus shelter on the high street, police said. Two people were ' +
        'treated in hospital in Dundee.',
    ],
  ])('reads Perth beside %s as Scotland, no Australia', (_cue, body) => {
    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['GB']);
    expect(pairs).toEqual([]);
  });

  it('keeps Perth Australian where the story names Western Australia', () => {
    // Arrange
    const body =
      "Bushfires forced evacuations east of Perth on Tuesday, Western Australia's fire service said. Residents in " +
      'the hills were told to leave.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['AU']);
  });

  it('keeps Perth Australian for the Ashes, where England is a team', () => {
    // Arrange
    const body =
      "England's cricketers arrived in Perth on Monday ahead of the first Ashes Test against Australia. The tourists " +
      'trained at the WACA in the afternoon.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toContain('AU');
  });

  it.each([
    [
      'a Scottish buyer at the Perth Mint',
      'The Perth Mint said on Tuesday its gold sales rose 20% this year. A Scottish investor bought 80 kg of ' +
        'bullion from the mint in June.',
    ],
    [
      'suburbs named like Scottish towns',
      'A man was stabbed on Stirling Highway in Perth on Friday night, police said. A teenager was arrested in ' +
        'Kinross on Saturday.',
    ],
    [
      'Scottish tourists',
      'Perth sweltered through a fourth day above 40C on Sunday. Scottish tourists were told to stay out of the ' +
        'sun, and beaches were crowded.',
    ],
  ])('keeps Perth Australian beside %s (read44)', (_cue, body) => {
    // Act
    const result = tagStory({ body });

    // Assert
    const perth = result.countries.find((c) => c.mentions.some((m) => m.text === 'Perth'));
    expect(perth?.code).toBe('AU');
  });
});
