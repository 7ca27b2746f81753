import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 44 (topics44): topic misfires from read42's d2_3 and wild44 (★1, ★2, ★4). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];

describe('a drone flown for fun hits things by accident, not in war (read42 d2_3)', () => {
  it.each([
    [
      'a hobby drone that hit a police helicopter, injuring the pilot',
      'Hobby drone hits helicopter, injuring pilot',
      'A hobby drone hit a police helicopter over Leeds on Sunday, damaging its rotor and injuring the pilot, ' +
        'police said. The drone owner was arrested.',
    ],
    [
      'a recreational drone that struck an airliner, damaging its wing',
      'Drone clips airliner on approach',
      'A recreational drone struck a passenger plane as it approached Calgary airport on Friday evening, damaging ' +
        'the leading edge of its wing, Transport Canada said. None of the 140 people on board was hurt.',
    ],
    [
      'a cyclist hit by a toy drone',
      'Cyclist hurt by drone in park',
      'A cyclist was hit by a toy drone in a city park on Saturday and suffered cuts to his head, police said. ' +
        'Officers spoke to the man who was flying it.',
    ],
  ])('gives %s no conflict', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it.each([
    [
      'drones that hit helicopters at an airfield, destroying both',
      'Drones destroy two helicopters at airfield',
      'Drones hit two helicopters at an airfield near the border overnight, destroying both, a security source said ' +
        'on Tuesday.',
    ],
    [
      'drones that struck a toy factory, killing two',
      'Drone strike on toy factory',
      'Drones struck a toy factory in the city overnight, killing two night-shift workers, the regional governor ' +
        'said.',
    ],
  ])('keeps %s at war (guard)', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.conflict);
    expect(evidenceOf(result, TOP_LEVEL.conflict).join(' ')).toMatch(/drone/i);
  });
});

const GAMING_AND_LOTTERY = 'medtop:20000549';
const ACCIDENT = 'medtop:20000139';
const TRANSPORT_ACCIDENT = 'medtop:20000143';

describe('Christmas and Easter as seasons of trade are no religious festival (wild44 ★1)', () => {
  it.each([
    [
      'Supermarket upbeat on Christmas',
      'A supermarket chain said sales rose 5% over the Christmas period as shoppers spent more on premium food, and it kept its profit forecast for the year.',
    ],
    [
      'Chocolate sales jump at Easter',
      "A confectioner said Easter sales rose 12% from a year earlier, lifting quarterly revenue above analysts' forecasts.",
    ],
    [
      'Retailers brace for quiet Christmas',
      'Shop chains expect weaker trading in the run-up to Christmas after a fall in consumer confidence, a retail trade body said.',
    ],
    [
      'Pub chain gains from Easter weekend',
      'A pub group said sales rose 8% over the Easter weekend as sunshine filled its beer gardens, and its shares rose 3%.',
    ],
  ])('gives "%s" no religion', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.religion);
  });

  it.each([
    [
      'Pope celebrates Christmas mass',
      "The Pope celebrated Christmas Eve mass in St Peter's Basilica, calling for peace in a homily to thousands of worshippers.",
    ],
    [
      'Churches fill for Easter',
      'Churches across the country held Easter services on Sunday, with bishops reporting the largest congregations since before the pandemic.',
    ],
    [
      'Christmas shoppers pack markets and cathedral',
      'Thousands of visitors flocked to Christmas markets in the old town, and the cathedral held extra carol services for tourists.',
    ],
  ])('keeps the religion of "%s" (guard)', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).toContain(TOP_LEVEL.religion);
  });
});

describe('a gamble taken in politics or business is no gambling (wild44 ★2)', () => {
  it.each([
    [
      "Minister's borrowing plan a gamble, say economists",
      "The finance minister's decision to borrow an extra 20 billion to fund tax cuts is a gamble with the country's credit rating, economists said on Monday.",
    ],
    [
      'Carmaker gambles on hydrogen',
      'The carmaker is gambling its future on hydrogen trucks, its chief executive told investors, after sales of its electric models stalled.',
    ],
    [
      'Early election gamble backfires',
      "The prime minister's decision to call an early election was a gamble that failed: her party lost its majority in Sunday's vote.",
    ],
  ])('gives "%s" no gaming and lottery', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(GAMING_AND_LOTTERY);
  });

  it.each([
    [
      'Online gambling losses rise',
      'Britons lost a record amount on online gambling last year, the regulator said, as betting on football grew.',
    ],
    [
      'Clerk jailed for gambling losses',
      "A bank clerk who gambled away 2 million pounds of customers' money was jailed for five years on Friday.",
    ],
    [
      'Problem gamblers seek help',
      'Calls to a helpline for problem gamblers rose 20% after new casino apps were launched, the charity said.',
    ],
  ])('keeps the gambling of "%s" (guard)', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).toContain(GAMING_AND_LOTTERY);
  });
});

describe('a crash only risked, supposed or denied is no accident (wild44 ★4)', () => {
  it.each([
    [
      'Carmaker recalls 400,000 SUVs over brake fault',
      'The carmaker is recalling about 400,000 sport utility vehicles because a brake sensor can fail, increasing the risk of a crash, it said on Thursday.',
    ],
    [
      'Electric cars recalled over power loss',
      'The maker said it would recall 120,000 electric cars after finding that a software fault may cause a sudden loss of drive power, which could lead to a crash. No accidents have been reported.',
    ],
    [
      'Pickups recalled over seat belt anchors',
      'The company is recalling 230,000 pickup trucks because a seat belt anchor may break in a crash, safety regulators said.',
    ],
    [
      'SUVs recalled over crash risk',
      'About 90,000 SUVs are being recalled because their rear-view cameras may go blank, a fault regulators said raises crash risk when reversing.',
    ],
  ])('gives "%s" no accident', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(ACCIDENT);
    expect(ids(result)).not.toContain(TRANSPORT_ACCIDENT);
  });

  it.each([
    [
      'Three killed in motorway crash',
      'Three people were killed in a crash involving a lorry and two cars on the motorway on Tuesday, police said.',
    ],
    [
      'Recalled car in fatal crash',
      'A driver was killed when her car, one of those recalled last year over faulty airbags, crashed into a wall, police said. Investigators are examining whether the airbag failed.',
    ],
    [
      'Plane may have crashed into sea',
      'A small plane carrying four people may have crashed into the sea off the island, the coastguard said on Sunday, as a search for the wreckage began.',
    ],
    [
      'Lorry ploughs through crash barriers',
      'Two people were killed when a lorry ploughed through crash barriers on the motorway on Tuesday night, police said.',
    ],
    [
      'Singer may have died in crash',
      'The singer may have died in a crash on a mountain road, local media reported, as police searched the wreckage of a car.',
    ],
  ])('keeps the accident of "%s" (guard)', (title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).toContain(TRANSPORT_ACCIDENT);
  });
});
