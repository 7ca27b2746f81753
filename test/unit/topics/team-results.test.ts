import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { teamResults } from '../../../functions/core/topics/team-results.js';
import { ids } from './topic-ids.js';

// Session 46 (topics46, session 45's leftovers): a match result told with its sides is sport, and the sides'
// nicknames are no words of other desks. Stories are invented.
const SPORT = 'medtop:15000000';
const POLITICS = 'medtop:11000000';
const ARTS = 'medtop:01000000';
const RELIGION = 'medtop:12000000';

const resultsIn = (text: string) => teamResults(prepareField('body', text)).map((r) => r.result);

describe('a match result told with its sides reads sport (topics46)', () => {
  it.each([
    ['the Avalanche', 'The Avalanche won 4-1 at home on Saturday.'],
    ['the Wild', 'The Wild won 4-1 on Saturday night.'],
    ['the Magic', 'The Magic won 4-1.'],
    ['the Thunder', 'The Thunder won 120-101 on Friday.'],
    ['the Rockets', 'The Rockets beat the Warriors 112-104 on Tuesday.'],
  ])('leads %s with sport', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
  });

  it.each([
    ['the Senators and the Kings as no politics', 'The Senators beat the Kings 3-2 in overtime.', POLITICS],
    ['the Jazz as no music', 'The Jazz lost 98-95 to the Suns on Monday night.', ARTS],
    ['the Cardinals as no church', 'The Pirates lost to the Cardinals 5-3.', RELIGION],
  ])('reads %s', (_case, body, other) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
    expect(ids(result.topics)).not.toContain(other);
  });

  it('gives the result as sport evidence', () => {
    // Act
    const result = tagArticle({ title: '', body: 'The Avalanche won 4-1 at home on Saturday.' });

    // Assert
    expect(result.topics.find((t) => t.id === SPORT)?.evidence).toContain('won 4-1');
  });

  it('leaves the discipline of a story sport already leads as it was (read46)', () => {
    // Arrange
    const SOCCER = 'medtop:20001065';
    const withScore = 'Celtic beat Rangers 3-0 at Parkhead on Sunday, with two goals from Kyogo.';
    const withoutScore = 'Celtic beat Rangers at Parkhead on Sunday, with two goals from Kyogo.';

    // Act
    const scored = tagArticle({ title: '', body: withScore });
    const plain = tagArticle({ title: '', body: withoutScore });

    // Assert
    expect(scored.topics.find((t) => t.id === SOCCER)?.score).toBe(
      plain.topics.find((t) => t.id === SOCCER)?.score,
    );
  });

  it.each([
    ['a share price', 'USAir fell 1-3/8 to 47-3/4 as doubt spread.'],
    ['a price range', 'Piedmont fell 1-3 to 68 in early trade.'],
    ['a percentage', 'Shares lost 2-3 percent on Monday.'],
    ['electoral votes', 'Trump won 312-226 in the Electoral College.'],
    ['a ruling', 'The justices ruled the government won 6-3.'],
    ['a vote', 'Democrats beat Republicans 51-49 in the Senate vote.'],
  ])('reads no result in %s', (_case, text) => {
    // Act
    const results = resultsIn(text);

    // Assert
    expect(results).toEqual([]);
  });

  it.each([
    ['The Avalanche won 4-1 at home.', 'won 4-1'],
    ['The Lightning beat the Rangers 3-2 in overtime.', 'beat the Rangers 3-2'],
    ['The Pirates lost to the Cardinals 5-3.', 'lost to the Cardinals 5-3'],
  ])('reads the result of "%s"', (text, expected) => {
    // Act
    const results = resultsIn(text);

    // Assert
    expect(results).toEqual([expected]);
  });
});

describe('a score told of a poll, a court, a committee or a market is no match (fixT46, read46 on bd2a3b24)', () => {
  it.each([
    ['a poll', 'Harris beat Trump 48-45 among independents, the poll found.'],
    ['a court', 'Trump won 6-3 at the Supreme Court on Friday.'],
    ['a jury', 'Apple won 9-3 before the jury in the patent case.'],
    ['a committee', 'Democrats beat Republicans 14-12 in the judiciary committee.'],
    ['a council', 'Labour beat the Conservatives 32-28 on the council.'],
    ['a market', 'Airbus beat Boeing 52-48 in orders last month.'],
  ])('finds no result in %s', (_case, body) => {
    // Act
    const results = resultsIn(body);

    // Assert
    expect(results).toEqual([]);
  });
});

describe('a court or a council that holds no vote or ruling leaves a result (fixT46, read46 on 55088e05)', () => {
  it.each([
    ['a tennis court', 'Sinner beat Alcaraz 6-4 on Court Philippe Chatrier.', 'beat Alcaraz 6-4'],
    ['a city council', 'The Avalanche won 4-1 at the arena the city council rebuilt last year.', 'won 4-1'],
  ])('finds the result beside %s', (_case, body, expected) => {
    // Act
    const results = resultsIn(body);

    // Assert
    expect(results).toEqual([expected]);
  });

  it('leads a basketball result on a home court with sport', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'The Jazz lost 98-95 to the Suns on Monday night after a late collapse on their home court.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
  });
});

