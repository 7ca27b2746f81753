import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function scores(body: string, title?: string) {
  const doc = prepareDocument({ body, title, language: 'en' });
  return Object.fromEntries(linkCountryPairs(doc, resolveCountries(doc, [])).map((p) => [p.pair, p.score]));
}

describe('members of a list of three or more countries', () => {
  const story =
    'Spain, Portugal and Greece agreed on Monday to impose new tariffs on Chinese steel. ' +
    'China said it would respond to the tariffs.';

  it('rank below what the list acts on: the members are paired, but each with China first', () => {
    const score = scores(story, 'Southern EU states move against Chinese steel');

    for (const member of ['ES', 'PT', 'GR'])
      expect(score[[member, 'CN'].sort().join('-')]).toBeGreaterThan(0.5);
    expect(score['ES-PT']).toBe(0.3);
    expect(score['GR-PT']).toBe(0.3);
    expect(score['ES-GR']).toBe(0.3);
  });

  it('keep their link when the sentence makes them parties to one another', () => {
    const score = scores(
      'Talks between Kenya, Uganda and Tanzania on a shared railway ended on Friday without a deal. ' +
        'Kenya said it would build its own line. Uganda said the talks would resume. Tanzania agreed.',
    );

    expect(score['KE-UG']).toBeGreaterThan(0.5);
  });

  it('two countries named together are no list: "Canada and the United States resumed trade talks"', () => {
    const score = scores(
      'Canada and the United States resumed trade talks on Thursday. Canada said the talks were useful.',
    );

    expect(score['CA-US']).toBeGreaterThan(0.5);
  });
});

describe('a paragraph link through the dateline alone', () => {
  it('scores as the dateline stand-in: a LONDON story about OPEC members names no British sentence', () => {
    const score = scores(
      'LONDON (Reuters) - Eight OPEC+ members will raise oil output in October, the group said on Sunday. ' +
        'Saudi Arabia, Russia, Iraq, Kuwait, Algeria and Oman will add 137,000 barrels per day. ' +
        'Saudi Arabia has pushed the group to regain market share.',
      'OPEC+ to raise output again',
    );

    expect(score['GB-SA']).toBeLessThanOrEqual(0.4);
  });
});

describe('a list sentence beside a sentence that links two of its members', () => {
  const title = 'Nordic states agree on Arctic shipping';
  const story =
    'Sweden, Norway, Finland and Denmark signed a statement on Arctic shipping on Monday. ' +
    'Norway and Finland also agreed on a new rail link between Narvik and Oulu, the two governments said. ' +
    'Sweden said it would host the next meeting. Denmark backed the plan. Finland welcomed it.';

  it('adds nothing to the pair: the linking sentence scores it, and comes first as evidence', () => {
    const doc = prepareDocument({ body: story, title, language: 'en' });
    const pair = linkCountryPairs(doc, resolveCountries(doc, [])).find((p) => p.pair === 'FI-NO');

    expect(pair?.score).toBeLessThan(0.9);
    expect(pair?.score).toBeGreaterThan(0.3);
    expect(pair?.evidence[0]?.text).toMatch(/^Norway and Finland also agreed/);
  });

  it('still caps at the list score a pair that only the list holds', () => {
    expect(scores(story, title)['DK-SE']).toBe(0.3);
  });
});

describe('the items of an agenda (review26 #15)', () => {
  it('pairs no two countries a sentence names only as things the leaders discussed', () => {
    const result = tagArticle({
      title: 'Leaders hold call on Taiwan and trade',
      body:
        'U.S. President Joe Biden spoke with Chinese President Xi Jinping by phone on Tuesday, the White House ' +
        'said. The two leaders discussed Taiwan, export controls, fentanyl and Russia\u2019s war in Ukraine. Xi ' +
        'warned Washington over its support for Taiwan. Biden raised concerns about Chinese help for Russia\u2019s ' +
        'arms industry.',
      language: 'en',
    }).countryPairs.map((p) => p.pair);

    expect(result).not.toContain('RU-TW');
  });

  it('still pairs the countries that discussed with what they discussed', () => {
    const result = tagArticle({
      title: 'Japan, South Korea discuss missiles',
      body:
        "Japan and South Korea discussed North Korea's missile tests at talks in Seoul on Monday. Japan and South " +
        'Korea agreed to share radar data.',
      language: 'en',
    }).countryPairs.map((p) => p.pair);

    expect(result).toEqual(expect.arrayContaining(['JP-KR', 'JP-KP', 'KP-KR']));
  });
});
