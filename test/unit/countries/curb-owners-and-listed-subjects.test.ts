import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// Invented one-line briefs (session 62, review61's ★2 on a farm story's tariff and focus61's recognising lists).
describe('a trade curb imposed by one state on another state’s goods, in a brief about those who bear it', () => {
  it('pairs the state that imposes the curb with the state whose goods it bears on', () => {
    // Arrange
    const growers =
      'Cherry growers in Washington state fear a lost season after India imposed a 30% duty on American cherries.';
    const code = 'Vietnam slapped tariffs on U.S. poultry on Thursday.';
    const raised =
      'Dairy farmers in Wisconsin braced for losses after Mexico raised duties on American cheese.';

    // Act
    const read = [growers, code, raised].map(briefFocusAndPairs);

    // Assert
    expect(read).toEqual([
      { focus: ['IN', 'US'], pairs: ['IN-US'] },
      { focus: ['US', 'VN'], pairs: ['US-VN'] },
      { focus: ['MX', 'US'], pairs: ['MX-US'] },
    ]);
  });

  it('pairs no one for a curb the brief names no owner of', () => {
    expect(
      briefFocusAndPairs('Cattle ranchers in Montana raised prices on U.S. beef sold at auctions.'),
    ).toEqual({
      focus: ['US'],
      pairs: [],
    });
  });
});

describe('a list of states opening a brief as its subject', () => {
  it('acts on the state named right after its verb, as one subject does', () => {
    // Arrange
    const recognised = 'Ireland, Norway and Spain recognised the State of Palestine on Wednesday.';

    // Act
    const read = briefFocusAndPairs(recognised);

    // Assert
    expect(read.focus).toEqual(['ES', 'IE', 'NO', 'PS']);
    expect(read.pairs).toEqual(expect.arrayContaining(['ES-PS', 'IE-PS', 'NO-PS']));
  });

  it('still reads a relative clause after the list as no object', () => {
    const read = briefFocusAndPairs(
      'Austria, Hungary and Slovenia, which border Croatia, agreed a joint border patrol.',
    );
    expect(read.focus).not.toContain('HR');
  });
});
