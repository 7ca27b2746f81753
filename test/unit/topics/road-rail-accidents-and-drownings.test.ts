import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54: road and rail accidents told by the police, drownings. Stories are invented.
const ROAD_ACCIDENT = 'medtop:20000147';
const { crime, disaster, economy } = TOP_LEVEL;

describe('a pedestrian hit by a car is a road accident the police report, not crime news', () => {
  it.each<[string, Story]>([
    [
      'a man dies after being hit by a car',
      {
        title: 'Man dies after being hit by car',
        body:
          'A man in his 70s has died after being hit by a car in the town on Saturday evening, police said. The ' +
          'driver stopped at the scene and officers appealed for witnesses.',
      },
    ],
    [
      'a pedestrian killed in a fatal collision with a van',
      {
        title: 'Pedestrian killed in fatal collision',
        body: 'A woman has died following a collision with a van on the ring road on Friday morning, police said.',
      },
    ],
  ])('%s', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: disaster, lists: [ROAD_ACCIDENT] });
  });

  it.each<[string, Story]>([
    [
      'a driver jailed for causing death by dangerous driving',
      {
        title: 'Driver jailed for killing cyclist',
        body:
          'A driver who was on his phone when he hit a cyclist has been jailed for six years for causing death by ' +
          'dangerous driving, the crown court heard.',
      },
    ],
    [
      'a hit-and-run driver arrested on suspicion of murder',
      {
        title: 'Hit-and-run driver arrested',
        body:
          'Police have arrested a 25-year-old man on suspicion of murder after a pedestrian was hit by a car that ' +
          'drove off, police said.',
      },
    ],
  ])('keeps crime first for %s (guard)', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: crime });
  });
});

describe('a drowning or a person hit by a train is an accident', () => {
  it.each<[string, Story, Desks]>([
    [
      'teenagers drown in a reservoir while swimming',
      {
        title: 'Two teenagers drown in reservoir',
        body:
          'Two teenage boys drowned after getting into difficulty while swimming in a reservoir on the hottest day ' +
          'of the year, police said.',
      },
      { leads: disaster, lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a man hit by a train, reported by the transport police',
      {
        title: 'Man hit by train',
        body:
          'A man has died after being hit by a train at a station on Friday night, British Transport Police said. ' +
          'The death is not being treated as suspicious.',
      },
      { leads: disaster, lacks: [economy] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });

  it.each<[string, Story, Desks]>([
    [
      'a speech drowned out by boos',
      {
        title: 'Speech drowned out',
        body: 'The minister’s speech was drowned out by boos from protesters outside parliament on Monday.',
      },
      { lacks: [disaster] },
    ],
    [
      'home fans who drowned out the visitors',
      {
        title: 'City go top',
        body: 'The home fans drowned out the visiting supporters as City won 3-0 to go top of the league.',
      },
      { leads: TOP_LEVEL.sport, lacks: [disaster] },
    ],
    [
      'an operator that buys trains and closes level crossings',
      {
        title: 'New trains',
        body:
          'The operator will buy 50 new trains to replace its ageing fleet and plans to close 20 level crossings on ' +
          'the line by 2030, it said.',
      },
      { leads: economy, lacks: [disaster] },
    ],
  ])('gives no accident to %s (guard)', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });
});
