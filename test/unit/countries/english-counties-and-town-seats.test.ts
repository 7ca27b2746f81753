import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// England's shire counties named alone, and a town named by its council or its seat in parliament (places49).
// Sentences written for these tests.
const codes = (title: string, body: string, dateline?: string) =>
  tagArticle({ id: 'counties', title, body, ...(dateline ? { dateline } : {}) })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("England's counties and towns' seats", () => {
  it('places a local story that names only an English county', () => {
    // Act
    const found = [
      codes('Police appeal after crash', 'Lancashire Police appealed for witnesses after a crash on Sunday.'),
      codes(
        'Homes flooded',
        'Hundreds of homes were flooded in Somerset and Dorset after a river burst its banks.',
      ),
    ];

    // Assert
    expect(found).toEqual([['GB'], ['GB']]);
  });

  it('gives a town named by an ordinary word its county as context', () => {
    // Act
    const hampshire = codes(
      'Man arrested after stabbing',
      'Police arrested a man after a stabbing in Fleet in Hampshire on Saturday night.',
    );
    const surrey = codes(
      'Fire at warehouse',
      'Firefighters tackled a blaze at a warehouse in Staines in Surrey on Monday night, the fire service said.',
    );

    // Assert
    expect(hampshire).toEqual(['GB']);
    expect(surrey).toEqual(['GB']);
  });

  it('reads Berkshire Hathaway as no English county', () => {
    // Act
    const found = codes(
      'Buffett firm reports profit',
      'Berkshire Hathaway said on Saturday its operating profit rose.',
      'OMAHA, Nebraska',
    );

    // Assert
    expect(found).toEqual(['US']);
  });

  it('places a town named by its by-election, constituency, MP or district council', () => {
    // Act
    const found = [
      codes(
        'Lib Dems win Horsham by-election',
        'The Liberal Democrats won the Horsham by-election on Thursday.',
      ),
      codes('Voters go to the polls', 'Voters in the Horsham constituency went to the polls on Thursday.'),
      codes('Council approves budget', 'Horsham District Council approved its budget on Wednesday.'),
      codes('MP to stand down', 'The Horsham MP said on Friday she would stand down at the next election.'),
    ];

    // Assert
    expect(found).toEqual([['GB'], ['GB'], ['GB'], ['GB']]);
  });

  it("reads an American '<name> County' as America's, and England's county councils as England's", () => {
    // Act
    const delaware = codes(
      'Man arrested',
      'Police in Sussex County, Delaware, arrested a man after a shooting on Route 1.',
    );
    const pennsylvania = codes(
      'Plane crash',
      'A small plane crashed in Somerset County, Pennsylvania, killing two.',
    );
    const council = codes(
      'Road to close',
      'Hampshire County Council said the road would close for repairs next week.',
    );

    // Assert
    expect(delaware).toEqual(['US']);
    expect(pennsylvania).toEqual(['US']);
    expect(council).toEqual(['GB']);
  });
});
