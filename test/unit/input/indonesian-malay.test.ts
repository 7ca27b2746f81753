import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectLanguage } from '../../../functions/core/text/language.js';

const JAKARTA_WIRE =
  'Pemerintah Indonesia akan membangun dua pelabuhan baru di Sulawesi dengan pinjaman dari Jepang, kata ' +
  'Menteri Perhubungan pada hari Selasa. Proyek itu ditunda tahun lalu karena biaya naik dan perusahaan ' +
  'kontraktor kesulitan mendapatkan uang dari bank.';
const KUALA_LUMPUR_WIRE =
  'Kerajaan Malaysia akan membina dua pelabuhan baharu di Sabah dengan pinjaman dari Jepun, kata Menteri ' +
  'Pengangkutan semalam. Projek itu ditangguhkan tahun lepas kerana kos meningkat dan syarikat kontraktor ' +
  'sukar mendapatkan wang daripada bank.';

describe('Indonesian and Malay', () => {
  it('tells Indonesian from Malay by the words the two spell differently', () => {
    expect(detectLanguage(JAKARTA_WIRE)).toBe('id');
    expect(detectLanguage(KUALA_LUMPUR_WIRE)).toBe('ms');
  });

  it('reads countries by their Indonesian names, China as the press writes it (Tiongkok)', () => {
    const result = tagArticle({
      title: 'Indonesia perluas kerja sama dagang',
      body:
        'JAKARTA — Pemerintah Indonesia akan memperluas kerja sama dagang dengan Tiongkok, Jepang dan Amerika ' +
        'Serikat tahun depan karena ekspor nikel naik, kata pejabat kementerian perdagangan pada hari Senin.',
    });

    expect(result.language).toBe('id');
    expect(result.countries.map((c) => c.code).sort()).toEqual(['CN', 'ID', 'JP', 'US']);
  });

  it('leaves titles, regions and a place after "di" out of people’s names, and institutions out of people', () => {
    const result = tagArticle({
      title: 'Gubernur resmikan bendungan di Boyolali',
      body:
        'Gubernur Jawa Tengah Ganjar Pranowo meresmikan bendungan baru di Kabupaten Boyolali pada hari Senin. ' +
        'Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Canberra pekan lalu. ' +
        'Menurut Kementerian Pekerjaan Umum, bendungan serupa akan dibangun di Nusa Tenggara Timur karena ' +
        'kekeringan, dan pemerintah sudah menyiapkan uang untuk proyek itu.',
    });

    expect(result.language).toBe('id');
    const people = result.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).sort()).toEqual(['Anthony Albanese', 'Ganjar Pranowo', 'Joko Widodo']);
    for (const person of people)
      for (const mention of person.mentions) expect(mention.text).toBe(person.name);
  });

  it('keeps a name broken over a line when the title before it is left out', () => {
    const body =
      'Pemerintah akan menaikkan harga bahan bakar karena subsidi membengkak, kata Presiden Joko\nWidodo ' +
      'pada hari Senin, setelah rapat kabinet.';

    const person = tagArticle({ title: '', body }).entities.find((e) => e.id === 'person:joko-widodo');

    expect(person?.mentions.map((m) => body.slice(m.start, m.end))).toEqual(['Joko\nWidodo']);
  });
});
