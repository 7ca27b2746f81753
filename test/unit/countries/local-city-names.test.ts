import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function tag(body: string, language: string) {
  const result = tagArticle({ title: '', body, language });
  return {
    dateline: result.dateline?.countryCode,
    countries: result.countries.map((c) => ({ code: c.code, mentions: c.mentions.map((m) => m.text) })),
    places: result.entities.filter((e) => e.type === 'place').map((e) => e.id),
  };
}

describe('cities by their names in the article’s language', () => {
  it('reads a German dateline and text that name Vienna as Wien', () => {
    const { dateline, countries } = tag(
      'WIEN (APA) - Die Regierung hat am Mittwoch in Wien ein neues Paket beschlossen.',
      'de',
    );

    expect(dateline).toBe('AT');
    // "Die Regierung" opening the story under the dateline is Austria's government (home-government.ts).
    expect(countries).toEqual([{ code: 'AT', mentions: ['WIEN', 'Die Regierung', 'Wien'] }]);
  });

  it('reads the Spanish and Dutch names of Warsaw and The Hague', () => {
    expect(tag('El presidente viajó el martes a Varsovia para una cumbre.', 'es').countries).toEqual([
      { code: 'PL', mentions: ['Varsovia'] },
    ]);
    expect(tag('DEN HAAG (ANP) - Het kabinet heeft dinsdag een besluit genomen.', 'nl').dateline).toBe('NL');
  });

  it('gives a city the recogniser took for a name its GeoNames id', () => {
    const { places } = tag('La Borsa di Milano ha chiuso la seduta in rialzo.', 'it');

    expect(places).toEqual(['place:geonames:3173435']);
  });

  it('reads the capitals of world news in Vietnamese and Turkish', () => {
    const vietnamese = tag('Thủ tướng đã tiếp đoàn đại biểu tại Hà Nội hôm thứ Hai.', 'vi');

    expect(vietnamese.countries).toEqual([{ code: 'VN', mentions: ['Hà Nội'] }]);
    expect(vietnamese.places).toEqual(['place:geonames:1581130']);
    expect(tag('Heyet yarın Moskova ziyaretine başlayacak.', 'tr').countries).toEqual([
      { code: 'RU', mentions: ['Moskova'] },
    ]);
  });

  it('reads no city in a street named after it', () => {
    expect(
      tag('Un incendio è scoppiato ieri sera in via Roma, vicino alla stazione.', 'it').countries,
    ).toEqual([]);
  });

  it('leaves an English text that says Roma (the people) alone', () => {
    const { countries } = tag('Roma families in Slovakia say they face eviction this winter.', 'en');

    expect(countries.map((c) => c.code)).toEqual(['SK']);
  });
});
