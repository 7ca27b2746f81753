import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 57: single words wild56 found read in another desk's sense. Stories are invented.
const topicIds = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);
const ASSAULT = 'medtop:20000084';
const EARNINGS = 'medtop:20000178';
const INTEREST_RATES = 'medtop:20000371';
const LABOUR_STRIKE = 'medtop:20000530';
const INFORMATION_TECHNOLOGY = 'medtop:20000763';
const PEACE_PROCESS = 'medtop:20000073';

describe('words of one desk told in another sense (wild56)', () => {
  it.each([
    [
      'a mug of mulled wine is no mugging',
      'Markets return',
      'Stalls sell a mug of mulled wine for four euros.',
      ASSAULT,
    ],
    [
      'a bishop styled "the Rt Rev" is no revenue',
      'New bishop named',
      'The diocese has named the Rt Rev Alma Treverton as its next bishop.',
      EARNINGS,
    ],
    [
      'federal funding is no federal funds rate',
      'Bridge approved',
      'The county board approved federal funding for a new bridge over the river.',
      INTEREST_RATES,
    ],
    [
      'a deal struck is no strike',
      'Trade talks',
      'Officials fear Ottawa will strike its own deal with Washington before the summit.',
      LABOUR_STRIKE,
    ],
    [
      'a vegetable patch is no software patch',
      'Show winners',
      'Gardeners across the county dug their vegetable patches after the frost. One patch produced a record marrow, ' +
        'and her patch of leeks won first prize.',
      INFORMATION_TECHNOLOGY,
    ],
    [
      'a reactor decommissioned is no peace process',
      'Plant closure',
      'The reactor was decommissioned in 2019 and the site is being cleaned up.',
      PEACE_PROCESS,
    ],
  ])('%s', (_, title, body, absent) => {
    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).not.toContain(absent);
  });

  it("reads no revenue line in a clergy member's style before the name (review57)", () => {
    expect(
      topicIds('Rally', 'Rev. Al Sharpton told the crowd that the fight for voting rights was not over.'),
    ).not.toContain(EARNINGS);
  });

  it.each([
    ['a mugging', 'Man robbed', 'A man was mugged on his way home from work, police said.', ASSAULT],
    [
      'revenue in a results table',
      'Results',
      'Shr 1.20 dlrs vs 90 cts. Net 4.5 mln vs 3.2 mln. Rev 24.5 mln.',
      EARNINGS,
    ],
    [
      'the federal funds rate',
      'Fed holds',
      'The Fed kept the federal funds rate at 3.75 percent.',
      INTEREST_RATES,
    ],
    [
      'a walkout',
      'Nurses walk out',
      'Nurses will strike for 48 hours next week after pay talks failed.',
      LABOUR_STRIKE,
    ],
    [
      'a security patch',
      'Update',
      'The company released a security patch for the flaw on Tuesday.',
      INFORMATION_TECHNOLOGY,
    ],
  ])('keeps %s', (_, title, body, present) => {
    expect(topicIds(title, body)).toContain(present);
  });
});
