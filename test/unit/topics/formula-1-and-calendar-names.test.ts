import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

const SPORT = 'medtop:15000000';
const MOTOR_RACING = 'medtop:20000991';
const BOXING = 'medtop:20000856';
const RETAIL = 'medtop:20000252';
const RELIGION = 'medtop:12000000';
const LABOUR = 'medtop:09000000';
const ELECTION = 'medtop:20000574';
const PEACE_PROCESS = 'medtop:20000073';
const CYBER_CRIME = 'medtop:20000086';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('"Formula 1" and pole position are motor racing (wild50 T7, topics52)', () => {
  it('reads the BBC spelling "Formula 1" as motor racing', () => {
    // Arrange
    const body = 'Formula 1 will hold a race on the streets of Lisbon from 2028.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain(MOTOR_RACING);
  });

  it('reads a vote on pole dancing as dance, not motor racing (read52 R17)', () => {
    // Arrange
    const body =
      'The council voted on Tuesday on pole dancing clubs in the city centre after a campaign by residents.';

    // Act
    const topics = topicsOf('Council votes on pole dancing clubs', body);

    // Assert
    expect(ids(topics)).not.toContain(MOTOR_RACING);
    expect(ids(topics)).toContain('medtop:20000007');
  });

  it('reads a driver who took pole as motor racing', () => {
    // Arrange
    const body = 'The Dutchman took pole in Bahrain, a tenth ahead of his team-mate.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(ids(topics)).toContain(MOTOR_RACING);
  });
});

describe('calendar names are no boxing, cyber crime, religion or labour (wild50 T14, topics52)', () => {
  it('reads Boxing Day and Cyber Monday sales as retail, not boxing or cyber crime', () => {
    // Arrange
    const bodies = [
      'Retailers reported strong Boxing Day sales across the north of England.',
      'Cyber Monday sales hit a record as shoppers hunted for bargains.',
    ];

    // Act
    const lists = bodies.map((body) => ids(topicsOf('', body)));

    // Assert
    for (const list of lists) {
      expect(list).toContain(RETAIL);
      expect(list).not.toContain(BOXING);
      expect(list).not.toContain(CYBER_CRIME);
    }
  });

  it('reads the Good Friday peace agreement as a peace process, and the Easter Rising as no religion', () => {
    // Arrange
    const peace = 'He helped lay the groundwork for the Good Friday peace agreement in Belfast.';
    const rising = 'The Easter Rising centenary was marked in Dublin with a parade.';

    // Act
    const peaceTopics = ids(topicsOf('', peace));
    const risingTopics = ids(topicsOf('', rising));

    // Assert
    expect(peaceTopics).toContain(PEACE_PROCESS);
    expect(risingTopics).not.toContain(RELIGION);
  });

  it('reads a Labour Day weekend as no labour story, and Super Tuesday as an election', () => {
    // Arrange
    const weekend = 'Labour Day weekend traffic was heavy on the coast road.';
    const primaries = 'The senator won most states on Super Tuesday.';

    // Act
    const weekendTopics = ids(topicsOf('', weekend));
    const primaryTopics = ids(topicsOf('', primaries));

    // Assert
    expect(weekendTopics).not.toContain(LABOUR);
    expect(primaryTopics).toContain(ELECTION);
  });
});
