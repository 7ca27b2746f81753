import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (title: string, body: string, language: string) =>
  tagArticle({ title, body, language })
    .topics.filter((t: TagResult['topics'][number]) => t.level === 1)
    .map((t) => t.id);

describe('figures of speech in articles of other languages (read32 F7)', () => {
  it('reads a flood of discounts as business, not a disaster', () => {
    // Arrange
    const title = 'Banjir promo akhir tahun, penjualan ponsel melonjak';
    const body =
      'JAKARTA - Banjir promo menjelang akhir tahun mendorong penjualan ponsel naik 25 persen, kata asosiasi ritel.';

    // Act
    const topics = topLevels(title, body, 'id');

    // Assert
    expect(topics).not.toContain(TOP_LEVEL.disaster);
    expect(topics[0]).toBe(TOP_LEVEL.economy);
  });

  it('reads a vehicle that breaks down as no strike', () => {
    // Arrange
    const title = 'Mobil mogok picu antrean panjang di tol';
    const body =
      'PURWAKARTA - Sebuah mobil mogok di jalur kanan tol pada Minggu sore memicu antrean sepanjang 7 kilometer.';

    // Act
    const topics = topLevels(title, body, 'id');

    // Assert
    expect(topics).not.toContain(TOP_LEVEL.labour);
  });

  it('reads a heart attack as health, not an attack, in five languages', () => {
    // Arrange
    const stories: [string, string, string][] = [
      [
        'id',
        'Mantan bupati meninggal karena serangan jantung',
        'SOLO - Mantan bupati meninggal karena serangan jantung.',
      ],
      [
        'fr',
        "L'ancien maire meurt d'une attaque cardiaque",
        "LYON - L'ancien maire est mort d'une attaque cardiaque.",
      ],
      [
        'es',
        'Muere de un ataque cardiaco el exalcalde',
        'SEVILLA - El exalcalde murio de un ataque cardiaco.',
      ],
      [
        'it',
        "Morto per un attacco cardiaco l'ex sindaco",
        "TORINO - L'ex sindaco e morto per un attacco cardiaco.",
      ],
      ['pl', 'Były burmistrz zmarł na atak serca', 'KRAKÓW - Były burmistrz zmarł we wtorek na atak serca.'],
    ];

    // Act
    const topics = stories.map(([language, title, body]) => topLevels(title, body, language));

    // Assert
    for (const list of topics) {
      expect(list).not.toContain(TOP_LEVEL.conflict);
      expect(list).toContain(TOP_LEVEL.health);
    }
  });

  it('reads a price war or a trade war as business, not a war', () => {
    // Arrange
    const stories: [string, string, string][] = [
      [
        'id',
        'Perang tarif ojek daring makin panas',
        'JAKARTA - Perang tarif antara aplikasi ojek daring makin panas.',
      ],
      [
        'fr',
        'Guerre des prix dans la grande distribution',
        'PARIS - La guerre des prix entre enseignes continue.',
      ],
      [
        'es',
        'Guerra de precios entre aerolineas',
        'MADRID - La guerra de precios entre aerolineas se intensifica.',
      ],
      [
        'de',
        'Preiskrieg im Lebensmittelhandel',
        'BERLIN - Der Preiskrieg im Lebensmittelhandel verschärft sich.',
      ],
      ['pl', 'Wojna cenowa między dyskontami', 'WARSZAWA - Wojna cenowa między sieciami przybiera na sile.'],
    ];

    // Act
    const topics = stories.map(([language, title, body]) => topLevels(title, body, language));

    // Assert
    for (const list of topics) expect(list).toEqual([TOP_LEVEL.economy]);
  });

  it('reads Malay "polisi" as a policy, not the police', () => {
    // Arrange
    const title = 'Kerajaan umum polisi tenaga baharu';
    const body =
      'PUTRAJAYA - Kerajaan mengumumkan polisi tenaga baharu pada Selasa. Polisi itu dikaji setiap lima tahun.';

    // Act
    const topics = topLevels(title, body, 'ms');

    // Assert
    expect(topics).not.toContain(TOP_LEVEL.crime);
  });

  it('keeps real floods, strikes, attacks and wars, and the police in Indonesian', () => {
    expect(
      topLevels(
        'Banjir rendam ribuan rumah di Bekasi',
        'BEKASI - Banjir merendam ribuan rumah setelah hujan deras, kata BPBD. Warga mengungsi.',
        'id',
      )[0],
    ).toBe(TOP_LEVEL.disaster);
    expect(
      topLevels(
        'Sopir angkot mogok, tolak tarif baru',
        'BOGOR - Ratusan sopir angkot mogok beroperasi pada Selasa menolak tarif baru. Serikat pekerja mendukung aksi itu.',
        'id',
      ),
    ).toContain(TOP_LEVEL.labour);
    expect(
      topLevels(
        'Serangan udara tewaskan 20 orang',
        'GAZA - Serangan udara menewaskan 20 orang, kata pejabat. Militer mengatakan menyerang posisi milisi.',
        'id',
      )[0],
    ).toBe(TOP_LEVEL.conflict);
    expect(
      topLevels(
        'La guerre au Soudan',
        "KHARTOUM - La guerre entre l'armée et les paramilitaires continue.",
        'fr',
      )[0],
    ).toBe(TOP_LEVEL.conflict);
    expect(
      topLevels(
        'Polisi tangkap pengedar sabu',
        'MEDAN - Polisi menangkap dua pengedar sabu, kata Polda.',
        'id',
      )[0],
    ).toBe(TOP_LEVEL.crime);
  });
});
