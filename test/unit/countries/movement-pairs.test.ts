import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

// Session 46 (places46, wild45 ★7): people who flee, cross, are deported or extradited from one country to another
// link the two, though the story names the country they left once. Stories are invented.
describe('a movement of people from one country to another', () => {
  it.each([
    [
      'Thousands flee fighting',
      'Thousands of people fled from Sudan into Chad last week, the U.N. said.',
      'SD-TD',
    ],
    [
      'Migrants cross border',
      'More than 2,000 migrants crossed from Mexico into the United States on Sunday.',
      'MX-US',
    ],
    [
      'Activist deported',
      'The activist was deported from Britain to Nigeria on Tuesday, his lawyer said.',
      'GB-NG',
    ],
    [
      'Camps full',
      'More than 600,000 people have fled Sudan into Chad since the war began, aid agencies said.',
      'SD-TD',
    ],
    [
      'Bomber jailed',
      'Hashem Abedi was extradited to Britain from Libya in 2019, the court heard on Thursday.',
      'GB-LY',
    ],
  ])('links the two countries under "%s"', (title, body, pair) => {
    // Arrange
    const story = { title, body };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual([pair]);
  });

  it("links no port of departure with a cargo's destination, nor a home left with a new one", () => {
    // Arrange
    const cargo = {
      title: 'Tanker sails',
      body: 'The tanker left Rotterdam on Monday bound for Singapore, shipping sources said.',
    };
    const home = {
      title: 'Lottery win',
      body: 'A man who moved from Canada to Australia in 2001 won the lottery on Saturday, officials in Sydney said.',
    };

    // Act
    const pairs = [...pairsOf(cargo), ...pairsOf(home)];

    // Assert
    expect(pairs).toEqual([]);
  });
});
