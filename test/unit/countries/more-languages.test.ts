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

  it('reads Danish, Finnish, Norwegian, Slovak, Slovene, Baltic and Albanian names of countries', () => {
    expect(codesOf('Danmark og Tyskland underskrev onsdag en aftale om forsvar med Sverige.', 'da')).toEqual([
      'DE',
      'DK',
      'SE',
    ]);
    expect(codesOf('Suomi ja Ruotsi allekirjoittivat sopimuksen. Venäjä arvosteli sitä.', 'fi')).toEqual([
      'FI',
      'RU',
      'SE',
    ]);
    expect(codesOf('Norge og Sverige sender mer støtte til Ukraina, og Russland protesterer.', 'nb')).toEqual(
      ['NO', 'RU', 'SE', 'UA'],
    );
    expect(codesOf('Slovensko a Maďarsko podpísali v stredu dohodu. Nemecko ju privítalo.', 'sk')).toEqual([
      'DE',
      'HU',
      'SK',
    ]);
    expect(
      codesOf('Slovenija in Hrvaška sta v sredo podpisali sporazum. Nemčija ga je pozdravila.', 'sl'),
    ).toEqual(['DE', 'HR', 'SI']);
    expect(codesOf('Lietuva ir Lenkija trečiadienį pasirašė susitarimą. Rusija jį kritikavo.', 'lt')).toEqual(
      ['LT', 'PL', 'RU'],
    );
    expect(codesOf('Latvija un Igaunija trešdien parakstīja līgumu. Krievija to kritizēja.', 'lv')).toEqual([
      'EE',
      'LV',
      'RU',
    ]);
    expect(
      codesOf('Eesti ja Soome allkirjastasid kolmapäeval lepingu. Venemaa kritiseeris seda.', 'et'),
    ).toEqual(['EE', 'FI', 'RU']);
    expect(codesOf("Espanya i França han signat un acord. Alemanya l'ha celebrat.", 'ca')).toEqual([
      'DE',
      'ES',
      'FR',
    ]);
    expect(codesOf('Shqipëria dhe Serbia nënshkruan një marrëveshje.', 'sq')).toEqual(['AL', 'RS']);
  });

  it('reads Hebrew and Macedonian names of countries', () => {
    expect(codesOf('ישראל וירדן חתמו על הסכם.', 'he')).toEqual(['IL', 'JO']);
    expect(codesOf('Северна Македонија и Грција потпишаа договор.', 'mk')).toEqual(['GR', 'MK']);
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
