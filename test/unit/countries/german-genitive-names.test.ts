import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, wild58 ★2): German writes a country's genitive with "-s". Articles are invented.
const codes = (body: string) => {
  const result = tagArticle({ title: '', body });
  expect(result.language).toBe('de');
  return result.countries.map((c) => c.code).sort();
};

describe('a country named in the German genitive', () => {
  it('is read before its noun and after it', () => {
    // Arrange
    const body =
      'Chinas Regierung rief am Montag alle Seiten zur Zurückhaltung auf. Russlands Außenministerium erklärte, man ' +
      'beobachte die Lage genau. Der Präsident Ruandas sagte, die Gespräche müssten in der kommenden Woche weitergehen.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).toEqual(['CN', 'RU', 'RW']);
  });

  it('reads the last word of a longer name', () => {
    expect(
      codes(
        'Sri Lankas Regierung hat die Vorwürfe am Montag zurückgewiesen. Die Gespräche sollen in der kommenden Woche fortgesetzt werden.',
      ),
    ).toEqual(['LK']);
  });

  it('reads no Iceland in English islands', () => {
    expect(
      codes(
        'Die Regierung der Cayman Islands hat die Vorwürfe am Montag zurückgewiesen. Die Gespräche sollen in der kommenden Woche fortgesetzt werden.',
      ),
    ).not.toContain('IS');
  });
});
