import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('the seat of the body that acts, over two countries that dominate the story', () => {
  it('keeps Brussels in focus when the European Community warns two trading partners', () => {
    // Arrange
    const article = {
      title: 'EC WARNS CANADA AND KOREA ON STEEL',
      body:
        'BRUSSELS, May 4 - The European Community warned Canada and South Korea on Monday over steel ' +
        'subsidies. EC ministers said Canada had ignored two rulings and that South Korea kept raising its ' +
        'exports. Canada said it would answer within a month. South Korea said its mills sold at market ' +
        'prices and that Canada and South Korea would hold talks. Canadian officials declined to comment.',
      language: 'en',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['BE', 'CA', 'KR']);
    expect(pairs).toEqual(expect.arrayContaining(['BE-CA', 'BE-KR', 'CA-KR']));
  });

  it('keeps Geneva in focus when a delegate attacks another country at the GATT', () => {
    // Arrange
    const article = {
      title: 'NEW ZEALAND ATTACKS JAPAN RICE CURBS AT GATT',
      body:
        'GENEVA, May 4 - New Zealand accused Japan of protecting its rice farmers at a GATT council ' +
        'meeting. New Zealand said Japan had raised barriers twice this year. Japan said its rules met ' +
        'its obligations, and Japanese officials said New Zealand had misread them. New Zealand asked ' +
        'for a panel.',
      language: 'en',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['CH', 'JP', 'NZ']);
    expect(pairs).toEqual(expect.arrayContaining(['CH-JP', 'CH-NZ', 'JP-NZ']));
  });
  it('keeps London in focus when two countries join a commodity body seated there', () => {
    // Arrange
    const article = {
      title: 'PERU, VIETNAM JOIN COFFEE ORGANIZATION',
      body:
        'LONDON, May 4 - Peru and Vietnam have joined the International Coffee Organization, officials of the ' +
        'body said. Peru joined as an exporting member and Vietnam as an exporter too. Peru accounts for 3 pct ' +
        'of world exports, and Vietnam said it would raise its output. Peru and Vietnam will attend the next council.',
      language: 'en',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['GB', 'PE', 'VN']);
    expect(pairs).toEqual(expect.arrayContaining(['GB-PE', 'GB-VN', 'PE-VN']));
  });
});
