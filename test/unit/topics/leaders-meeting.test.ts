import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const POLITICS = 'medtop:11000000';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const ECONOMY = 'medtop:04000000';
const INTERNATIONAL_TRADE = 'medtop:20000373';

describe('leaders of two countries meeting', () => {
  it('files a brief on two leaders meeting as diplomacy, with the leaders as evidence', () => {
    const { topics } = tagArticle({
      body: 'Trump said on Tuesday he would meet Xi in April. Xi has not confirmed the trip.',
    });

    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining([POLITICS, INTERNATIONAL_RELATIONS]));
    // The leaders first; since session 38 both countries are in focus too (c155812a), and are evidence after them.
    expect(topics.find((t) => t.id === POLITICS)?.evidence?.[0]).toBe('leaders: Xi Jinping, Donald Trump');
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

  it('files leaders who call each other in the headline under diplomacy first, with the trade they discussed', () => {
    const { topics } = tagArticle({
      title: 'Trump and Xi discuss tariffs and chip exports in phone call',
      body:
        'US President Donald Trump and Chinese President Xi Jinping discussed tariffs, export controls on ' +
        'chips and soybean purchases in a phone call on Friday, the White House said. Washington has cut ' +
        'tariffs on Chinese imports under a trade truce, and Beijing has resumed buying American soybeans ' +
        'and eased curbs on rare earth exports. Shares of chipmakers rose after the call.',
    });

    const ids = topics.map((t) => t.id);
    expect(topics.filter((t) => t.level === 1)[0]?.id).toBe(POLITICS);
    expect(topics.filter((t) => t.level > 1)[0]?.id).toBe(INTERNATIONAL_RELATIONS);
    expect(ids).toEqual(expect.arrayContaining([ECONOMY, INTERNATIONAL_TRADE]));
  });

  it("keeps leaders' trade talks in the headline a trade story", () => {
    const { topics } = tagArticle({
      title: 'Trump and Carney agree to restart trade talks',
      body:
        'US President Donald Trump and Canadian Prime Minister Mark Carney agreed on Wednesday to restart ' +
        'trade negotiations on steel, aluminium and lumber. The United States imposes tariffs of 35% on ' +
        'Canadian goods outside the free trade agreement, and Canadian exporters say the duties have cost ' +
        'thousands of jobs in the steel industry.',
    });

    expect(topics.filter((t) => t.level === 1)[0]?.id).toBe(ECONOMY);
  });
});
