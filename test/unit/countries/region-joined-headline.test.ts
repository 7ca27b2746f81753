import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

const MORE =
  '\nThe announcement came after weeks of speculation. Officials declined to give further details. ' +
  'More information is expected later this week.';

describe("a headline's country joined to a part of the world heads the lead's list", () => {
  it('puts the Baltic states the lead lists beside Poland in focus', () => {
    // Arrange
    const story = {
      title: 'Poland and Baltic states to leave landmine treaty amid Russia threat',
      dateline: 'WARSAW',
      body:
        'WARSAW (Reuters) - Poland, Lithuania, Latvia and Estonia said on Tuesday they would withdraw from the ' +
        'Ottawa Convention banning anti-personnel landmines, citing the military threat from Russia and Belarus.' +
        MORE,
    };

    // Act
    const codes = focusOf(story);

    // Assert
    expect(codes).toEqual(expect.arrayContaining(['EE', 'LT', 'LV', 'PL']));
  });

  it("leaves a lead's list alone when the headline's country is not joined to the region", () => {
    const codes = focusOf({
      title: "China's exports to Asian neighbours jump",
      dateline: 'BEIJING',
      body:
        "BEIJING (Reuters) - China's exports rose 8% in May, customs data showed, with shipments to Vietnam, " +
        'Thailand and Malaysia up sharply.' +
        MORE,
    });

    expect(codes).toEqual(['CN']);
  });
});
