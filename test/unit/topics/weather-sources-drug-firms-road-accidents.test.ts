import { describe, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { type Desks, expectDesks, type Story } from './topic-ids.js';

// topics54: topics53's open items (police and schools in weather stories, a drug firm's share move) and road
// accidents told the way local news tells them. Stories are invented.
const ROAD_ACCIDENT = 'medtop:20000147';
const PHARMACEUTICAL = 'medtop:20000223';
const { crime, disaster, economy, education, weather } = TOP_LEVEL;

describe('the police who count a storm’s crashes or close its roads are the weather’s source, not crime news', () => {
  it.each<[string, Story, Desks]>([
    [
      'snow closes roads, police said',
      { title: 'Roads closed', body: 'Heavy snow closed roads across the county on Monday, police said.' },
      { leads: weather, lacks: [crime] },
    ],
    [
      'lightning kills three, police said',
      { title: 'Lightning', body: 'Lightning killed three people in the district on Tuesday, police said.' },
      { leads: weather, lacks: [crime] },
    ],
    [
      'thunderstorms cut power, the police said',
      {
        title: 'Thunderstorms',
        body: 'Thunderstorms left 50,000 homes without power in the city, the police said.',
      },
      { leads: weather, lacks: [crime] },
    ],
    [
      'police urge drivers to stay off icy roads',
      {
        title: 'Weather warning',
        body: 'Police urged drivers to stay off the roads as freezing fog and ice made conditions treacherous overnight.',
      },
      { leads: weather, lacks: [crime] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });

  it.each<[string, Story]>([
    [
      'a stabbing on a rainy night',
      {
        title: 'Man stabbed outside pub',
        body: 'A man was stabbed outside a pub in heavy rain on Saturday night, police said. A 19-year-old has been arrested.',
      },
    ],
    [
      'looting after a hurricane',
      {
        title: 'Looting after hurricane',
        body: 'Looters broke into shops in the town after the hurricane passed, police said, and 40 people were arrested.',
      },
    ],
    [
      'burglaries during a cold snap',
      {
        title: 'Burglaries rise',
        body: 'Police said burglaries rose during the cold snap as thieves targeted empty holiday homes.',
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

describe('schools shut by snow, a sandstorm or a storm are the weather’s closures, not an education story', () => {
  it.each<[string, Story]>([
    [
      'snow closes schools',
      {
        title: 'School closures',
        body: 'Heavy snow closed hundreds of schools across the north on Tuesday, council officials said.',
      },
    ],
    [
      'a sandstorm shuts schools and offices',
      {
        title: 'Sandstorm',
        body: 'A sandstorm shut schools and offices in the capital on Monday, officials said.',
      },
    ],
  ])('%s', (_name, story) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: weather, lacks: [education] });
  });

  it('keeps education first where pupils, exams and teachers tell the story (guard)', () => {
    // Arrange
    const story = {
      title: 'Exams in the heat',
      body:
        'Pupils sat their GCSE exams in sweltering classrooms on Monday as temperatures reached 33C, and teachers ' +
        'said schools should be allowed to close early.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: education });
  });
});

describe('a drug firm the health lexicon names is a pharmaceutical firm too', () => {
  it('reads Glaxo’s share move in a market report as business, not health news', () => {
    // Arrange
    const story = {
      title: 'London shares',
      body: 'Glaxo shares rose 10 pence and Zeneca fell 4 pence as the FTSE 100 index closed 12 points lower.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: economy, lists: [PHARMACEUTICAL] });
  });

  it('keeps health first for a drug firm’s trial results (guard)', () => {
    // Arrange
    const story = {
      title: 'New migraine drug',
      body: 'Glaxo Wellcome said its new migraine drug had cut the frequency of attacks by half in a trial of 900 patients.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, { leads: TOP_LEVEL.health });
  });
});

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

describe('smaller desk words from a probe of other collections (topics54)', () => {
  it.each<[string, Story, Desks]>([
    [
      'a cricket day told by its close of play',
      {
        title: 'Root hits 36th Test hundred',
        body:
          'Joe Root struck his 36th Test century as England reached 320-5 at stumps on the first day of the ' +
          'second Test against New Zealand.',
      },
      { leads: TOP_LEVEL.sport, lists: ['medtop:20000888'] },
    ],
    [
      'the ozone hole over Antarctica',
      {
        title: 'Scientists warn of ozone hole',
        body:
          'The ozone hole over Antarctica grew to one of its largest sizes on record this year, scientists at the ' +
          'monitoring service said.',
      },
      { leads: TOP_LEVEL.environment },
    ],
    [
      'a carmaker’s recall named like a racing team',
      {
        title: 'Ferrari recall',
        body:
          'Ferrari is recalling more than 23,000 cars in the United States because of a brake fluid leak that could ' +
          'cause a loss of braking, the safety regulator said.',
      },
      { leads: economy, lacks: [TOP_LEVEL.sport] },
    ],
    [
      'a racing team’s driver who wins the race (guard)',
      {
        title: 'Leclerc wins in Monza',
        body:
          'Charles Leclerc won the Italian Grand Prix for Ferrari on Sunday, holding off the McLarens of Oscar ' +
          'Piastri and Lando Norris.',
      },
      { leads: TOP_LEVEL.sport, lists: ['medtop:20000991'] },
    ],
    [
      'a diet study told by the risk of an early death',
      {
        title: 'Study links ultra-processed food to early death',
        body:
          'Eating large amounts of ultra-processed food is linked to a higher risk of early death, according to a ' +
          '30-year study of 115,000 people published in a medical journal.',
      },
      { lists: [TOP_LEVEL.health] },
    ],
    [
      'real mail drowned by spam',
      {
        title: 'Spam',
        body:
          'Spam filters could fail and real e-mail messages could get drowned by the sheer amount of junk mail ' +
          'being sent, the software firm warned.',
      },
      { lacks: [disaster] },
    ],
  ])('%s', (_name, story, desks) => {
    // Arrange (the story)

    // Act
    const result = tagArticle(story);

    // Assert
    expectDesks(result, desks);
  });
});
