import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const POLITICS = 'medtop:11000000';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';

describe('leaders of two countries meeting', () => {
  it('files a brief on two leaders meeting as diplomacy, with the leaders as evidence', () => {
    const { topics } = tagArticle({
      body: 'Trump said on Tuesday he would meet Xi in April. Xi has not confirmed the trip.',
    });

    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining([POLITICS, INTERNATIONAL_RELATIONS]));
    expect(topics.find((t) => t.id === POLITICS)?.evidence).toEqual(['leaders: Xi Jinping, Donald Trump']);
  });

  it('needs a word of meeting: one leader criticising another is no diplomacy', () => {
    const { topics } = tagArticle({
      body: 'Donald Trump criticised Keir Starmer over energy policy, saying wind farms were a disaster.',
    });

    expect(topics.map((t) => t.id)).not.toContain(INTERNATIONAL_RELATIONS);
  });

  it('needs leaders of two countries: a president meeting his own ministers is no diplomacy', () => {
    const { topics } = tagArticle({
      body: 'Donald Trump will meet Marco Rubio and Scott Bessent at the White House on Friday.',
    });

    expect(topics.map((t) => t.id)).not.toContain(INTERNATIONAL_RELATIONS);
  });

  it('reads "on the margins of" a summit as diplomacy, not profit margins', () => {
    const { topics } = tagArticle({
      body:
        'The two presidents met on the margins of the regional summit on Thursday and agreed to expand ' +
        'cooperation on shipbuilding and energy.',
    });

    expect(topics[0]?.id).toBe(POLITICS);
    expect(topics.find((t) => t.id === INTERNATIONAL_RELATIONS)?.evidence).toContain('on the margins of');
  });
});
