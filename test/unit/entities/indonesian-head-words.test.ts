import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const named = (title: string, body: string) =>
  tagArticle({ title, body, language: 'id' }).entities.map((e) => `${e.name} (${e.type})`);

describe('Indonesian head words, titles and calendar words (review32 ★E4)', () => {
  it('leaves the portfolio of a minister out of the name ("Menteri Keuangan …", "Menteri Koordinator Bidang …")', () => {
    // Arrange
    const body =
      'Menteri Keuangan Rina Kusumawati mengatakan defisit anggaran turun. Menteri Koordinator Bidang ' +
      'Perekonomian Hadi Prasetyo menambahkan bahwa ekonomi tumbuh 5 persen.';

    // Act
    const entities = named('', body);

    // Assert
    expect(entities).toContain('Rina Kusumawati (person)');
    expect(entities).toContain('Hadi Prasetyo (person)');
  });

  it('keeps a minister named before "di" and a place ("kata Menteri Perdagangan … di Jakarta")', () => {
    const entities = named(
      '',
      'Pemerintah akan mengimpor beras dari Thailand, kata Menteri Perdagangan Agus Wibisono di Jakarta, Senin.',
    );

    expect(entities).toContain('Agus Wibisono (person)');
    expect(entities.some((e) => e.startsWith('di '))).toBe(false);
  });

  it('reads no person in an airport, a stadium or a cup named after one', () => {
    const entities = named(
      'Timnas menang di Gelora Bung Karno',
      'Timnas Indonesia menang 2-0 di Stadion Utama Gelora Bung Karno dalam laga kualifikasi Piala Dunia. ' +
        'Bandara Frans Seda di Maumere ditutup karena abu vulkanik.',
    );

    expect(entities.filter((e) => e.endsWith('(person)'))).toEqual([]);
  });

  it('reads no entity in a weekday, a month or a feast', () => {
    const entities = named(
      '',
      'Pada Minggu malam, ribuan warga merayakan Natal dan Tahun Baru di Manado. Sidang digelar pada Kamis, ' +
        '12 Maret, dan harga emas naik pada Sabtu.',
    );

    expect(entities).toEqual(['Manado (place)']);
  });
});
