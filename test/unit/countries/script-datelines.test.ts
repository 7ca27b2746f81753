import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function datelineOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).dateline;
}

describe('datelines in scripts other than Latin', () => {
  it('reads a capital in its own script before a dash, in scripts without capitals too', () => {
    // Arrange: Moscow, Cairo, Seoul, Tokyo, New Delhi.
    const stories: [string, string, string][] = [
      ['МОСКВА — Банк России сохранил ключевую ставку.', 'ru', 'RU'],
      ['القاهرة — دعت مصر إلى وقف إطلاق النار.', 'ar', 'EG'],
      ['서울 — 대통령은 정상회담을 가졌다.', 'ko', 'KR'],
      ['東京 — 首相は会談した。', 'ja', 'JP'],
      ['नई दिल्ली — प्रधानमंत्री रवाना हुए।', 'hi', 'IN'],
    ];

    // Act
    const codes = stories.map(([body, language]) => datelineOf(body, language)?.countryCode);

    // Assert
    expect(codes).toEqual(stories.map(([, , code]) => code));
  });

  it('reads the place of a Chinese cable dateline, with or without the agency and the date', () => {
    // 广州电 (Guangzhou cable); 新华社北京12月4日电 (Xinhua, Beijing, 4 December).
    expect(datelineOf('广州电 台风周三下午登陆。', 'zh')).toMatchObject({ place: '广州', countryCode: 'CN' });
    expect(datelineOf('新华社北京12月4日电（记者 王明）会议举行。', 'zh')).toMatchObject({
      place: '北京',
      countryCode: 'CN',
    });
  });

  it('counts the capital of the dateline for its country, as an English dateline counts', () => {
    // Arrange: Egypt's president hosts Qatar's emir; the same story with and without its Cairo dateline.
    const body =
      'دعت مصر وقطر إلى وقف فوري لإطلاق النار، خلال لقاء جمع الرئيس وأمير قطر. وقال أمير قطر إن المفاوضات مستمرة.';
    const egypt = (text: string) =>
      tagArticle({ title: '', body: text, language: 'ar' }).countries.find((c) => c.code === 'EG')
        ?.salience ?? 0;

    // Act
    const filed = egypt(`القاهرة — ${body}`);
    const unfiled = egypt(body);

    // Assert
    expect(filed).toBeGreaterThan(unfiled);
  });

  it('leaves an English story opening with a word in another script to the English datelines', () => {
    expect(datelineOf('WASHINGTON — The talks began.', 'en')?.countryCode).toBe('US');
    expect(datelineOf('The word 東京 — Tokyo — means eastern capital.', 'en')).toBeUndefined();
  });
});
