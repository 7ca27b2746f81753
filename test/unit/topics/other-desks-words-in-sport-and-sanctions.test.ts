import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

// Session 47 (topics47b, wild47 ★8, ★10, ★11, ★13, ★14): a word read in its other desk's sense where the story leads
// with its own: a figurative vote of confidence, a rider's attack and stage, a touring side's hotel and "the visitors",
// a ground or an event two sports share, a sanctions package's travel bans. Stories are invented.
const POLITICS = 'medtop:11000000';
const POLITICAL_CRISIS = 'medtop:20000647';
const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';
const CRIME = 'medtop:02000000';
const ARTS = 'medtop:01000000';
const LIFESTYLE = 'medtop:10000000';
const TRAVEL = 'medtop:20000563';
const ENVIRONMENT = 'medtop:06000000';
const CYCLING = 'medtop:20000892';
const CRICKET = 'medtop:20000888';
const RUGBY = 'medtop:20001176';
const SOCCER = 'medtop:20001065';
const GOLF = 'medtop:20000940';
const TENNIS = 'medtop:20001085';
const BASEBALL = 'medtop:20000849';
const GOVERNMENT_POLICY = 'medtop:20000621';
const MIGRATION_POLICY = 'medtop:20000634';
const ECONOMIC_SANCTION = 'medtop:20000642';

const tag = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a vote of confidence given, not held, is no political crisis (wild47 ★8)', () => {
  it('gives a carmaker\'s "vote of confidence in British manufacturing" business only', () => {
    // Act
    const topics = tag(
      'Honda to build hatchback in Swindon',
      'Honda will build its new hatchback at Swindon, a vote of confidence in British manufacturing, the carmaker said. The plant will create 300 jobs.',
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).not.toContain(POLITICAL_CRISIS);
    expect(ids(topics)).not.toContain(POLITICS);
  });

  it("gives a chairman's vote of confidence in his manager sport only", () => {
    // Act
    const topics = tag(
      'Manager keeps job',
      'The chairman gave the manager a vote of confidence after the 4-1 defeat at Chelsea. The club is 17th in the Premiership.',
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).not.toContain(POLITICAL_CRISIS);
    expect(ids(topics)).not.toContain(POLITICS);
  });

  it.each([
    [
      'a government that lost one in parliament',
      'Government falls',
      'The government lost a vote of confidence in parliament on Tuesday and the prime minister is expected to resign.',
    ],
    [
      'a confidence vote called in a story business leads',
      'Budget vote',
      "The government called a confidence vote on its budget as bond yields rose and shares fell. Investors fear the deficit and the banks' losses, and the euro slipped against the dollar. The vote of confidence is due on Friday.",
    ],
  ])('keeps the political crisis of %s', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).toContain(POLITICAL_CRISIS);
  });
});

describe("a stage race's attack and stage are cycling, no war or theatre (wild47 ★10)", () => {
  it.each([
    [
      'a stage won on the final climb',
      'Stage report',
      'Marco Rossi attacked on the final climb and won the stage by 30 seconds. The riders face another mountain stage on Saturday.',
    ],
    [
      'an attack near the finish',
      'Cycling',
      'The Colombian attacked 3km from the finish and won the stage. The peloton was a minute behind.',
    ],
    ['a named climb', 'Stage', "The Slovenian won the stage at Alpe d'Huez and kept the yellow jersey."],
  ])('gives %s cycling and no conflict or arts', (_case, title, body) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain(CYCLING);
    expect(ids(topics)).not.toContain(CONFLICT);
    expect(ids(topics)).not.toContain(CRIME);
    expect(ids(topics)).not.toContain(ARTS);
  });

  it('keeps the war of rebels who attacked a base', () => {
    // Act
    const topics = tag(
      'Rebel attack',
      'Rebels attacked an army base in the north on Sunday, the military said.',
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(CONFLICT);
  });
});

