import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58: words wild57 found read in another desk's sense. Stories are invented.
const topicIds = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);
const LABOUR = 'medtop:09000000';
const POLITICAL_PARTIES = 'medtop:20000651';
const SOCCER = 'medtop:20001065';
const CRICKET = 'medtop:20000888';
const JUDICIARY = 'medtop:20000106';
const CRIME_LAW_JUSTICE = 'medtop:02000000';
const TECHNOLOGY_AND_ENGINEERING = 'medtop:20000756';
const BOXING = 'medtop:20000856';
const MINING = 'medtop:20000320';
const HORSE_RACING = 'medtop:20000960';
const EARTHQUAKE = 'medtop:20000153';
const STOCKS = 'medtop:20000396';
const ACQUISITIONS = 'medtop:20000204';
const DEFENCE = 'medtop:20000598';
const DIPLOMACY = 'medtop:20000639';
const AIR_TRANSPORT = 'medtop:20000338';

describe("Australia's Labor party and America's Labor Department", () => {
  it('reads "Labor" by itself as the party, not the labour desk', () => {
    // Act
    const ids = topicIds(
      'Labor pledges housing fund',
      'CANBERRA — The prime minister said Labor would spend A$10 billion on social housing if re-elected, as the ' +
        'opposition attacked the plan in parliament.',
    );

    // Assert
    expect(ids).toContain(POLITICAL_PARTIES);
    expect(ids).not.toContain(LABOUR);
  });

  it.each([
    ['labor costs opening a sentence', 'Labor costs rose 3.1% in the third quarter, outpacing productivity.'],
    [
      'labor leaders opening a sentence',
      'Labor leaders at the ports said dockworkers would walk out on Monday.',
    ],
    [
      'the Labor Department',
      'Employers added 150,000 jobs in November, the Labor Department said on Friday.',
    ],
    ['the Department of Labor', 'The Department of Labor said claims for jobless benefits fell last week.'],
    ['a capitals title\'s "LABOR DEPT"', ''],
  ])('keeps %s with labour, no party', (_, body) => {
    // Act
    const ids = topicIds(body === '' ? 'LABOR DEPT SAYS CLAIMS FELL' : 'Jobs report', body);

    // Assert
    expect(ids).toContain(LABOUR);
    expect(ids).not.toContain(POLITICAL_PARTIES);
  });
});

describe('words of one desk told in another sense (wild57)', () => {
  it("reads a cricket club named for a football position as the club's name", () => {
    // Act
    const ids = topicIds(
      'Strikers beat Heat',
      'The Adelaide Strikers beat the Brisbane Heat by six wickets on Sunday, their opener hitting 72 off 45 balls.',
    );

    // Assert
    expect(ids).toContain(CRICKET);
    expect(ids).not.toContain(SOCCER);
  });

  it("reads a phone review's wireless charging as technology, and its verdict as no court's", () => {
    // Act
    const ids = topicIds(
      'Phone review',
      'The new handset has a brighter screen and a better camera. There is no wireless charging.\n\nOur verdict\n' +
        'The best phone for most people this year.',
    );

    // Assert
    expect(ids).toContain(TECHNOLOGY_AND_ENGINEERING);
    expect(ids).not.toContain(CRIME_LAW_JUSTICE);
    expect(ids).not.toContain(JUDICIARY);
  });

  it("reads a market's heavyweight miners and a party's heavyweights as no boxers, and a boxer's heavyweight bout as boxing", () => {
    // Act
    const market = topicIds(
      'Shares slip',
      'Heavyweight miners lost 1.4% as iron ore prices fell, while index heavyweights in banking held steady.',
    );
    const party = topicIds(
      'Challenge fails',
      'Party heavyweights lined up behind the prime minister on Sunday.',
    );
    const bout = topicIds(
      'Title defended',
      'The champion kept his belts with a points win in the heavyweight bout.',
    );

    // Assert
    expect(market).toContain(MINING);
    expect(market).not.toContain(BOXING);
    expect(party).not.toContain(BOXING);
    expect(bout).toContain(BOXING);
  });
});

describe('words of one desk told in another sense (wild58, review58)', () => {
  it('reads a race "at Randwick" as horse racing, and a school in a suburb named like a course as none', () => {
    // Act
    const race = topicIds(
      'Favourite wins',
      'The mare led all the way to win the Spring Stakes at Randwick on Saturday, her trainer said.',
    );
    const school = topicIds(
      'New school',
      'A new primary school will open in Ascot next September, the council said.',
    );

    // Assert
    expect(race).toContain(HORSE_RACING);
    expect(school).not.toContain(HORSE_RACING);
  });

  it("reads the epicentre of violence as no earthquake, and a quake's epicentre as one", () => {
    // Act
    const violence = topicIds(
      'Sahel',
      'Diplomats say the region is now the epicentre of jihadist violence, with attacks in three countries.',
    );
    const quake = topicIds(
      'Quake',
      "The epicentre of Monday's magnitude 6.1 earthquake was 10 km south of the town.",
    );

    // Assert
    expect(violence).not.toContain(EARTHQUAKE);
    expect(quake).toContain(EARTHQUAKE);
  });

  it('reads goods held in stock as no shares', () => {
    // Act
    const ids = topicIds(
      'Turkeys',
      'The farm had enough stock to meet Christmas demand, though some shops were out of stock.',
    );

    // Assert
    expect(ids).not.toContain(STOCKS);
  });

  it("reads forces' acquisition and cross-servicing agreement as defence, no takeover", () => {
    // Act
    const ids = topicIds(
      'Logistics pact',
      'The two governments signed an acquisition and cross-servicing agreement on Monday, letting their forces share fuel.',
    );

    // Assert
    expect(ids).toContain(DEFENCE);
    expect(ids).not.toContain(ACQUISITIONS);
  });
});

describe('who meets whom (wild58)', () => {
  it("reads the Emirates of a readout's country name glued to its president as no airline", () => {
    // Act
    const ids = topicIds(
      'Leaders talk trade',
      'Telephone conversation with President of the United Arab Emirates Khalid bin Rashid Al Nahyan. The leaders ' +
        'discussed cooperation in trade, investment and energy.',
    );

    // Assert
    expect(ids).not.toContain(AIR_TRANSPORT);
  });

  it('reads a state visit as diplomacy', () => {
    // Act
    const ids = topicIds(
      'President in Beijing',
      'The Brazilian president arrived in Beijing on Tuesday for a three-day state visit, during which he will meet ' +
        'his Chinese counterpart. The two leaders are expected to sign agreements on trade.',
    );

    // Assert
    expect(ids).toContain(DIPLOMACY);
  });
});
