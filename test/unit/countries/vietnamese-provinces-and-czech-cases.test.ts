import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 45 (places45, wild45 ★12): a Vietnamese province named like Laos, and Czech's own country in its cases.
// Stories are invented.
function focusOf(title: string, body: string, language?: string): string[] {
  return tagArticle({ title, body, ...(language ? { language } : {}) })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();
}

describe('a Vietnamese province named like Laos', () => {
  it('reads "Lào Cai" in a Vietnamese story as no Laos', () => {
    // Arrange
    const body =
      'C\u01a1n b\u00e3o \u0111\u00e3 \u0111\u1ed5 b\u1ed9 v\u00e0o mi\u1ec1n B\u1eafc h\u00f4m th\u1ee9 B\u1ea3y. ' +
      'Nhi\u1ec1u c\u00e2y c\u1ed1i b\u1ecb \u0111\u1ed5 \u1edf H\u00e0 N\u1ed9i. L\u0169 l\u1ee5t ti\u1ebfp t\u1ee5c ' +
      '\u1edf L\u00e0o Cai v\u00e0 Y\u00ean B\u00e1i.';

    // Act
    const focus = focusOf('', body, 'vi');

    // Assert
    expect(focus).toEqual(['VN']);
  });

  it("reads Lao Cai and Yen Bai provinces in an English story as Vietnam's", () => {
    // Arrange
    const body = 'Floods hit Lao Cai and Yen Bai provinces on Tuesday, killing 12 people, officials said.';

    // Act
    const focus = focusOf('', body, 'en');

    // Assert
    expect(focus).toEqual(['VN']);
  });
});

describe("Czech's own country in its cases", () => {
  it('reads "v \u010cesku" as the Czech Republic', () => {
    // Arrange
    const title = 'Inflace v \u010cesku klesla';
    const body =
      'Inflace v \u010cesku v listopadu klesla na 2,1 procenta. Ekonomov\u00e9 o\u010dek\u00e1vali pokles na 2,3 ' +
      'procenta.';

    // Act
    const focus = focusOf(title, body, 'cs');

    // Assert
    expect(focus).toEqual(['CZ']);
  });
});
