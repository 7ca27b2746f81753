import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function codesOf(article: { body: string; title?: string }): string[] {
  const doc = prepareDocument({ ...article, language: 'en' });
  return resolveCountries(doc, []).map((c) => c.code);
}

describe('a town’s football club names its country', () => {
  it('reads "<Town> City", "<Town> United" and "<Town> Rovers" as the town’s country', () => {
    const leicester =
      'Leicester City have completed the signing of Portuguese defender Rui Almeida from FC Porto for 18 ' +
      'million euros.';
    const newcastle = 'Newcastle United have signed Swedish striker Erik Lund on a four-year deal.';

    expect(codesOf({ body: leicester })).toEqual(expect.arrayContaining(['GB', 'PT']));
    expect(codesOf({ body: newcastle })).toEqual(expect.arrayContaining(['GB', 'SE']));
  });

  it('still reads a town before another capitalised word as part of a name', () => {
    const body = 'Shares of Leicester Holdings rose 4% after the results, while Newcastle Jets fans cheered.';

    expect(codesOf({ body })).toEqual([]);
  });
});
