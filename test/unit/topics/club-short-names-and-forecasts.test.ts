import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 56 (wild56): a club's short name in the headline is the club's, and a local forecast is weather.
// Stories are invented.
const SPORT = 'medtop:15000000';
const DISASTER = 'medtop:03000000';
const RELIGION = 'medtop:12000000';
const BASEBALL = 'medtop:20000849';
const WEATHER = 'medtop:17000000';
const GLOBAL_WARMING = 'medtop:20000419';

describe("a club's short name after its full name gives no other desk", () => {
  it('reads a round-up of clubs named for the weather as sport alone', () => {
    // Arrange
    const article = {
      title: 'Flames edge Hurricanes; Lightning stun Avalanche',
      body:
        'CALGARY — Jonas Brekke scored twice as the Calgary Flames beat the Carolina Hurricanes 4-3 on Saturday night.\n\n' +
        'In Tampa, the Tampa Bay Lightning beat the Colorado Avalanche 2-1 after a late goal from Marco Villeneuve.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe(SPORT);
    expect(ids(result.topics)).not.toContain(DISASTER);
  });

  it('reads a trade between clubs named like clergy as baseball, not religion', () => {
    // Arrange
    const article = {
      title: 'Cardinals trade slugger to Padres',
      body:
        'The St. Louis Cardinals traded third baseman Reid Talbot to the San Diego Padres on Thursday for two ' +
        'pitching prospects. Talbot, a two-time Gold Glove winner, hit 31 home runs last season.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe(SPORT);
    expect(ids(result.topics)).toContain(BASEBALL);
    expect(ids(result.topics)).not.toContain(RELIGION);
  });

  it("keeps a firm's line of business when its name ends in it", () => {
    // Arrange
    const article = {
      title: 'Software that watches staff at work',
      body:
        'Kelvane Software has launched a program that records what office staff type and which websites they ' +
        'visit, and emails a report to their managers. The firm said the software runs on any PC or laptop.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe('medtop:13000000');
  });

  it('keeps the clergy of a story on the Church', () => {
    // Arrange
    const article = {
      title: 'Cardinals gather in Rome',
      body: 'Cardinals from around the world gathered at the Vatican on Monday to choose a new pope.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe(RELIGION);
  });
});

describe('figures of speech and other senses stay off the sports and weather desks (read56)', () => {
  it.each([
    [
      'a pain reliever',
      'Drugmaker recalls pain reliever',
      'The agency said over-the-counter pain relievers should not be given to infants.',
      SPORT,
    ],
    [
      'a hard freeze on hiring',
      'Bank freezes hiring',
      'The bank imposed a hard freeze on hiring and cut its bonus pool.',
      WEATHER,
    ],
    [
      'a warming trend in relations',
      '',
      'Analysts see a warming trend in relations between Beijing and Washington.',
      WEATHER,
    ],
    [
      'pitchers of beer',
      'Night out',
      'Friends at the pub ordered two pitchers of beer and a plate of chips.',
      BASEBALL,
    ],
  ])('gives %s no such desk', (_case, title, body, desk) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).not.toContain(desk);
  });

  it("keeps a church's short name on religion", () => {
    // Arrange
    const article = {
      title: 'Church says it will sell properties',
      body:
        'The Catholic Church said on Monday it would sell 40 properties to pay abuse victims. The Church said the ' +
        'sales would take two years.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe(RELIGION);
  });
});

describe("the climate's long-term warming trend", () => {
  it('is global warming', () => {
    // Arrange
    const article = {
      title: 'Lakes heat up',
      body: 'Researchers said the long-term warming trend of the lakes sped up last year, with ice forming weeks later.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)).toContain(GLOBAL_WARMING);
  });
});

describe('a local forecast is weather', () => {
  it('reads a warming trend after a hard freeze as a forecast, not global warming', () => {
    // Arrange
    const article = {
      title: 'Hard freeze tonight, warming trend by Thursday',
      body:
        'A hard freeze warning is in effect for the valley tonight, with lows in the low 20s. Cover outdoor pipes ' +
        'and bring pets inside. Highs return to the 50s on Wednesday. Rain chances increase Friday as the next ' +
        'front arrives.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(ids(result.topics)[0]).toBe(WEATHER);
    expect(ids(result.topics)).not.toContain(GLOBAL_WARMING);
  });
});
