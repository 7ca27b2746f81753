import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

const firstTopic = (title: string, body: string, language?: string) =>
  topLevels(tagArticle({ title, body, language }))[0];

describe('desks of Indonesian articles (review32 ★T1)', () => {
  it('files a volcano eruption told in Indonesian under disaster', () => {
    // Arrange
    const title = 'Gunung Ibu meletus, ratusan warga mengungsi';
    const body =
      'HALMAHERA BARAT - Gunung Ibu kembali meletus pada Selasa dengan kolom abu setinggi 5 kilometer. ' +
      'Badan Geologi menaikkan status gunung, dan BPBD menyiapkan tempat pengungsian.';

    // Act
    const first = firstTopic(title, body);

    // Assert
    expect(first).toBe(TOP_LEVEL.disaster);
  });

  it('files a flood, a quake and a landslide under disaster', () => {
    expect(
      firstTopic(
        'Banjir rendam ribuan rumah di Karawang',
        'KARAWANG - Banjir setinggi satu meter merendam ribuan rumah setelah hujan deras. BPBD mengevakuasi warga.',
      ),
    ).toBe(TOP_LEVEL.disaster);
    expect(
      firstTopic(
        'Gempa guncang Sukabumi',
        'SUKABUMI - Gempa bermagnitudo 5,8 mengguncang Sukabumi pada Senin. Puluhan rumah rusak, kata BNPB.',
      ),
    ).toBe(TOP_LEVEL.disaster);
  });

  it('files politics, economy, crime and sport stories under their desks', () => {
    expect(
      firstTopic(
        'Presiden lantik menteri baru',
        'JAKARTA - Presiden melantik dua menteri baru setelah perombakan kabinet. Partai koalisi mendukung keputusan itu.',
      ),
    ).toBe(TOP_LEVEL.politics);
    expect(
      firstTopic(
        'Rupiah melemah, IHSG turun',
        'JAKARTA - Rupiah melemah terhadap dolar AS dan indeks saham turun karena investor asing menjual saham.',
      ),
    ).toBe(TOP_LEVEL.economy);
    expect(
      firstTopic(
        'Polisi tangkap pengedar narkoba',
        'MEDAN - Polisi menangkap dua pengedar narkoba. Tersangka terancam hukuman penjara 20 tahun.',
      ),
    ).toBe(TOP_LEVEL.crime);
    expect(
      firstTopic(
        'Timnas menang atas Filipina',
        'JAKARTA - Timnas Indonesia menang 3-0 atas Filipina di stadion. Pelatih memuji permainan para pemain.',
      ),
    ).toBe(TOP_LEVEL.sport);
  });

  it('files labour, religion, health and education stories under their desks', () => {
    expect(
      firstTopic(
        'Buruh tuntut kenaikan upah',
        'JAKARTA - Ribuan buruh menuntut kenaikan upah minimum dan mengancam mogok nasional.',
      ),
    ).toBe(TOP_LEVEL.labour);
    expect(
      firstTopic(
        'Umat Islam mulai berpuasa',
        'JAKARTA - Kementerian Agama menetapkan awal Ramadan. Umat Islam memadati masjid untuk salat tarawih.',
      ),
    ).toBe(TOP_LEVEL.religion);
    expect(
      firstTopic(
        'Kasus campak meningkat',
        'SURABAYA - Kasus campak meningkat dan rumah sakit kewalahan menangani pasien. Dokter mengimbau vaksinasi.',
      ),
    ).toBe(TOP_LEVEL.health);
    expect(
      firstTopic(
        'Siswa belajar di tenda',
        'KUPANG - Ratusan siswa sekolah dasar belajar di tenda karena sekolah rusak. Guru meminta bantuan.',
      ),
    ).toBe(TOP_LEVEL.education);
  });

  it('reads a Malay story with the Indonesian list, the words of news the two share', () => {
    const first = firstTopic(
      'Banjir di Kelantan',
      'KOTA BHARU - Banjir melanda ratusan rumah di Kelantan selepas hujan lebat. Mangsa dipindahkan ke pusat pengungsian.',
      'ms',
    );

    expect(first).toBe(TOP_LEVEL.disaster);
  });

  it('files no sport on a contest winner alone ("juara lomba masak"), and keeps a title won in a final', () => {
    const cooking = firstTopic(
      'Juara lomba masak nasional',
      'JAKARTA - Seorang ibu rumah tangga menjadi juara lomba masak tingkat nasional. Ia memasak rendang dan sambal.',
    );
    const badminton = firstTopic(
      'Ganda putra juara Indonesia Open',
      'JAKARTA - Ganda putra Indonesia menjuarai Indonesia Open bulu tangkis setelah menang di partai final.',
    );

    expect(cooking).not.toBe(TOP_LEVEL.sport);
    expect(badminton).toBe(TOP_LEVEL.sport);
  });
});
