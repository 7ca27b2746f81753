import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function codesOf(body: string, language: string): string[] {
  return tagArticle({ title: '', body, language })
    .countries.map((c) => c.code)
    .sort();
}

describe('countries in the other languages the detector knows', () => {
  it('reads Turkish, Swahili, Swedish and Czech names of countries', () => {
    expect(codesOf('Bakan, Almanya ve Fransa ile yeni bir anlaşma imzalanacağını söyledi.', 'tr')).toEqual([
      'DE',
      'FR',
    ]);
    expect(codesOf('Serikali ya Ujerumani imetoa msaada wa chakula.', 'sw')).toEqual(['DE']);
    expect(codesOf('Regeringen skickar mer stöd till Ukraina, och Norge gör detsamma.', 'sv')).toEqual([
      'NO',
      'UA',
    ]);
    expect(codesOf('Česko a Polsko podepsaly ve středu dohodu o spolupráci.', 'cs')).toEqual(['CZ', 'PL']);
  });

  it('reads Urdu, Greek and Thai names of countries', () => {
    expect(codesOf('وزیر خارجہ نے کہا کہ پاکستان اور چین کے تعلقات مضبوط ہیں۔', 'ur')).toEqual(['CN', 'PK']);
    expect(codesOf('Η Ελλάδα και η Κύπρος υπέγραψαν νέα συμφωνία.', 'el')).toEqual(['CY', 'GR']);
    expect(codesOf('รัฐมนตรีเดินทางไปกัมพูชาเมื่อวันจันทร์', 'th')).toEqual(['KH']);
  });

  it('reads a country spelled as in English in a language with no list or no entry for it', () => {
    expect(codesOf('Pemerintah Indonesia akan membangun pabrik baru tahun depan.', 'id')).toEqual(['ID']);
    expect(codesOf('Makikipagpulong ang pangulo sa mga lider ng Japan sa susunod na linggo.', 'tl')).toEqual([
      'JP',
    ]);
  });

  it('gives a listed newsmaker with a title of the language the English story’s id', () => {
    const ids = tagArticle({
      title: '',
      body: 'Presiden Prabowo Subianto meresmikan bendungan baru pada hari Senin.',
      language: 'id',
    }).entities.map((e) => e.id);

    expect(ids).toContain('person:prabowo-subianto');
  });
});
