import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { attackInWords } from '../../../functions/core/topics/attack-in-words.js';
import { disasterInTitle } from '../../../functions/core/topics/disaster-in-title.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 40 (mendT40): topics40's new sense cues narrowed after read40's review (★3, ★4, ★7 and the
// disaster-in-title smells). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];

describe('a disaster in the headline (disaster-in-title.ts)', () => {
  it('"as storm hits" is the weather, not protesters who storm', () => {
    expect(disasterInTitle('Flights cancelled as storm hits Britain')).toBe(true);
    expect(disasterInTitle('Thousands without power as Storm Amy batters Ireland')).toBe(true);
  });

  it('protesters who storm a parliament are still no storm (guard)', () => {
    expect(disasterInTitle('Protesters storm parliament in Nairobi')).toBe(false);
  });

  it('shares that plunge and a bank collapse are no accidents', () => {
    expect(disasterInTitle('Shares plunge as investors flee tech')).toBe(false);
    expect(disasterInTitle('Bank collapse rattles regional lenders')).toBe(false);
    expect(disasterInTitle('Crypto lender collapses')).toBe(false);
  });

  it('a bus that plunges into a ravine and a building that collapses are accidents (guard)', () => {
    expect(disasterInTitle('Bus plunges into ravine in Peru, killing 20')).toBe(true);
    expect(disasterInTitle('School building collapses in Nigeria')).toBe(true);
    expect(disasterInTitle('Bridge collapse kills five')).toBe(true);
  });
});

describe('an armed movement that governs also reports accidents, illness and court executions (armed-group-deaths.ts)', () => {
  it("a road crash told by the Taliban's ministry is no war", () => {
    const result = tagArticle({
      title: 'Highway crash kills 20 in Afghanistan',
      body:
        "The Taliban's interior ministry said 20 people were killed when a bus collided with a fuel tanker on the " +
        'Kabul-Kandahar highway on Sunday. Dozens more were injured.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('a Hezbollah lawmaker who died after a long illness is no war', () => {
    const result = tagArticle({
      title: 'Lebanese lawmaker Mohammad Raad dies at 70',
      body:
        'Hezbollah lawmaker Mohammad Raad died on Tuesday aged 70 after a long illness, his family said. He had sat ' +
        'in parliament since 1992.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('a woman executed after a court convicted her is no war', () => {
    const result = tagArticle({
      title: 'Afghan woman executed in public',
      body:
        "Afghanistan's Taliban government said a woman had been executed in public after a court convicted her of " +
        'murder. Rights groups condemned the punishment.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });
});

describe('an intrusion into computers is hackers or a cyberattack, not "hack away" (attack-in-words.ts)', () => {
  it('a leader who attacks a budget that would hack away at cyber-security spending attacks in words', () => {
    const doc = prepareDocument({
      title: 'Opposition leader attacks budget',
      body:
        "The opposition leader attacked the government's budget in a speech on Tuesday, saying its plan to hack away " +
        'at cyber-security spending would leave hospitals exposed.',
      language: 'en',
    });

    expect(attackInWords(doc)).toBe(true);
  });

  it('hackers who attacked a carmaker, told in its post, are no attack of words (guard)', () => {
    const doc = prepareDocument({
      title: 'Hackers attack carmaker',
      body: "Hackers attacked the carmaker's systems, the company said in a post on social media on Tuesday.",
      language: 'en',
    });

    expect(attackInWords(doc)).toBe(false);
  });
});

describe('"elect" loses its politics only to a conclave or a sports body (electors-not-voters.ts)', () => {
  it('churches urging worshippers to elect candidates keep the election', () => {
    const result = tagArticle({
      title: 'Brazil churches urge faithful to vote',
      body:
        "Evangelical churches across Brazil urged worshippers on Sunday to elect pro-life candidates in October's " +
        'election. Pastors read a letter from the bishops at Mass.',
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).toContain('elect');
  });

  it('cardinals who elect a pope still hold no political election (guard)', () => {
    const result = tagArticle({
      title: 'Conclave to begin on May 7 to elect new pope',
      body:
        'Cardinals will begin a conclave on May 7 to elect a successor to Pope Francis, the Vatican said. The last ' +
        'conclave lasted two days.',
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).not.toContain('elect');
  });

  it("a football body's committee elected by its clubs holds no political election (guard)", () => {
    const result = tagArticle({
      title: 'Football chief under pressure',
      body:
        "The association's board is in a power struggle with the general committee, which contains members elected " +
        "by Scotland's club sides. The chief executive said he would not resign before the cup final.",
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).not.toContain('elected');
  });

  it('a captain who elected to bat elected no one (guard)', () => {
    const result = tagArticle({
      title: 'Australia beat Sri Lanka',
      body:
        'Australia won the toss and elected to bat against Sri Lanka in the third one-day match on Friday. Ponting ' +
        'made 80 as Australia won by 30 runs.',
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).not.toContain('elected');
  });
});