describe("a touring side's hotel, travel and visitors are the sport's (wild47 ★11)", () => {
  it('gives a cricket tour cricket and no travel, leisure or environment', () => {
    // Act
    const topics = tag(
      'Australia arrive in Sri Lanka',
      "Australia's cricketers arrived in Colombo on Monday for the tour of Sri Lanka. The squad will stay in a secure hotel and travel to Kandy by charter flight. The visitors play a warm-up match on Friday.",
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain(CRICKET);
    expect(ids(topics)).not.toContain(TRAVEL);
    expect(ids(topics)).not.toContain(LIFESTYLE);
    expect(ids(topics)).not.toContain(ENVIRONMENT);
  });

  it("keeps a hotel company's hotels beside a stray sport word where business leads", () => {
    // Act
    const topics = tag(
      'Regent Hotels soars',
      'Shares in Regent Hotels soared on speculation of a takeover, brokers said. The group owns 40 hotels and a golf course in Spain.',
    );

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).toContain(LIFESTYLE);
  });

  it("keeps a city's visitors and hotels travel and tourism", () => {
    // Act
    const topics = tag(
      'Hotel bookings',
      'Visitors flocked to Venice this summer, and hotels in the city reported record bookings. Travel from the US has recovered.',
    );

    // Assert
    expect(ids(topics)).toContain(TRAVEL);
  });
});

describe('a ground or an event two sports share counts for the sport the story tells (wild47 ★13)', () => {
  it.each([
    [
      "rugby's Test series",
      'Lions beaten',
      'The Springboks lead the Test series 1-0 after beating the British Lions 25-12 in Durban. Handre Pollard kicked a drop goal and two penalties.',
      RUGBY,
      CRICKET,
    ],
    [
      "golf's US Open",
      'Golf',
      'Retief Walker won the US Open at Oakmont by three strokes, with a birdie at the last.',
      GOLF,
      TENNIS,
    ],
    [
      'the World Series of Golf',
      'Golf',
      'Greg Norman shot a four-under-par 66 to lead the World Series of Golf by a stroke at Firestone.',
      GOLF,
      BASEBALL,
    ],
    [
      "an Ashes squad's grounds",
      'Ashes squad named',
      'England named their squad for the Tests at Old Trafford and Leeds. The selectors kept the spinner and the all-rounder for the Ashes series.',
      CRICKET,
      SOCCER,
    ],
    [
      'a football cup final at a rugby ground',
      'Cup final',
      'Liverpool won the FA Cup final at the Millennium Stadium, beating West Ham on penalties after a 3-3 draw. Steven Gerrard scored twice.',
      SOCCER,
      RUGBY,
    ],
  ])('gives %s its own sport only', (_case, title, body, own, other) => {
    // Act
    const topics = tag(title, body);

    // Assert
    expect(ids(topics)).toContain(own);
    expect(ids(topics)).not.toContain(other);
  });

  it.each([
    [
      'a Test series won with wickets',
      'England won the Test series after Anderson took five wickets.',
      CRICKET,
    ],
    ["tennis's US Open", 'Serena Williams won the US Open, beating her sister in straight sets.', TENNIS],
    ["baseball's World Series", 'The Boston Red Sox won the World Series in four games.', BASEBALL],
    [
      "Manchester United's ground",
      'Manchester United beat Arsenal 2-0 at Old Trafford. Rooney scored twice.',
      SOCCER,
    ],
    [
      'a cricket Test at Old Trafford',
      'Australia bowled England out for 210 at Old Trafford. Warne took four wickets.',
      CRICKET,
    ],
  ])('keeps %s', (_case, body, own) => {
    // Act
    const topics = tag('', body);

    // Assert
    expect(ids(topics)).toContain(own);
  });
});

describe("a sanctions package's travel bans are no migration policy (wild47 ★14)", () => {
  it.each([
    [
      'asset freezes and travel bans',
      'The EU imposed asset freezes and travel bans on 15 Belarusian officials over the crackdown on protesters.',
    ],
    [
      'travel bans before asset freezes',
      'Washington imposed travel bans and asset freezes on six officials accused of rigging the election.',
    ],
  ])('gives %s economic sanction and no migration policy', (_case, body) => {
    // Act
    const topics = tag('Sanctions', body);

    // Assert
    expect(ids(topics)).toContain(ECONOMIC_SANCTION);
    expect(ids(topics)).not.toContain(MIGRATION_POLICY);
    expect(ids(topics)).not.toContain(GOVERNMENT_POLICY);
  });

  it("keeps the migration policy of a travel ban on a country's citizens", () => {
    // Act
    const topics = tag(
      'Travel ban upheld',
      'The Supreme Court upheld the travel ban on citizens of seven countries. Refugees and visa holders from those countries will be barred, immigration lawyers said.',
    );

    // Assert
    expect(ids(topics)).toContain(MIGRATION_POLICY);
  });
});
