import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
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
