import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countriesOf(body: string, language: string): string[] {
  const result = tagArticle({ body, language });
  for (const country of result.countries)
    for (const m of country.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  return result.countries.map((c) => c.code).sort();
}

describe('countries the Chinese, Japanese and Korean press name by one character', () => {
  it('reads a Chinese pair before a word of relations, a side and a state body', () => {
    // Arrange: 中美经贸磋商 (China-US trade talks), 中方 (the Chinese side), 美军 (the US military), 俄 (Russia).
    const talks = '中美经贸磋商在日内瓦举行。';
    const side = '发言人表示，中方坚决反对。';
    const military = '美军在该地区部署了导弹。';
    const russia = '俄外长将访问土耳其。';

    // Act / Assert
    expect(countriesOf(talks, 'zh')).toEqual(['CN', 'US']);
    expect(countriesOf(side, 'zh')).toEqual(['CN']);
    expect(countriesOf(military, 'zh')).toEqual(['US']);
    expect(countriesOf(russia, 'zh')).toEqual(['RU', 'TR']);
  });

  it('leaves the characters in other Chinese words: Central and South America, a perfect plan, a date', () => {
    // 中美洲 (Central America), 南美 (South America), 完美方案 (a perfect plan), 集中方式, 9日中午 (noon on the 9th),
    // 高中英语 (high-school English), 美中不足 (a flaw), 俄亥俄州 (Ohio).
    const text =
      '中美洲和南美的代表提出完美方案。集中方式很好。9日中午举行。高中英语关系不大。美中不足。俄亥俄州。';

    expect(countriesOf(text, 'zh')).toEqual([]);
  });

  it('reads Japanese 日米 and 米 before a US body or firm, not North America or rice', () => {
    // 日米交渉 (Japan-US talks); 米政府 (the US government); 米グーグル (Google of the US); 北米 (North America);
    // 米ドル (the US dollar, a currency); 新米 (new rice).
    expect(countriesOf('日米交渉が続いている。', 'ja')).toEqual(['JP', 'US']);
    expect(countriesOf('米政府と米グーグルが発表した。', 'ja')).toEqual(['US']);
    expect(countriesOf('北米で新米と米ドルを扱う。', 'ja')).toEqual([]);
  });

  it('reads Korean pairs as words of their own and hanja in headlines, not North America or a firm', () => {
    // 한일 셔틀외교 (Korea-Japan shuttle diplomacy); 韓美 정상 (the Korean and US leaders); 북미 시장 (the North
    // American market); 한미약품 (Hanmi Pharmaceutical).
    expect(countriesOf('양국은 한일 셔틀외교를 복원했다.', 'ko')).toEqual(['JP', 'KR']);
    expect(countriesOf('韓美 정상 통화', 'ko')).toEqual(['KR', 'US']);
    expect(countriesOf('한미약품이 북미 시장에 진출했다.', 'ko')).toEqual([]);
  });

  it('puts the home country of a Chinese story on its pair in focus, above the venue', () => {
    // Arrange: China-US talks in Geneva.
    const article = {
      title: '中美经贸磋商在日内瓦举行',
      body: '中美经贸高层会谈于周六在瑞士日内瓦举行。双方同意降低关税。',
      language: 'zh',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(result.countryPairs[0]?.pair).toBe('CN-US');
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(
      expect.arrayContaining(['CN', 'US']),
    );
  });
});
