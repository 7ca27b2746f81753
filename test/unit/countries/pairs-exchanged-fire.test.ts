import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Session 44 (places44; places43's leftover, wild43 m4): "exchanged fire", "traded fire", "an exchange of gunfire"
// between two countries was no cue of a relation, so the lead linked neither country to the other and two countries
// coordinated before it ("Thailand and Cambodia traded fire") gave no pair. Stories are invented.
describe('two countries that exchange fire are linked', () => {
  it('links India and Pakistan exchanging fire after a scene-setting opener', () => {
    // Arrange
    const body =
      'It was a quiet evening in the valley. India and Pakistan exchanged fire across the Line of Control on ' +
      'Tuesday, officials on both sides said. Two soldiers were wounded. Villagers fled to shelters as mortar ' +
      'rounds landed near their homes.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['IN', 'PK']);
    expect(pairs).toEqual(['IN-PK']);
  });

  it('links Thailand and Cambodia trading fire along their frontier', () => {
    // Arrange
    const body =
      'Thailand and Cambodia traded fire along their disputed frontier on Thursday, the Thai army said. No ' +
      'casualties were reported. Thousands of villagers moved to temporary camps, local officials said.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['KH', 'TH']);
    expect(pairs).toEqual(['KH-TH']);
  });

  it('links Venezuela and Guyana whose soldiers exchanged gunfire', () => {
    // Arrange
    const body =
      "Venezuela and Guyana soldiers exchanged gunfire on the Cuyuni river on Saturday, Guyana's defence force " +
      'said. One Guyanese soldier was hurt. Caracas did not comment.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['GY', 'VE']);
    expect(pairs).toEqual(['GY-VE']);
  });

  it("leaves two countries unlinked by one side's gunfire (read44)", () => {
    // Arrange
    const body =
      'Shooting deaths in the United States are far higher than in Britain and Japan, where gunfire is rare, a ' +
      'study found on Monday. The authors compared data from 30 countries.';

    // Act
    const { pairs } = focusAndPairs({ title: 'Gun deaths study', body });

    // Assert
    expect(pairs).not.toContain('GB-JP');
  });

  it('leaves two markets a firm trades in unlinked', () => {
    // Arrange: "traded higher" is no fire; Brazil and Mexico are where the firm sells.
    const body =
      'Sales rose in Brazil and Mexico last quarter, and the firm traded higher in New York. Analysts expect ' +
      'more growth. The shares were among the best performers of the week.';

    // Act
    const { pairs } = focusAndPairs({ title: 'Retailer sales rise', body });

    // Assert
    expect(pairs).not.toContain('BR-MX');
  });
});
