import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 46 (topics46, wild46 ★1, ★5, ★10, ★11, ★12): an era, a team's forward line, a golfer's strokes, a boxer's
// stoppage and a swimming race are no war, illness, walkout or athletics. Stories are invented.
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';
const ARMED_CONFLICT = 'medtop:20000056';
const WAR = 'medtop:20000062';
const HEALTH = 'medtop:07000000';
const LABOUR = 'medtop:09000000';
const ATHLETICS = 'medtop:20000827';
const SWIMMING = 'medtop:20001071';
const GOLF = 'medtop:20000940';
const BOXING = 'medtop:20000856';

describe('the Cold War names an era, no war (wild46 ★1)', () => {
  it.each([
    [
      'a Cold War-era law',
      'The Netherlands invoked a Cold War-era law last month to take control of Nexperia.',
    ],
    [
      'relations at their lowest',
      'Relations between Washington and Moscow are at their lowest since the Cold War.',
    ],
  ])('gives %s no war', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(WAR);
    expect(ids(result.topics)).not.toContain(CONFLICT);
  });
});

describe('a front line in sport or a hospital is no battle (wild46 ★5)', () => {
  it.each([
    [
      "a coach's forward line",
      'Barcelona coach Hansi Flick said he would play across the front line alongside Lamine Yamal and Raphinha.',
    ],
    ['nurses in a pandemic', 'Nurses on the front line of the pandemic were given a pay rise.'],
  ])('gives %s no armed conflict', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(ARMED_CONFLICT);
  });

  it('keeps armed conflict for troops on the front line', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Ukrainian troops on the front line near Pokrovsk came under heavy shelling.',
    });

    // Assert
    expect(ids(result.topics)).toContain(ARMED_CONFLICT);
  });
});

describe("a fight's stoppage is no walkout (wild46 ★12)", () => {
  it.each([
    ['a ninth-round stoppage', '', 'Usyk won by a ninth-round stoppage.'],
    [
      'a headline stoppage',
      'Jones retains heavyweight title with third-round stoppage',
      'Jon Jones kept his title on Saturday.',
    ],
  ])('gives %s boxing and no labour', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).toContain(BOXING);
    expect(ids(result.topics)).not.toContain(LABOUR);
  });

  it("keeps labour for workers' stoppage", () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Workers staged a two-hour stoppage over pay at the plant.',
    });

    // Assert
    expect(ids(result.topics)).toContain(LABOUR);
  });
});

describe("a golfer's strokes are no illness (wild46 ★10)", () => {
  it.each([
    ['a win by a stroke', 'Scheffler won by a stroke from Rory McIlroy at the Memorial.'],
    ['strokes behind the leader', 'He was two strokes behind the leader after a final-round 68.'],
  ])('gives %s golf and no health', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(GOLF);
    expect(ids(result.topics)).not.toContain(HEALTH);
  });

  it('keeps health for a stroke suffered', () => {
    // Act
    const result = tagArticle({ title: '', body: 'The former minister suffered a stroke last year.' });

    // Assert
    expect(ids(result.topics)).toContain(HEALTH);
  });
});

describe("a swimming race's distance is no athletics (wild46 ★11)", () => {
  it.each([
    ['an individual medley', 'She set a world record in the 400m individual medley.'],
    ['a butterfly final', 'Marchand won the 200m butterfly final in Singapore.'],
    ['a freestyle race', 'She won the 800m freestyle in Singapore.'],
  ])('gives %s swimming and no athletics', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(SWIMMING);
    expect(ids(result.topics)).not.toContain(ATHLETICS);
  });

  it('keeps athletics for a sprint', () => {
    // Act
    const result = tagArticle({ title: '', body: 'Bolt won the 100m in 9.58 seconds in Berlin.' });

    // Assert
    expect(ids(result.topics)).toContain(ATHLETICS);
    expect(result.topics[0]?.id).toBe(SPORT);
  });
});
