import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// British home copy that names no place (review61 ★2). Sentences written for these tests.
const codes = (body: string, dateline?: string) =>
  tagArticle({ id: 'home-copy', title: '', body, ...(dateline ? { dateline } : {}) })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe('British home copy that names no place', () => {
  it("reads the Treasury's fiscal events and the regulators of home copy as Britain's", () => {
    // Act
    const found = [
      codes('Ministers will trim welfare in the Autumn Statement, officials said on Sunday.'),
      codes('Ofwat ordered the water company to repay customers after repeated leaks.'),
      codes('HMRC said 900,000 people had filed their returns late.'),
    ];

    // Assert
    expect(found).toEqual([['GB'], ['GB'], ['GB']]);
  });

  it('reads a sterling amount or council tax as Britain where nothing else places the story', () => {
    // Act
    const sterling = codes('The treasurer announced £4bn of new borrowing, angering opposition members.');
    const councilTax = codes('Residents will pay 4% more council tax from May after the vote on Thursday.');

    // Assert
    expect(sterling).toEqual(['GB']);
    expect(councilTax).toEqual(['GB']);
  });

  it('leaves a sterling amount to a story placed elsewhere, and no other pound to Britain', () => {
    // Act
    const abroad = codes('The Texas refiner paid £300m for the rights.');
    const egyptian = codes('Bread rose to E£20 a loaf, traders said.');

    // Assert
    expect(abroad).toEqual(['US']);
    expect(egyptian).toEqual([]);
  });
});
