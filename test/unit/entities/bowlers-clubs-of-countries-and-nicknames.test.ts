import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe("a bowler whose figures open a scorecard's line", () => {
  it('is a person, not a team of a results line', () => {
    const body =
      'CRICKET - AUSTRALIA V PAKISTAN SCOREBOARD .\nBowling : Law 3-0-19-0 , McGrath 10-1-38-2 ,\nWasim 7-0-31-2 , Gillespie 5-0-22-0 .\nMan of the Match : Ijaz Ahmed';

    expect(typesOf(body, 'Wasim')).toEqual(['person']);
  });

  it('leaves a side opening a results line a team', () => {
    const body = 'SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\nHull 2 Charlton 1\nBury 4 Stoke 0';

    expect(typesOf(body, 'Hull')).toEqual(['organization']);
  });
});

describe("a club opening a result with its country after 'of'", () => {
  it('is the club', () => {
    const body =
      'BASKETBALL - TOURNAMENT RESULT .\nBELGRADE 1996-08-31\nOlympiakos of Greece beat Partizan of Yugoslavia 80-71 in the final on Saturday .';

    expect(typesOf(body, 'Olympiakos')).toEqual(['organization']);
    expect(typesOf(body, 'Greece')).toEqual(['place']);
  });

  it('needs a country after "of"', () => {
    const body = 'Friends of Gaza beat the deadline on Saturday with 80-71 votes in favour.';

    expect(typesOf(body, 'Friends')).not.toContain('organization');
  });
});

describe("a team's plural nickname in a capitals headline", () => {
  it('is the team the text names in full', () => {
    const body =
      'BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT ROYALS .\nARLINGTON , Texas 1996-08-31\nJuan Gonzalez homered twice as the Texas Rangers defeated the Kansas City Royals 5-3 on Friday .';

    expect(typesOf(body, 'RANGERS')).toEqual(['organization']);
  });

  it('is no name when the text names no team so', () => {
    const body =
      'PARK - RANGERS FIND LOST HIKERS .\nDENVER 1996-08-31\nPark rangers found two hikers on Friday, the Colorado Parks service said .';

    expect(typesOf(body, 'RANGERS')).toEqual([]);
  });
});
