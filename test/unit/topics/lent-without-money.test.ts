import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★2): support, weight or a painting lent is no bank's loan. Stories are invented.
const BANKING = 'medtop:20000274';

describe('a loan of no money gives no banking (wild45 ★2)', () => {
  it.each([
    [
      'a state that will lend its support',
      'The United States will lend its support to the resolution, the ambassador said.',
    ],
    [
      'evidence that lends weight to claims',
      'The new evidence lends weight to claims that the minister misled parliament.',
    ],
    [
      'a museum that will lend a painting',
      'The museum will lend the painting to the Louvre for an exhibition.',
    ],
    [
      'a minister who lent his backing',
      "Brazil's foreign minister lent his backing to the ceasefire proposal.",
    ],
  ])('gives %s no banking', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(BANKING);
  });

  it.each([
    [
      'a bank that will lend billions',
      'The bank will lend 2 billion dollars to small businesses at a lower interest rate.',
    ],
    [
      'banks reluctant to lend to buyers',
      'Banks are reluctant to lend to first-time buyers as mortgage rates rise.',
    ],
    ['bank lending that fell', 'Bank lending to small firms fell for a third month.'],
  ])('keeps %s under banking', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(BANKING);
  });
});

// fixT45 (read45 l1): the loan may be named in the sentence after the verb's.
describe('a loan whose money is told in the next sentence keeps banking (read45 l1)', () => {
  it('keeps a lend whose next sentence names the loan under banking', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Japan agreed on Friday to lend Indonesia more. The loan, worth $2 billion, will help Jakarta refinance.',
    });

    // Assert
    expect(ids(result.topics)).toContain(BANKING);
  });
});
