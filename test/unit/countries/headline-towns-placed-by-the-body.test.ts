import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// read48 (on d5515fc4): a headline names a town, the body places it with a state or a country after a comma. Sentences
// written for these tests.
const focus = (title: string, body: string) =>
  tagArticle({ id: 'placed-town', title, body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("a headline's town placed by the body", () => {
  it('is the town the body places abroad, not the namesake its name stands for alone', () => {
    // Act
    const found = [
      focus(
        'Shark sighting closes beaches near Falmouth',
        'Officials closed two beaches on Sunday after a shark was spotted off Falmouth, Massachusetts.',
      ),
      focus(
        'Students march in Birmingham',
        'Hundreds of students marched in Birmingham, Alabama, on Sunday against the war.',
      ),
    ];

    // Assert
    expect(found).toEqual([['US'], ['US']]);
  });

  it('stays at home where the body places it there', () => {
    // Act
    const found = focus(
      'Students march in Cambridge',
      'Hundreds of students marched in Cambridge, England, on Sunday against the war.',
    );

    // Assert
    expect(found).toEqual(['GB']);
  });

  it("is not placed by the next town of a list ('London, New York and Tokyo')", () => {
    // Act
    const found = focus(
      'London rises as a trading centre',
      'The firm has offices in London, New York and Tokyo.',
    );

    // Assert
    expect(found).toContain('GB');
  });
});