describe('a basketball court is no court of law (fixT46)', () => {
  it('finds the result of a game won on a home court', () => {
    // Act
    const results = resultsIn('The Knicks won 110-102 on their home court.');

    // Assert
    expect(results).toEqual(['won 110-102']);
  });
});

describe('a match result in capitals or Title Case (fixT46, read46 on bd2a3b24)', () => {
  it.each([
    ['capitals', 'THE AVALANCHE BEAT THE KINGS 6-1 ON SATURDAY.', 'BEAT THE KINGS 6-1'],
    ['Title Case', 'Avalanche Beat Kings 4-1', 'Beat Kings 4-1'],
    ['capitals, lost to', 'THE JAZZ LOST TO THE SUNS 98-95.', 'LOST TO THE SUNS 98-95'],
  ])('finds the result in %s', (_case, body, expected) => {
    // Act
    const results = resultsIn(body);

    // Assert
    expect(results).toEqual([expected]);
  });

  it('leads a results story in capitals with sport', () => {
    // Act
    const result = tagArticle({
      title: 'AVALANCHE TOP KINGS',
      body: 'THE AVALANCHE BEAT THE KINGS 6-1 ON SATURDAY. CALE MAKAR SCORED TWICE IN THE SECOND PERIOD.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
  });
});

describe("a results page's players with their country or seed (topics47)", () => {
  it.each([
    [
      'countries',
      'Jannik Sinner (Italy) beat Marcos Giron (U.S.) 6-1 6-4 6-2.',
      ['beat Marcos Giron (U.S.) 6-1'],
    ],
    [
      'seeds',
      'Iga Swiatek (1) beat Emma Navarro (8) 6-2 6-3 in the quarter-finals.',
      ['beat Emma Navarro (8) 6-2'],
    ],
  ])('finds the result with %s in brackets', (_case, body, expected) => {
    // Act
    const results = resultsIn(body);

    // Assert
    expect(results).toEqual(expected);
  });

  it.each([
    ["a party's letters", "Smith (R) beat Jones (D-Ohio) 52-48 in the state's closest race."],
    [
      'parties written short (read47)',
      'Tom Brown (Ind) beat Ann Lee (Lib) 52-48 in the neighbouring district.',
    ],
    ['tickers (read47)', 'Apple (AAPL.O) beat Samsung (005930.KS) 3-2 in a patent fight.'],
  ])('reads no result in %s', (_case, body) => {
    // Act
    const results = resultsIn(body);

    // Assert
    expect(results).toEqual([]);
  });

  it('finds the result of a wire results line with spaced brackets', () => {
    // Act
    const results = resultsIn('Tim Henman ( Britain ) beat Pete Sampras ( U.S. ) 6-4 7-5.');

    // Assert
    expect(results).toEqual(['beat Pete Sampras ( U.S. ) 6-4']);
  });

  it('leads a tennis results page with sport', () => {
    // Act
    const result = tagArticle({
      title: 'Results',
      body: "Men's singles, third round: Jannik Sinner (Italy) beat Marcos Giron (U.S.) 6-1 6-4 6-2; Novak Djokovic (Serbia) beat Tomas Machac (Czech Republic) 6-4 6-3 6-2.",
    });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
  });
});

describe('a result told in the passive, and a cricket chase (session 59)', () => {
  it.each([
    [
      'the Rebels as no armed rebels',
      'The Rebels were thrashed 40-7 by the Crusaders in Christchurch.',
      'medtop:16000000',
    ],
    ['the Senators as no politics', 'The Senators were beaten 4-1 by the Kings on Tuesday night.', POLITICS],
  ])('reads %s', (_case, body, other) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(result.topics[0]?.id).toBe(SPORT);
    expect(ids(result.topics)).not.toContain(other);
  });

  it.each([
    [
      'a vote lost to a council (review59)',
      'The Mayor was defeated 9-5 by the Council on the airport sale on Thursday.',
    ],
    ['talks held on dates (review59)', 'Talks were held 3-4 December in Geneva, the UN said.'],
  ])('reads no result in %s', (_case, body) => {
    // Act
    const results = teamResults(prepareField('body', body));

    // Assert
    expect(results).toEqual([]);
  });

  it('finds a draw told in the passive (review59)', () => {
    // Act
    const results = resultsIn('Mamelodi Sundowns were held 0-0 by Orlando Pirates in Pretoria.');

    // Assert
    expect(results).toEqual(['were held 0-0']);
  });

  it('finds the side the passive names after "by"', () => {
    // Act
    const results = teamResults(prepareField('body', 'The Rebels were thrashed 40-7 by the Crusaders.'));

    // Assert
    expect(results.map((r) => r.result)).toEqual(['were thrashed 40-7']);
    expect(results[0]?.sides).toHaveLength(2);
  });

  it('reads balls to spare as cricket', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'The Strikers chased down 180 with two balls to spare at the Adelaide Oval.',
    });

    // Assert
    expect(ids(result.topics)).toContain('medtop:20000888');
  });
});
