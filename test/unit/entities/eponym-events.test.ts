import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('prizes, contests and treaties named after a person', () => {
  it('reads "the Davis Cup" and "the Abraham Accords" as events, not people', () => {
    const entities = typedNames(
      'Italy won the Davis Cup in Malaga. Morocco normalised ties with Israel under the Abraham Accords.',
    );

    expect(entities).toEqual(expect.arrayContaining(['Davis Cup/other', 'Abraham Accords/other']));
  });

  it('keeps a person whose surname is also a head word of events a person', () => {
    const entities = typedNames('Jude Law starred in the film, which opened in London.');

    expect(entities).toContain('Jude Law/person');
  });
});

describe('teams named before their drivers', () => {
  it('reads "Mercedes driver George Russell" as the team and the driver', () => {
    const entities = typedNames('Mercedes driver George Russell finished third in Las Vegas.');

    expect(entities).toEqual(expect.arrayContaining(['Mercedes/organization', 'George Russell/person']));
  });
});

describe('prizes named before their winners', () => {
  it('reads "Nobel laureate" and "Oscar winner" as prizes, not people', () => {
    const entities = typedNames(
      'Nobel laureate Muhammad Yunus leads the interim government. Oscar winner Emma Stone stars in the film.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['Nobel/other', 'Oscar/other', 'Muhammad Yunus/person', 'Emma Stone/person']),
    );
  });
});

describe('programmes and craft named before their head word', () => {
  it('reads "its Artemis programme" as a programme, and "the Ontario program" still as Ontario', () => {
    const entities = typedNames(
      'NASA plans to return astronauts to the moon under its Artemis programme. The Ontario program pays farmers.',
    );

    expect(entities).toEqual(expect.arrayContaining(['Artemis/other', 'NASA/organization', 'Ontario/place']));
  });

  it('leaves an owner\'s programme and a capitals headline alone ("Gorbachev\'s program")', () => {
    const entities = typedNames("Gorbachev's program appears too ambitious, Western diplomats said.");

    // The person, under the name entities/world-leaders.ts lists him by (session 50).
    expect(entities).toContain('Mikhail Gorbachev/person');
  });
});

describe('numbered parts of an event', () => {
  it('reads "in Game 1" and "in Stage 5" as no places', () => {
    const entities = typedNames(
      'The Dodgers beat the Blue Jays in Game 1 of the World Series. Pogacar crashed in Stage 5 of the race.',
    );

    expect(entities.filter((e) => e.startsWith('Game') || e.startsWith('Stage'))).toEqual([]);
  });
});

describe("the end of a club's name standing alone", () => {
  it('joins "Blue Jays" to the Toronto Blue Jays named earlier', () => {
    const entities = typedNames(
      'The Los Angeles Dodgers beat the Toronto Blue Jays 5-2. Blue Jays manager John Schneider was upset.',
    );

    expect(entities).toContain('Toronto Blue Jays/organization');
    expect(entities.filter((e) => e.startsWith('Blue Jays'))).toEqual([]);
  });

  it('keeps a club before "winner" the club when a goal, not a prize, is meant', () => {
    const entities = typedNames('Bukayo Saka scored the Arsenal winner in the 89th minute.');

    expect(entities).toContain('Arsenal/organization');
  });
});

describe("a club in the possessive before a player's name", () => {
  it('reads "Chelsea\'s Cole Palmer" on a sports page as the club and the player', () => {
    const result = tagArticle({
      title: 'Palmer double sinks Everton',
      body:
        "Chelsea's Cole Palmer scored twice as Chelsea beat Everton 2-0 in the Premier League on Saturday. " +
        "Everton's Duncan Ferguson was sent off.",
    });
    const entities = result.entities.map((e) => `${e.name}/${e.type}`);

    expect(entities).toEqual(expect.arrayContaining(['Chelsea/organization', 'Cole Palmer/person']));
    expect(entities).not.toContain('Chelsea/person');
  });
});
