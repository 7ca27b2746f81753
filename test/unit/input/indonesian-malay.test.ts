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

  it('reads a short Indonesian item as Indonesian, though its capitalised bodies and regions read as a list of names', () => {
    const items = [
      'Banjir melanda Kabupaten Karawang, Jawa Barat, pada Sabtu. Badan Nasional Penanggulangan Bencana mengirim bantuan.',
      'Gempa mengguncang Kabupaten Sukabumi, Jawa Barat, dan menewaskan 7 orang, kata Badan Meteorologi, Klimatologi, dan Geofisika.',
      'Menteri Keuangan Rina Kusumawati mengatakan Bank Indonesia akan menurunkan suku bunga.',
      'Kementerian Luar Negeri memanggil duta besar Belanda di Jakarta pada Kamis.',
      'Timnas Indonesia mengalahkan Thailand 3-1 di Stadion Gelora Bung Karno.',
      'Komisi Pemberantasan Korupsi menahan Bupati Lampung Timur atas dugaan suap.',
    ];

    for (const item of items) expect(detectLanguage(item), item).toBe('id');
  });

  it('reads an Indonesian quake item as Indonesian by its spelling of damaged and its weather agency', () => {
    // "rusak" (Malay "rosak") and BMKG; every other word is written alike in the two languages.
    const quake =
      'Gempa bumi berkekuatan magnitudo 6,2 mengguncang Sulawesi Tengah pada Rabu pagi. Badan Meteorologi, ' +
      'Klimatologi, dan Geofisika (BMKG) menyatakan gempa tidak berpotensi tsunami. Sedikitnya tiga orang ' +
      'meninggal dunia dan puluhan rumah rusak.';

    expect(detectLanguage(quake)).toBe('id');
  });

  it('reads a short Malay item as Malay by the words the two spell apart', () => {
    const items = [
      'Bank Negara Malaysia mengekalkan kadar dasar semalaman pada 3 peratus.',
      'Menteri Kesihatan merasmikan hospital baharu di Kuantan, Pahang.',
      'Mahkamah Persekutuan menolak rayuan bekas menteri dalam kes rasuah.',
      'Ringgit mengukuh berbanding dolar AS pada dagangan Khamis.',
    ];

    for (const item of items) expect(detectLanguage(item), item).toBe('ms');
  });

  it('keeps a short English line naming Indonesian bodies and places English', () => {
    const items = [
      'Jakarta floods: Badan Nasional Penanggulangan Bencana sends aid to Bekasi.',
      "Indonesia's president opens Dhoho airport in Kediri, East Java.",
      'Komnas HAM says 400 detained in Jakarta protests.',
    ];

    for (const item of items) expect(detectLanguage(item), item).toBe('en');
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

  it('keeps given names that are also title or compass words, and the clean mentions of a run glued to a party', () => {
    const result = tagArticle({
      title: 'Agung Laksono mundur',
      body:
        'JAKARTA - Politikus senior Partai Golkar Agung Laksono mengatakan pada hari Senin bahwa ia mundur dari ' +
        'politik karena alasan kesehatan. Agung Laksono menjabat Ketua DPR pada 2004-2009. Kepala Kepolisian ' +
        'Jenderal Timur Pradopo mengatakan polisi harus bersih, dan pemerintah mendukung langkah itu.',
    });

    const people = result.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Agung Laksono');
    expect(people).toContain('Timur Pradopo');
  });

  it('takes the end of a glued name the story writes alone, and a run opened by "di" is no person', () => {
    const result = tagArticle({
      title: 'KPK tahan gubernur',
      body:
        'JAKARTA - Komisi Pemberantasan Korupsi menahan Gubernur Banten Ratu Atut Chosiyah pada hari Jumat ' +
        'setelah diperiksa di Kelantan selama delapan jam. Ratu Atut Chosiyah menjadi tersangka kasus suap ' +
        'karena diduga menyuap hakim, kata pemerintah.',
    });

    const people = result.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Ratu Atut Chosiyah']);
  });

  it('leaves the names of people in other languages as read ("de" is a name particle there)', () => {
    const result = tagArticle({
      title: 'Alberto de Mónaco celebra su aniversario',
      body:
        'MADRID - Alberto de Mónaco y su esposa Charlène de Mónaco celebraron el sábado su aniversario de boda ' +
        'en el Principado, con sus hijos. Alberto de Mónaco ocupa el trono desde 2005.',
    });

    expect(result.language).toBe('es');
    expect(result.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Alberto de Mónaco',
      'Charlène de Mónaco',
    ]);
  });

  it('reads an Indonesian wire the trigrams take for Sundanese as Indonesian when its words say so', () => {
    const text =
      'Hakim Agung Purnomo Sastrowidjojo ditangkap\nJAKARTA - Komisi Pemberantasan Korupsi menangkap Hakim Agung ' +
      'Purnomo Sastrowidjojo pada hari Jumat karena diduga menerima suap. Purnomo Sastrowidjojo kemudian ditahan ' +
      'di Rumah Tahanan KPK. Pemerintah menghormati proses hukum, kata juru bicara.';

    expect(detectLanguage(text)).toBe('id');
  });

  it('keeps a given name before the shorter name the story uses after it', () => {
    const result = tagArticle({
      title: '',
      body:
        'JAKARTA - Mantan Wakil Presiden Muhammad Jusuf Kalla mengatakan pada hari Senin bahwa pemerintah harus ' +
        'menurunkan harga beras karena rakyat kesulitan. Jusuf Kalla juga meminta kementerian bertindak cepat.',
    });

    expect(result.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Muhammad Jusuf Kalla',
    ]);
  });
});
