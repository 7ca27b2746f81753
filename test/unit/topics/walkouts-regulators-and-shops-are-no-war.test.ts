import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// What regulators "target", a staff strike at a plant and products that "hit" stores are no attack on energy or a
// city (read49 #12, #15); "ridden by" infighting is no horse race (read49 #4). Sentences written for these tests.
const topics = (title: string, body: string) =>
  tagArticle({ id: 'no-war', title, body }).topics.map((t) => t.label);

describe('attack words outside a war', () => {
  it('gives no armed conflict to a regulator that targets plants or terminals', () => {
    // Act
    const epa = topics(
      'Regulator targets coal-fired power plants with new limits',
      'The agency proposed stricter emission limits on Tuesday that industry groups said would force plants to close.',
    );
    const bloc = topics(
      'Bloc targets oil terminals in new sanctions package',
      'The commission proposed new measures on Wednesday aimed at cutting the regime’s revenues.',
    );

    // Assert
    expect(epa).not.toContain('armed conflict');
    expect(bloc).not.toContain('armed conflict');
  });

  it('reads a staff strike at a refinery as a walkout, not an attack', () => {
    // Act
    const found = topics(
      'Staff strike halts output at Harbourside refinery',
      'Output at the Harbourside refinery stopped on Monday as staff began a 48-hour strike over shift patterns.',
    );

    // Assert
    expect(found).toContain('labour strike');
    expect(found).not.toContain('armed conflict');
  });

  it('reads camera drones that hit US stores as a product launch', () => {
    // Act
    const found = topics(
      'New camera drones hit US stores',
      'The maker said on Friday its new camera drones hit US stores next week, priced at $1,999.',
    );

    // Assert
    expect(found).not.toContain('conflict, war and peace');
  });

  it('reads strikes that shut refineries, with no state or force before them, as no attack', () => {
    // Act
    const rolling = topics(
      'Rolling strikes disrupt refineries',
      'Output fell at three sites on Tuesday, the operator said.',
    );
    const state = topics(
      'Ukraine strikes Russian refinery',
      'The refinery was set ablaze overnight, the governor said.',
    );

    // Assert
    expect(rolling).not.toContain('armed conflict');
    expect(state).toContain('armed conflict');
  });

  it('still reads drones that hit a city and strikes on a refinery as war', () => {
    // Act
    const city = topics(
      'Drones hit Kharkiv',
      'Russian drones hit Kharkiv overnight, wounding five people, officials said.',
    );
    const refinery = topics(
      'Ukraine strikes Russian refinery',
      'KYIV - Ukraine struck an oil refinery in southern Russia overnight, the general staff said.',
    );

    // Assert
    expect(city).toContain('armed conflict');
    expect(refinery).toContain('armed conflict');
  });

  it('gives no horse racing to a party or a country ridden by infighting or violence', () => {
    // Act
    const found = topics(
      'Opposition names new leader',
      'The opposition party, ridden by infighting, named a new leader on Tuesday after a vote of its lawmakers.',
    );

    // Assert
    expect(found).not.toContain('horse racing');
    expect(found).not.toContain('sport');
  });

  it('keeps a summit of leaders held on the slopes of a ski resort a summit meeting', () => {
    // Act
    const found = topics(
      'Forum opens in the Alps',
      "The forum's annual summit opens on Monday on the snowy slopes of an Alpine resort. Security is tight.",
    );

    // Assert
    expect(found).toContain('summit meetings');
  });
});
