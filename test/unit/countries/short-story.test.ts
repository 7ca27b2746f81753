import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function tag(body: string, opts: { title?: string; dateline?: string } = {}) {
  const doc = prepareDocument({ body, title: opts.title, dateline: opts.dateline, language: 'en' });
  const countries = resolveCountries(doc, []);
  return { doc, countries, pairs: linkCountryPairs(doc, countries) };
}
const focusOf = (body: string, opts?: Parameters<typeof tag>[1]) =>
  tag(body, opts)
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
const pairsOf = (body: string, opts?: Parameters<typeof tag>[1]) => tag(body, opts).pairs.map((p) => p.pair);

describe('short stories: focus relative to the main clause', () => {
  const treaty = 'Norway and Sweden agreed on a treaty to share fishing rights.';

  it('puts both countries of a coordinated subject in focus and pairs them', () => {
    expect(focusOf(treaty)).toEqual(['NO', 'SE']);
    expect(pairsOf(treaty)).toEqual(['NO-SE']);
  });

  it('keeps both in focus whichever of them the inline dateline names', () => {
    expect(focusOf(`OSLO, March 3 - ${treaty}`)).toEqual(['NO', 'SE']);
    expect(focusOf(`STOCKHOLM (Reuters) - ${treaty} The deal runs for ten years.`)).toEqual(['NO', 'SE']);
    expect(pairsOf(`STOCKHOLM (Reuters) - ${treaty} The deal runs for ten years.`)).toEqual(['NO-SE']);
  });

  it('keeps the dateline country given as a field in focus beside the two it is about', () => {
    expect(focusOf(treaty, { dateline: 'BRUSSELS, March 3' })).toEqual(['BE', 'NO', 'SE']);
    expect(pairsOf(treaty, { dateline: 'BRUSSELS, March 3' })).toContain('NO-SE');
  });

  it('reads a country linked by "with" or named right after the verb as part of the main clause', () => {
    expect(focusOf('Norway signed a treaty with Sweden to share fishing rights.')).toEqual(['NO', 'SE']);
    expect(focusOf('China accused Japan of dumping steel, the ministry said.')).toEqual(['CN', 'JP']);
  });

  it('reads a country that heads the phrase after "at" or "on" as the target of the action', () => {
    expect(focusOf('Russia launched missiles at Ukraine on Monday.')).toEqual(['RU', 'UA']);
    expect(pairsOf('Russia launched missiles at Ukraine on Monday.')).toEqual(['RU-UA']);
  });

  it('does not read a country that only modifies a noun after "on" as a party', () => {
    const body = 'TORONTO - The company took a writedown on U.S. operations, it said.';
    expect(focusOf(body)).toEqual(['CA']);
  });

  it('reads every country coordinated with one that acts', () => {
    expect(focusOf('Norway signed a treaty with Denmark and Sweden on fishing rights.')).toEqual([
      'DK',
      'NO',
      'SE',
    ]);
    expect(focusOf('Norway, Sweden and Denmark agreed on a treaty.')).toEqual(['DK', 'NO', 'SE']);
  });

  it('reads the clause a lead "officials said" reports', () => {
    expect(focusOf('Officials said Norway and Sweden agreed on a fishing treaty.')).toEqual(['NO', 'SE']);
  });

  it('gives every short-story pair the sentence that links them as evidence', () => {
    const body = `OSLO, March 3 - ${treaty} The deal runs for ten years.`;
    const [pair] = tag(body).pairs;
    expect(pair?.evidence.length).toBeGreaterThan(0);
    for (const e of pair?.evidence ?? []) {
      expect(e.field).toBe('body');
      expect(body.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toContain('Norway and Sweden agreed');
    }
  });
});

describe('short stories: countries in passing stay out of focus', () => {
  it('leaves out a country named in a phrase of time after a comma', () => {
    const body =
      'Norway and Sweden agreed on Monday to share fishing rights, meeting in Oslo ahead of talks with ' +
      'Denmark. The deal runs for ten years.';

    expect(focusOf(body)).toEqual(['NO', 'SE']);
    expect(pairsOf(body)).toEqual(['NO-SE']);
  });

  it('does not put a country in focus that only describes the speaker', () => {
    const { countries, pairs } = tag(
      'The restaurant opened in London on Friday, the Norwegian-born chef said.',
    );
    expect(countries.find((c) => c.code === 'NO')?.focus).toBe(false);
    expect(countries.find((c) => c.code === 'GB')?.focus).toBe(true);
    expect(pairs).toEqual([]);
  });

  it('keeps the dateline country as the focus of a local story told by a foreign-born speaker', () => {
    const body = 'OSLO - The new restaurant drew long queues on Friday, the Swedish-born chef said.';
    expect(focusOf(body)).toEqual(['NO']);
    expect(tag(body).countries.map((c) => c.code)).toContain('SE');
    expect(pairsOf(body)).toEqual([]);
  });

  it('does not read a compound of origin as the country acting', () => {
    const body = 'A Bermuda-based insurer bought a stake in Spain’s largest bank.';
    expect(focusOf(body)).toEqual(['ES']);
  });

  it('does not read the seat of a company after "of" as a party', () => {
    const body = 'Siemens AG of West Germany said it won a contract from a Texas utility.';
    expect(focusOf(body, { dateline: 'DALLAS, March 3' })).toEqual(['US']);
  });
});

describe('longer stories keep the mention-count rules', () => {
  it('does not promote a country named once in the lead of a story about another', () => {
    const body =
      'Brazil and Peru opened talks on coffee quotas. Brazil said its exports would rise. Brazilian ' +
      'growers welcomed the plan. Brazil expects a record crop, officials in Brasilia said.';
    const countries = tag(body).countries;
    expect(countries.find((c) => c.code === 'BR')?.focus).toBe(true);
    expect(countries.find((c) => c.code === 'PE')?.focus).toBe(false);
  });
});

describe('an article without a headline: its lead stands in for one', () => {
  const lead = 'China and the United States agreed on Thursday to resume trade talks next month.';
  const rest =
    '\n\nThe talks will cover tariffs on steel. The call was constructive. More talks are planned.';

  it('puts the countries acting in the lead of a longer untitled story in focus and pairs them', () => {
    expect(focusOf(`${lead}${rest}`)).toEqual(['CN', 'US']);
    expect(pairsOf(`${lead}${rest}`)).toEqual(['CN-US']);
  });

  it('leaves a country the lead names only in passing out of focus', () => {
    const passing =
      'Norway and Sweden agreed on a treaty to share fishing rights, a Danish-born negotiator said.';

    expect(focusOf(`${passing}${rest}`)).toEqual(['NO', 'SE']);
  });
});

describe('an untitled story led by two other countries', () => {
  const body =
    'TAIPEI — China and the United States agreed on Thursday to resume trade talks next month.\n\n' +
    'The talks will cover tariffs on steel. The call was constructive. More talks are planned.';

  it('leaves a dateline country the body never names out of focus and out of the pairs', () => {
    expect(focusOf(body)).toEqual(['CN', 'US']);
    expect(pairsOf(body)).toEqual(['CN-US']);
  });

  it('keeps the dateline country in focus when only one other country acts in the lead', () => {
    const one =
      'TAIPEI — China warned on Monday it would respond to new arms sales.\n\n' +
      'The sales were approved last week. Officials said more were planned. A decision is expected soon.';

    expect(focusOf(one)).toEqual(['CN', 'TW']);
  });
});
