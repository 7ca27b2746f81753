import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function tagged(body: string, language: string, title = '') {
  return tagArticle({ title, body, language });
}

function codesOf(body: string, language: string): string[] {
  return tagged(body, language)
    .countries.map((c) => c.code)
    .sort();
}

describe('country names declined in Polish, Czech, Croatian and Bosnian', () => {
  it('reads Polish genitive, dative, locative and instrumental forms of one- and two-word names', () => {
    const body =
      'Unia zaostrzy sankcje wobec Rosji. Minister rozmawiał z przedstawicielami Stanów Zjednoczonych i ' +
      'Wielkiej Brytanii. Polska przekaże Ukrainie kolejny pakiet pomocy, a premier spotka się z prezydentem Francji.';

    expect(codesOf(body, 'pl')).toEqual(['FR', 'GB', 'PL', 'RU', 'UA', 'US']);
  });

  it('reads Czech and Croatian case forms', () => {
    expect(
      codesOf('Premiér jednal v Kyjevě s prezidentem Ukrajiny a podporuje sankce proti Rusku.', 'cs'),
    ).toEqual(['RU', 'UA']);
    expect(
      codesOf('Premijer je boravio u Njemačkoj i traži ulaganja iz Sjedinjenih Američkih Država.', 'hr'),
    ).toEqual(['DE', 'US']);
  });

  it('lists a declined country the English recogniser read as a person as that country', () => {
    const result = tagged(
      'Polska podpisała umowę na zakup czołgów z Korei Południowej. Premier Donald Tusk powiedział, że umowa ' +
        'wzmocni flankę NATO.',
      'pl',
      'Polska kupi kolejne czołgi z Korei Południowej',
    );

    const ids = result.entities.map((e) => e.id);
    expect(ids).toContain('place:iso:KR');
    expect(ids).not.toContain('person:korei-poludniowej');
    expect(result.countries.map((c) => c.code)).toContain('KR');
  });

  it('does not read a short word as a country whose stem it shares, nor decline names in other languages', () => {
    // "Per" is no form of "Peru", "Kuby" none of "Kuba" (Cuba, and a given name): stems under four letters are
    // read whole.
    expect(codesOf('Per Nowak i żona Kuby Wojewódzkiego rozmawiali w studiu o muzyce.', 'pl')).toEqual([]);
    expect(codesOf('The Ukrainie family said the Rosji brand would be sold.', 'en')).toEqual([]);
  });

  it('prefers the longer stem: "w Nigerii" is Nigeria, "Sudanu Południowego" South Sudan', () => {
    expect(codesOf('Władze Nigerii poinformowały o porwaniu uczniów w północnej Nigerii.', 'pl')).toEqual([
      'NG',
    ]);
    expect(codesOf('Przedstawiciele Sudanu Południowego rozmawiali w Kampali.', 'pl')).toEqual(['SS']);
  });

  it('reads no country from a word or a name that only shares a short stem or a given name with one', () => {
    // Samoa, Dania, Kongo, Makau, Dominika: "Samo", "Dani Olmo", "Hong Kongu", "Mąka", "Dominiki Cibulkovej".
    expect(codesOf('Samo porozumienie nie wystarczy, powiedział minister.', 'pl')).toEqual([]);
    expect(codesOf('Gola dołożył Dani Olmo, a po przerwie trener Daniego Olmo pochwalił.', 'pl')).toEqual([]);
    expect(codesOf('Tysiące osób protestowały w sobotę w Hong Kongu.', 'pl')).toEqual([]);
    expect(codesOf('Mąka podrożała w listopadzie o 12 proc., podał urząd.', 'pl')).toEqual([]);
    expect(
      codesOf('Dominika Cibulková pokonała rywalkę. Trener Dominiki Cibulkovej był zadowolony.', 'pl'),
    ).toEqual([]);
  });
});
