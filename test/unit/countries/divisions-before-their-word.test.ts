import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// First-level divisions read before their country's word (division-names.ts; review61 ★1/★2). Sentences written for
// these tests.
const codes = (body: string, title = '') =>
  tagArticle({ id: 'divisions', title, body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe('first-level divisions before their word', () => {
  it('reads a division no city is named after before its country’s word', () => {
    // Act
    const found = [
      codes('Landslides closed two roads in Gangwon Province on Sunday.'),
      codes('Cocoa farmers in the Bono Region said rains came late.'),
      codes('Heavy snow fell across Niigata Prefecture overnight.'),
      codes('Officials in Paktika province said the clinic reopened.'),
      codes('The Terengganu state government cut fuel subsidies.'),
    ];

    // Assert
    expect(found).toEqual([['KR'], ['GH'], ['JP'], ['AF'], ['MY']]);
  });

  it("reads a division named like a city abroad as its country's: no province is Puerto Rico's", () => {
    // Act
    const province = codes('Floods cut the main highway in San Juan Province on Friday.');
    const city = codes('The mayor of San Juan said power was back in most homes.');

    // Assert
    expect(province).toEqual(['AR']);
    expect(city).toEqual(['PR']);
  });

  it('reads a name only before the word its country writes, and only as the whole capitalised run', () => {
    // Act
    const otherWord = codes('Shipping in the Gulf region slowed after the storm.');
    const usBody = codes('The Florida Department of Health reported 40 new cases.');
    const longerName = codes('Voters in the Great Lakes State backed the measure.');
    const compass = codes('Floods hit the Central Province on Monday.');

    // Assert
    expect(otherWord).toEqual([]);
    expect(usBody).toEqual(['US']);
    expect(longerName).toEqual([]);
    expect(compass).toEqual([]);
  });
});
