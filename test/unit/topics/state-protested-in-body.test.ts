import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const CIVIL_UNREST = 'medtop:20000065';

describe('read32 F2 rest: a state that "protested" in the body sends a note, it does not march', () => {
  it('reads "Japan protested on Tuesday after ..." as no civil unrest', () => {
    // Arrange
    const title = "Japan Protests Moscow's Missile Test";
    const body =
      'TOKYO - Japan protested on Tuesday after Russia test-fired a missile that landed in waters near Hokkaido, ' +
      'the foreign ministry said.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it('reads "South Korea protested strongly" as no civil unrest', () => {
    // Arrange
    const title = 'Seoul summons envoy over island claim';
    const body =
      'SEOUL - South Korea protested strongly on Friday after Japan repeated its claim to disputed islets in a ' +
      'defence white paper.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it('keeps people who protested across a country as civil unrest', () => {
    // Arrange
    const title = 'Students rally against tuition rise';
    const body =
      'BELGRADE - Students across Serbia protested on Sunday against a rise in tuition fees, blocking roads in ' +
      'several cities as riot police looked on.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(CIVIL_UNREST);
  });
});

describe('read32 F2 rest: a country before the noun "protests" is a street movement', () => {
  it('keeps "the Serbia protests entered a second year" as civil unrest', () => {
    // Arrange
    const title = 'Students block Belgrade highway';
    const body =
      'BELGRADE - Students blocked a highway into Belgrade on Saturday as the Serbia protests entered a second ' +
      'year, with thousands marching against the government.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(CIVIL_UNREST);
  });
});
