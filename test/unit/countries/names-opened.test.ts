import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function codes(article: { body: string; title?: string }) {
  const doc = prepareDocument({ ...article, language: 'en' });
  return resolveCountries(doc, []).map((c) => c.code);
}

describe('a place name that opens a person’s name', () => {
  it('is no mention of France when the article calls the person by surname: "Paris Hilton … Hilton said"', () => {
    const found = codes({
      title: 'Paris Hilton presses Congress on youth facilities',
      body:
        'Paris Hilton asked U.S. senators on Wednesday to back a bill on residential treatment centres. ' +
        'Hilton said she had been mistreated at one such centre when she was sixteen.',
    });

    expect(found).toEqual(['US']);
  });

  it('is no mention of a country either: "Kenya Moore … Moore told"', () => {
    const found = codes({
      body: 'Kenya Moore returned to the reality show on Monday. Moore told viewers she had missed the cast.',
    });

    expect(found).toEqual([]);
  });

  it('keeps the place in a firm or paper named after it, which speaks by its whole name', () => {
    const found = codes({
      body:
        'Tokyo Electric raised its profit forecast on Tuesday. Tokyo Electric said demand had recovered. ' +
        'The Paris Daily said the deal was good for France.',
    });

    expect(found).toEqual(['JP', 'FR']);
  });

  it('reads the same after many places before capitalised words ("Paris Masters", "Tokyo Olympics" … "Paris Hilton")', () => {
    const places =
      'The Paris Masters, the London Marathon, the Tokyo Olympics, the Berlin Marathon, the Rome Masters, the Madrid ' +
      'Open, the Sydney Festival, the Moscow Metro, the Cairo Biennale and the Dubai Airshow were all in the news. ';

    const found = codes({
      body: `${places}Paris Hilton asked senators to back a bill. Hilton said she had been mistreated. Kenya Moore returned to the show. Moore told viewers she had missed the cast.`,
    });

    expect(found).not.toContain('KE');
    expect(found).toContain('JP');
  });
});
