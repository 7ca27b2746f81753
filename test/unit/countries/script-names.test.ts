import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countriesOf(body: string, language: string): string[] {
  const result = tagArticle({ body, language });
  for (const country of result.countries)
    for (const m of country.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  return result.countries.map((c) => c.code).sort();
}

describe('country names in languages not written in Latin script', () => {
  it('finds Chinese names inside a clause with no spaces, the longest name first', () => {
    expect(countriesOf('外交部发言人表示，法国总统将于下周访问中国。', 'zh')).toEqual(['CN', 'FR']);
    // 印度尼西亚 (Indonesia) holds 印度 (India); 南美国家 (South American countries) holds 美国.
    expect(countriesOf('印度尼西亚总统与南美国家的代表在智利会晤。', 'zh')).toEqual(['CL', 'ID']);
  });

  it('reads the Japanese press name and no katakana name inside a longer word', () => {
    // マリ (Mali) inside マリアさん (Ms Maria) is no country.
    expect(countriesOf('米国の大統領は中国との協議についてマリアさんに語った。', 'ja')).toEqual(['CN', 'US']);
  });

  it('reads Arabic names behind the proclitics and, with, to', () => {
    // والولايات = و + الولايات; للصين = ل + الصين without its alef; بروسيا = ب + روسيا.
    expect(
      countriesOf(
        'اجتمع وزير الخارجية بنظيره في القاهرة وقال إن مصر والولايات المتحدة ستقدمان دعما للصين وبروسيا.',
        'ar',
      ),
    ).toEqual(['CN', 'EG', 'RU', 'US']);
    const us = tagArticle({ body: 'قال إن مصر والولايات المتحدة اتفقتا.', language: 'ar' }).countries.find(
      (c) => c.code === 'US',
    );
    expect(us?.mentions.map((m) => m.text)).toEqual(['الولايات المتحدة']);
  });

  it('reads Russian names in their case forms but not a word that only starts like one', () => {
    // России (genitive), Францию (accusative); Кубок (cup) starts like Куба (Cuba).
    expect(
      countriesOf('Делегация России прибыла во Францию на Кубок Европы. США не участвуют.', 'ru'),
    ).toEqual(['FR', 'RU', 'US']);
  });

  it('reads Hindi and Korean names, with Korean particles on the name', () => {
    expect(countriesOf('प्रधानमंत्री ने कहा कि भारत और अमेरिका के बीच समझौता हुआ।', 'hi')).toEqual(['IN', 'US']);
    expect(countriesOf('미국과 중국의 협상이 재개됐다.', 'ko')).toEqual(['CN', 'US']);
  });

  it('pairs two countries a Chinese sentence links, as in any other language', () => {
    const result = tagArticle({ body: '美国总统宣布将对中国商品加征关税。', language: 'zh' });

    expect(result.countryPairs.map((p) => p.pair)).toEqual(['CN-US']);
  });
});
