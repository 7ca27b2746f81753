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

  it("reads a market's heavyweight miners as big firms, and a boxer's heavyweight bout as boxing", () => {
    // Act
    const market = topicIds(
      'Shares slip',
      'Heavyweight miners lost 1.4% as iron ore prices fell, while index heavyweights in banking held steady.',
    );
    const bout = topicIds(
      'Title defended',
      'The champion kept his belts with a points win in the heavyweight bout.',
    );

    // Assert
    expect(market).toContain(MINING);
    expect(market).not.toContain(BOXING);
    expect(bout).toContain(BOXING);
  });
});
