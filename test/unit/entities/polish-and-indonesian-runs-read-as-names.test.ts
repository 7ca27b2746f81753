import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 44 (mendE44, wild44 item 24): Polish and Indonesian capitalised runs that name no one ("Zastąpił Andrzeja
// Dudę", a verb opening the sentence; "Zgromadzeniem Narodowym", the National Assembly; "Ambasador Stanów
// Zjednoczonych", a title and a country; "Indeks Harga Saham Gabungan", the Jakarta index) were persons.

/** "name/type" of each entity of a story in `language`. */
function entitiesIn(language: string, title: string, body: string): string[] {
  return tagArticle({ title, body, language }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('capitalised runs of Polish and Indonesian stories', () => {
  it('reads no person into a Polish verb, an assembly or an ambassador of a country', () => {
    // Arrange
    const body =
      'Karol Nawrocki został w środę zaprzysiężony przed Zgromadzeniem Narodowym. Zastąpił Andrzeja Dudę, ' +
      'który sprawował urząd przez dwie kadencje. Ambasador Stanów Zjednoczonych przekazał gratulacje.';

    // Act
    const found = entitiesIn('pl', 'Nowy prezydent', body);

    // Assert
    expect(found.filter((e) => e.endsWith('/person'))).toEqual([
      'Karol Nawrocki/person',
      'Andrzeja Dudę/person',
    ]);
    expect(found).toContain('United States/place');
  });

  it('reads no person into the name of the Jakarta stock index', () => {
    const found = entitiesIn(
      'id',
      'Rupiah melemah',
      'Nilai tukar rupiah melemah 1,3 persen, sementara Indeks Harga Saham Gabungan turun 1,28 persen, kata ' +
        'Menteri Keuangan Purbaya Yudhi Sadewa.',
    );

    expect(found).not.toContain('Indeks Harga Saham Gabungan/person');
    expect(found).toContain('Purbaya Yudhi Sadewa/person');
  });

  it('keeps a Polish given name ending like a verb a person', () => {
    const found = entitiesIn(
      'pl',
      'Wywiad',
      'Michał Kowalski powiedział, że rząd upadnie. Paweł Nowak milczał.',
    );

    expect(found).toEqual(expect.arrayContaining(['Michał Kowalski/person', 'Paweł Nowak/person']));
  });
});
