import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectLanguage } from '../../../functions/core/text/language.js';

// Trigrams alone confuse the Cyrillic-script languages on a sentence or two: Russian read as Ukrainian,
// Bulgarian or Serbian, Ukrainian as Russian. Each alphabet has letters its neighbours lack.
// Sentences written for these tests.
describe('Cyrillic languages told by their letters', () => {
  it.each([
    ['ru', 'Путин прибыл в Пекин с официальным визитом.'],
    ['ru', 'Зеленский встретился с Макроном в Париже.'],
    ['ru', 'В Москве задержали мэра города.'],
    ['ru', 'Россия ввела пошлины на зерно.'],
    ['uk', 'Президент України зустрівся з прем’єром Польщі.'],
    ['uk', 'Росія та Китай підписали угоду.'],
    ['be', 'Лукашэнка сустрэўся з Пуціным у Мінску.'],
    ['sr', 'Влада Србије усвојила је нови закон.'],
    ['mk', 'Владата на Македонија донесе одлука.'],
    ['bg', 'Премиерът на България посети Германия.'],
  ])('reads %s in "%s"', (language, text) => {
    // Act
    const detected = detectLanguage(text);

    // Assert
    expect(detected).toBe(language);
  });

  it('reads the countries of a short Russian story with the Russian names', () => {
    // Arrange
    const article = { id: 'ru-short', title: '', body: 'Турция закрыла границу с Сирией.' };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(result.language).toBe('ru');
    expect(result.countries.map((c) => c.code).sort()).toEqual(['SY', 'TR']);
  });
});
