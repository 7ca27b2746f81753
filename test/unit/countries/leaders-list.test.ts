import { describe, expect, it } from 'vitest';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string) => ofArticle({ body });

describe("a short story's list of leaders named by country and office", () => {
  it('puts every listed leader\'s country in focus, the last "and X" too', () => {
    const { focus, pairs } = focusAndPairs(
      'Leaders of the G20 met in Johannesburg on Saturday. Japanese Prime Minister Sanae Takaichi, Turkish ' +
        'President Recep Tayyip Erdogan and Brazilian President Luiz Inacio Lula da Silva attended.',
    );

    expect(focus).toEqual(expect.arrayContaining(['BR', 'JP', 'TR']));
    expect(pairs).toEqual(expect.arrayContaining(['BR-JP', 'BR-TR', 'JP-TR']));
  });
});
