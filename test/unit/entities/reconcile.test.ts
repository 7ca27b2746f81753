import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ids = (body: string) => tagArticle({ body }).entities.filter((e) => e.name === 'Georgia');

describe('Georgia as a place entity follows the country reading', () => {
  it('is the US state in a story about Atlanta, not the country', () => {
    const georgia = ids('Voters in Georgia lined up in Atlanta as the state counted ballots.');

    expect(georgia.map((e) => e.id)).toEqual(['place:georgia-us-state']);
  });

  it('keeps the country and the state apart when a story names both', () => {
    const body =
      'Georgia accused Russia of stirring unrest; protesters filled Tbilisi. In the U.S. state of Georgia, ' +
      'early voting began.';
    const georgia = ids(body);

    expect(georgia.find((e) => e.id === 'place:iso:GE')?.mentions.map((m) => m.start)).toEqual([0]);
    expect(georgia.find((e) => e.id === 'place:georgia-us-state')?.mentions.map((m) => m.start)).toEqual([
      body.lastIndexOf('Georgia'),
    ]);
  });

  it('is the country in a story about the Caucasus', () => {
    expect(
      ids('Georgia accused Russia of stirring unrest; protesters filled Tbilisi.').map((e) => e.id),
    ).toEqual(['place:iso:GE']);
  });
});
