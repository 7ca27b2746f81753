import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

describe('a country hyphened to initials ("Japan-U.S.")', () => {
  it('gives both countries and no name "S."', () => {
    // Arrange
    const body =
      'Prime Minister Aiko Tanabe said the Japan-U.S. alliance was the cornerstone of security in Asia.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('place:iso:JP: Japan');
    expect(found).toContain('place:iso:US: U.S.');
    expect(found.some((line) => line.endsWith(': S.'))).toBe(false);
  });

  it('gives the United Nations for "Iran-U.N." talks', () => {
    const body = 'Officials said the Iran-U.N. talks in Vienna ended on Friday without a deal.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:united-nations: U.N.');
  });
});
