import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countriesOf(article: { body: string; title?: string }) {
  return resolveCountries(prepareDocument({ ...article, language: 'en' }), []);
}

const countryOf = (city: string, article: { body: string; title?: string }) =>
  countriesOf(article).find((c) => c.mentions.some((m) => m.text === city))?.code;

describe('a namesake city listed beside a city of the country its sentence names', () => {
  it('reads San Pedro as the Ivory Coast port in a cocoa story filed from London', () => {
    const body =
      'LONDON, Oct 14 - Cocoa prices firmed on Tuesday as dealers weighed slow arrivals. In the Ivory Coast, ' +
      'late rains held up the mid crop, and exporters said loadings at Abidjan and San Pedro fell by a third.';

    expect(countryOf('San Pedro', { body, title: 'Cocoa firms on Ivory Coast delays' })).toBe('CI');
  });

  it('keeps the city the name stands for when the listed city’s country is not named', () => {
    const body =
      'Air Canada will add daily flights between Toronto and London from May, the airline said on Monday, ' +
      'as demand for travel across the Atlantic keeps growing.';

    expect(countryOf('London', { body })).toBe('GB');
  });
});

describe('the venue of a meeting on the dateline', () => {
  const ranked = (article: { body: string; title?: string }) =>
    countriesOf(article).map((c) => [c.code, c.focus] as const);

  it('ranks the countries acting in the talks above the venue, which stays in focus', () => {
    const order = ranked({
      title: 'Coffee producers fail to agree on quotas',
      body:
        'VIENNA, March 4 - Coffee producers ended three days of talks without agreement on export quotas for ' +
        'next season, delegates said.\n    Colombian officials want quotas shared by past exports, but Brazil is ' +
        'holding out for a larger share. Indonesia said it would accept any deal the others reached.',
    });

    expect(order.map(([code]) => code).slice(-1)).toEqual(['AT']);
    expect(order).toContainEqual(['AT', true]);
    expect(order.map(([code]) => code)).toEqual(expect.arrayContaining(['BR', 'CO', 'ID']));
  });

  it('leaves a venue the story names itself first', () => {
    const order = ranked({
      title: 'Austria hosts coffee talks',
      body:
        'VIENNA, March 4 - Austria opened three days of talks on coffee export quotas on Monday, delegates said.\n' +
        '    Austria’s trade minister said the country would host the talks again next year. Brazil said it ' +
        'wanted a larger share.',
    });

    expect(order[0]?.[0]).toBe('AT');
  });
});

describe('a country named once as clashing with the story’s country', () => {
  const focusOf = (article: { body: string; title?: string }) =>
    countriesOf(article)
      .filter((c) => c.focus)
      .map((c) => c.code);

  it('puts the country that clashed with Chinese ships in focus beside China', () => {
    const focus = focusOf({
      title: 'China warns neighbours over reef patrols',
      body:
        'BEIJING — China warned its neighbours on Thursday against what it called provocations at sea. China’s ' +
        'foreign ministry said Beijing would protect its claims.\n\nVietnam, whose fishing boats clashed with ' +
        'Chinese patrol vessels last month, rejected the claims, and Thailand urged calm, officials said.',
    });

    expect(focus).toContain('CN');
    expect(focus).toContain('VN');
    expect(focus).not.toContain('TH');
  });

  it('adds no focus for a country merely met with', () => {
    const focus = focusOf({
      title: 'China warns neighbours over reef patrols',
      body:
        'BEIJING — China warned its neighbours on Thursday against what it called provocations at sea. China’s ' +
        'foreign ministry said Beijing would protect its claims.\n\nIts envoy met with Vietnam officials later.',
    });

    expect(focus).toEqual(['CN']);
  });
});

describe('Polish case forms of city names', () => {
  const codesOf = (title: string, body: string) =>
    resolveCountries(prepareDocument({ title, body, language: 'pl' }), []).map((c) => c.code);

  it('reads the locative and genitive of the cities the local names list in the nominative', () => {
    const codes = codesOf(
      'Szczyt w Warszawie',
      'Przywódcy spotkali się we wtorek w Warszawie, a w środę polecieli z Krakowa do Londynu.',
    );

    expect(codes).toEqual(expect.arrayContaining(['PL', 'GB']));
  });

  it('reads no country from an ordinary Polish word', () => {
    const codes = codesOf(
      'Ceny mieszkań rosną',
      'Ceny mieszkań wzrosły w trzecim kwartale o osiem procent, podał urząd statystyczny. Eksperci ' +
        'spodziewają się dalszych wzrostów, bo kredyty tanieją.',
    );

    expect(codes).toEqual([]);
  });
});

describe('Wimbledon as a tournament, and a dollar marked as one country’s', () => {
  it('keeps the focus of a tennis story that names Wimbledon as a past tournament', () => {
    const countries = countriesOf({
      title: 'Williams wins Australian title',
      body:
        'Serena Williams won the Australian Open on Saturday, her first Grand Slam title since Wimbledon two years ' +
        'ago, beating Lindsay Davenport in three sets in Melbourne.',
    });

    expect(countries.find((c) => c.code === 'AU')?.focus).toBe(true);
    expect(countries.map((c) => c.code)).not.toContain('GB');
  });

  it('reads NZ$, A$ and HK$ before an amount as their countries, and no bare capital letter', () => {
    const codes = countriesOf({
      body:
        'The council will spend NZ$40 million on flood defences, the insurer set aside A$12 million and the ' +
        'fund raised HK$3 billion. Grade A 5 percent notes were unchanged.',
    }).map((c) => c.code);

    expect(codes.sort()).toEqual(['AU', 'HK', 'NZ']);
  });
});
