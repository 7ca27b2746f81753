import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented wire items (session 36, topics36): the UN is a word of politics in every list, as in English.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1);

describe('the United Nations in another language', () => {
  it('gives a French dispute told by a ministry and the UN its politics', () => {
    const result = tagArticle({
      title: "Le Maroc et l'Alg\u00e9rie s'opposent sur le Sahara occidental",
      body:
        "Rabat a d\u00e9nonc\u00e9 mardi une d\u00e9claration d'Alger sur le Sahara occidental. Le minist\u00e8re " +
        "alg\u00e9rien des Affaires \u00e9trang\u00e8res accuse le Maroc de violer le droit international. L'ONU appelle " +
        'les deux pays au dialogue.',
    });

    expect(result.language).toBe('fr');
    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.politics);
  });

  it('lists no politics from the UN alone beside another desk', () => {
    const result = tagArticle({
      title: "L'ONU alerte sur une \u00e9pid\u00e9mie de chol\u00e9ra au Soudan",
      body:
        "L'ONU signale des milliers de cas de chol\u00e9ra dans les camps de d\u00e9plac\u00e9s. Les h\u00f4pitaux manquent " +
        'de vaccins et de m\u00e9decins, selon les agences humanitaires.',
    });

    expect(result.language).toBe('fr');
    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.health);
    expect(topLevels(result).map((t) => t.id)).not.toContain(TOP_LEVEL.politics);
  });

  it('reads the Indonesian land and building tax raised and billed as business, no politics (session 36, mendET36)', () => {
    const result = tagArticle({
      language: 'id',
      title: 'Warga keberatan kenaikan PBB hingga 250 persen',
      body:
        'Pemerintah kabupaten menaikkan tarif PBB hingga 250 persen tahun ini untuk menambah pendapatan daerah. ' +
        'Warga mengatakan tagihan PBB mereka naik tajam, sementara pajak dan harga kebutuhan pokok juga naik. ' +
        'Kenaikan PBB akan menambah anggaran daerah Rp 50 miliar.',
    });

    expect(topLevels(result).map((t) => t.id)).toEqual([TOP_LEVEL.economy]);
  });

  it('still counts the UN of an Indonesian story for politics', () => {
    const result = tagArticle({
      language: 'id',
      title: 'Dewan Keamanan PBB bahas krisis di Sudan',
      body:
        'Dewan Keamanan PBB menggelar sidang darurat pada Senin. Sekretaris Jenderal PBB meminta pemerintah ' +
        'Sudan membuka jalur bantuan, kata seorang diplomat.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.politics);
  });

  it('reads every PBB of a story about the land tax as the tax, beside its neighbour or not (session 37, topics37)', () => {
    const result = tagArticle({
      language: 'id',
      title: 'Warga Bogor keberatan PBB naik tiga kali lipat',
      body:
        'Ratusan warga Kabupaten Bogor mendatangi kantor Bapenda untuk memprotes lonjakan PBB tahun ini. Banyak ' +
        'warga mengaku tagihan naik tiga kali lipat dibanding tahun lalu. Pemerintah daerah menyatakan nilai jual ' +
        'objek pajak disesuaikan dengan harga pasar.',
    });

    expect(topLevels(result).map((t) => t.id)).toEqual([TOP_LEVEL.economy]);
  });

  it("keeps the UN's organs as the UN in a story that also names the land tax", () => {
    const result = tagArticle({
      language: 'id',
      title: 'Dewan Keamanan PBB bahas krisis di Sudan',
      body:
        'Dewan Keamanan PBB menggelar sidang darurat pada Senin, sementara warga Jakarta memprotes kenaikan PBB. ' +
        'Sekretaris Jenderal PBB meminta pemerintah Sudan membuka jalur bantuan, kata seorang diplomat.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.politics);
  });
});
