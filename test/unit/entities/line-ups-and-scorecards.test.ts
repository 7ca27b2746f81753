import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

const REPORT =
  'Rovers beat Athletic 2-1 in the league match on Saturday, striker Tom Birch scoring both goals in the second half.\n';

describe("a side's line-up on a sports page", () => {
  it('makes every listed name a player, ordinary words and towns included', () => {
    const body = `${REPORT}Rovers: Butler; Frost, Keeling, Stanton, Parlour; Moss, Vasquez, Petit, Okoro; Birch, Lindqvist.\nReferee: P Dowd.`;

    for (const name of ['Butler', 'Frost', 'Stanton', 'Parlour', 'Vasquez', 'Okoro', 'Lindqvist'])
      expect(typesOf(body, name)).toEqual(['person']);
    expect(typesOf(body, 'Rovers')).toEqual(['organization']);
  });

  it('reads a line-up with no label, substitutes in brackets and a captain', () => {
    const body = `${REPORT}Given, Marsh (Keller 60), Oduya, Brannigan, Seaman, Holt (capt), Ferreira, Tanaka, Lowe, Quill, Draper.`;

    for (const name of ['Given', 'Marsh', 'Oduya', 'Seaman', 'Holt', 'Draper'])
      expect(typesOf(body, name)).toEqual(['person']);
  });

  it('leaves a list of towns a list of places', () => {
    const body = `${REPORT}The tour visits: Leeds, Bristol, Cardiff, Exeter, Norwich, Plymouth and Hull.`;

    expect(typesOf(body, 'Bristol')).not.toContain('person');
    expect(typesOf(body, 'Norwich')).not.toContain('person');
  });

  it('needs a sports page: a list of chains in a business story stays firms', () => {
    const body =
      'Shoppers switched from the big chains last year, the survey of grocery sales found.\nTesco, Asda, Sainsbury, Waitrose, Ocado, Lidl, Aldi.';

    expect(typesOf(body, 'Ocado')).toEqual(['organization']);
    expect(typesOf(body, 'Sainsbury')).toEqual(['organization']);
  });

  it('needs a pure list: a line of prose is none', () => {
    const body = `${REPORT}Rovers: Butler said the win over Frost Park, Keeling Road, Stanton, Moss and Holt was deserved.`;

    expect(typesOf(body, 'Keeling Road')).not.toContain('person');
  });
});

describe('a scorer list', () => {
  it('makes the scorers players, minutes and penalties after them', () => {
    const body = `${REPORT}Scorers: Birch 23, Moss 45 pen; Kovacs 70.`;

    expect(typesOf(body, 'Moss')).toEqual(['person']);
    expect(typesOf(body, 'Kovacs')).toEqual(['person']);
  });

  it('reads the unused substitutes', () => {
    const body = `${REPORT}Subs Not Used: Pidgeon, Marlow.`;

    expect(typesOf(body, 'Pidgeon')).toEqual(['person']);
  });
});

describe("a batsman opening a scorecard's line", () => {
  const card =
    'CRICKET - SCOREBOARD .\nScoreboard of the first test on Saturday :\nHome first innings\nGavaskar c Healy b Warne 34\nSidhu lbw b McGrath 12\nDravid run out 56\nKumble not out 4\nExtras ( lb-4 nb-2 ) 6\nTotal ( for 5 wickets ) 207';

  it('is a person before how he was out', () => {
    for (const name of ['Gavaskar', 'Sidhu', 'Dravid', 'Kumble'])
      expect(typesOf(card, name)).toEqual(['person']);
  });
});

describe('a results line opened by its ground', () => {
  const card =
    'CRICKET - COUNTY CHAMPIONSHIP SCORES .\nClose of play scores in the county championship matches on Friday :\nCheltenham : Wessex 259 and 207 ( A. Dale 69 ; D. Blenkiron 4-43 ) , Mercia 114 and 81-3 .\nTunbridge Wells : Northumbria 214 ( P. Johnson 84 ) , Kent 108-3 .\nAt Scarborough : Yorkshire beat Durham by six wickets .\nHalf-time : Yorkshire 96 .';

  it('makes the ground a place and the side after the colon a team', () => {
    expect(typesOf(card, 'Cheltenham')).toEqual(['place']);
    expect(typesOf(card, 'Tunbridge Wells')).toEqual(['place']);
    expect(typesOf(card, 'Scarborough')).toEqual(['place']);
    expect(typesOf(card, 'Wessex')).toEqual(['organization']);
    expect(typesOf(card, 'Northumbria')).toEqual(['organization']);
  });

  it('reads no ordinary word before the colon as a ground', () => {
    expect(typesOf(card, 'Half-time')).toEqual([]);
  });
});

describe('a title opening a firm or an event', () => {
  it("is the firm's first word where the words around say firm", () => {
    expect(typesOf('General Mills said on Wednesday its quarterly sales fell.', 'General Mills')).toEqual([
      'organization',
    ]);
    expect(typesOf('Shares of General Mills fell 2 percent on Monday.', 'General Mills')).toEqual([
      'organization',
    ]);
  });

  it("stays an office without a firm's cue", () => {
    expect(typesOf('General Mills told reporters the troops would stay.', 'Mills')).toEqual(['person']);
  });

  it('names a race or a cup after its holder', () => {
    const body =
      'Royal Ascot opened with the Queen Anne Stakes on Tuesday, and the King George VI Cup follows in July.';

    expect(typesOf(body, 'Queen Anne Stakes')).toEqual(['other']);
    expect(typesOf(body, 'King George VI Cup')).toEqual(['other']);
    expect(typesOf(body, 'Anne Stakes')).toEqual([]);
  });
});
