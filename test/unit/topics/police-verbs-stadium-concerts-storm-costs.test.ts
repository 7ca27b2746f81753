import { describe, expect, it } from 'vitest';
import { naturalStrikeInTitle } from '../../../functions/core/topics/natural-strike.js';
import { topicIds } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';
const ARTS = 'medtop:01000000';

describe("police as a plural subject, concerts at stadiums, a storm's costs in capitals (topics24)", () => {
  it('keeps police who target drivers under crime though a minister speaks', () => {
    const ids = topicIds(
      'Police target drivers using phones at the wheel',
      'Police in Kent will stop drivers seen using mobile phones at the wheel during a week-long operation, ' +
        'the force said on Monday. Officers caught 300 drivers in a similar operation last year. The Transport ' +
        'Secretary said the government backed the campaign and that ministers wanted tougher penalties.',
    );

    expect(ids[0]).not.toBe(POLITICS);
    expect(ids).toContain(CRIME);
  });

  it("lists no sport for a band's concerts at a stadium", () => {
    const ids = topicIds(
      'Pulp close their tour with two nights at Wembley',
      'Pulp played the last night of their reunion tour at Wembley Stadium on Saturday, with Jarvis Cocker ' +
        'leading the band through Common People in front of 80,000 fans. The singer thanked the crowd and said ' +
        'the band would record a new album next year. The tour had taken them to arenas in Manchester and Glasgow.',
    );

    expect(ids[0]).toBe(ARTS);
    expect(ids).not.toContain(SPORT);
  });

  it('still lists sport for a match at a stadium', () => {
    const ids = topicIds(
      'England beat Wales at a sold-out stadium',
      'England beat Wales 2-0 at the Millennium Stadium on Saturday, with goals in each half from Harry Kane ' +
        'and Bukayo Saka. The manager praised his players and said the team was ready for the World Cup.',
    );

    expect(ids[0]).toBe(SPORT);
  });

  it("reads a capitals or title-case headline on a storm's insurance or claims as no strike", () => {
    expect(naturalStrikeInTitle('EARTHQUAKE INSURANCE HITS RECORD')).toBe(false);
    expect(naturalStrikeInTitle('Hurricane Claims Hit Insurers')).toBe(false);
  });

  it('still reads a named storm striking in a capitals headline as a strike', () => {
    expect(naturalStrikeInTitle('HURRICANE GILBERT HITS JAMAICA')).toBe(true);
    expect(naturalStrikeInTitle('Typhoon Haikui lashes Taiwan')).toBe(true);
  });
});
