import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { joinedPortfolios } from '../../../functions/core/topics/joined-portfolios.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★9): a casino's gaming is no video game, and a ministry of three portfolios names no
// desk of the story. Stories are invented.
const VIDEO_GAME = 'medtop:20000548';
const GAMING_AND_LOTTERY = 'medtop:20000549';
const SPORT = 'medtop:15000000';

describe("a casino's gaming gives no video game (wild45 ★9)", () => {
  it.each([
    [
      'casino gaming revenue',
      "Macau's gaming revenue rose 12 percent as mainland visitors returned to the casinos.",
    ],
    ['a betting and gaming trade body', 'The Betting and Gaming Council said it supported the new rules.'],
  ])('gives %s no video game', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(VIDEO_GAME);
    expect(ids(result.topics)).toContain(GAMING_AND_LOTTERY);
  });

  it('keeps gaming under video game where the story names a console', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Sony said gaming revenue rose as PlayStation 5 sales doubled, while its casino-style app was dropped.',
    });

    // Assert
    expect(ids(result.topics)).toContain(VIDEO_GAME);
  });
});

describe('a ministry of three portfolios names no desk (wild45 ★9)', () => {
  it('gives a licence-fee review by the culture department no sport', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Culture Secretary Lucy Frazer said the Department for Culture, Media and Sport would review the BBC licence fee.',
    });

    // Assert
    expect(ids(result.topics)).not.toContain(SPORT);
  });

  it.each([
    ['Department for Culture, Media and Sport', ', Media and Sport'],
    ['Department for Environment, Food and Rural Affairs', ', Food and Rural Affairs'],
    ['Culture, Media and Sport Committee', ', Media and Sport'],
    ['Ministry of Health', undefined],
    ['Ministry of Justice and Public Security', undefined],
    ['Procter & Gamble', undefined],
    ['Centre for the Study of Children, Youth and Media', undefined],
  ])('reads the portfolios "%s" joins after its first as "%s"', (name, tail) => {
    // Act
    const span = joinedPortfolios(name);

    // Assert
    expect(span && name.slice(span[0], span[1])).toBe(tail);
  });
});

// fixT45 (read45 g2): a firm that bets on cloud gaming makes a business wager, no gamble.
describe('a firm betting on cloud gaming keeps technology (read45 g2)', () => {
  const SCIENCE = 'medtop:13000000';

  it.each([
    [
      'a firm that bets on cloud gaming',
      'Google bets on cloud gaming',
      'Google bets on cloud gaming, its gaming chief said, as the company cut the price of its subscription.',
    ],
    [
      'a firm betting that cloud gaming grows',
      '',
      'Google is betting that cloud gaming will reach 500 million players, its gaming chief said.',
    ],
  ])('gives %s science and technology', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).toContain(SCIENCE);
  });
});
