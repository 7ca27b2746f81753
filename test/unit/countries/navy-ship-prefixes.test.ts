import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// A navy's prefix before a ship's name names the navy's country (places50, wild49 C9). Sentences written for these
// tests.
const focus = (title: string, body: string) =>
  tagArticle({ id: 'ship', title, body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("a warship's prefix names its navy's country", () => {
  it('reads "USS" before a carrier\'s name as the United States', () => {
    // Act
    const found = focus('', 'The USS Abraham Lincoln strike group entered the Arabian Sea on Friday.');

    // Assert
    expect(found).toEqual(['US']);
  });

  it("reads a Commonwealth navy's prefix after the kind of ship as its country", () => {
    // Act
    const found = focus('', 'The frigate HMNZS Te Kaha sailed through the Taiwan Strait on Sunday.');

    // Assert
    expect(found).toContain('NZ');
  });

  it('names no country for the British pension scheme called USS', () => {
    // Act
    const found = focus('', 'The USS pension scheme cut contributions for university staff.');

    // Assert
    expect(found).toEqual([]);
  });

  it("names no US ship for the British pension scheme's firms written with capitals (read50 R14)", () => {
    // Arrange
    const firm =
      'USS Investment Management, which manages the pension scheme for British university staff, bought a stake in Heathrow.';

    // Act
    const found = focus('', firm);
    const strike = focus(
      'University lecturers strike over USS Pensions',
      'Lecturers at 60 British universities walked out over cuts to their pensions.',
    );
    const ship = focus('', 'The destroyer USS Gravely sailed into the Red Sea on Monday.');

    // Assert
    expect(found).toEqual(['GB']);
    expect(strike).toEqual(['GB']);
    expect(ship).toEqual(['US']);
  });
});
