import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 48, fixT48; wild48 ★2): sport words that other desks and other sports share.
const has = (result: TagResult, id: string) => result.topics.some((t) => t.id === id);
const ACCIDENT = 'medtop:20000143';
const SOCCER = 'medtop:20001065';
const CURLING = 'medtop:20000890';
const AMERICAN_FOOTBALL = 'medtop:20000823';

describe('a batting collapse', () => {
  it('to a total all out is no crash of a vehicle', () => {
    // Arrange
    const article = {
      title: 'Pakistan crash to 92 all out as New Zealand take T20 series',
      body:
        'Pakistan crashed to 92 all out in 18.2 overs as New Zealand won the fourth Twenty20 international by 115 ' +
        'runs in Auckland on Sunday. Fast bowler Jacob Duffy took four wickets.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(has(result, ACCIDENT)).toBe(false);
    expect(has(result, TOP_LEVEL.disaster)).toBe(false);
  });

  it('to a score for wickets is no crash either', () => {
    const result = tagArticle({
      title: 'England crash to 45 for six on opening day',
      body: 'England crashed to 45 for six before lunch on the opening day of the second Test, the seamers taking three wickets.',
    });

    expect(has(result, ACCIDENT)).toBe(false);
  });
});

describe('the AFC', () => {
  it("of an NFL play-off story is American football's conference, no soccer", () => {
    const result = tagArticle({
      title: 'Chiefs edge Bills in AFC divisional round',
      body:
        'Patrick Mahomes threw two touchdown passes as the Kansas City Chiefs beat the Buffalo Bills 27-24 in the AFC ' +
        'divisional round on Sunday. The Chiefs will host the AFC championship game next week.',
    });

    expect(has(result, AMERICAN_FOOTBALL)).toBe(true);
    expect(has(result, SOCCER)).toBe(false);
  });

  it("of the Asian Cup stays soccer's", () => {
    const result = tagArticle({
      title: 'Japan beat Australia to reach AFC Asian Cup final',
      body: 'Japan beat Australia 2-1 on Tuesday to reach the final of the AFC Asian Cup. Takumi Minamino scored the winner.',
    });

    expect(has(result, SOCCER)).toBe(true);
  });
});

describe('a curling shot', () => {
  it("is a footballer's, no curling", () => {
    const result = tagArticle({
      title: 'Salah curls in winner as Liverpool beat Everton',
      body:
        'Mohamed Salah scored with a curling shot from the edge of the box in the 78th minute as Liverpool beat ' +
        'Everton 1-0 at Anfield on Saturday. His curling effort beat the goalkeeper at the far post.',
    });

    expect(has(result, CURLING)).toBe(false);
    expect(has(result, SOCCER)).toBe(true);
  });

  it('while curling on the ice stays curling', () => {
    const result = tagArticle({
      title: 'Scotland win curling gold',
      body: "Scotland's women won Olympic curling gold on Thursday, beating Sweden 8-6 in the final on the ice.",
    });

    expect(has(result, CURLING)).toBe(true);
  });
});
