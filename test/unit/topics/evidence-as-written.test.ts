import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** Every evidence phrase of every topic that is not found in the article as written (case aside). */
const unquoted = (title: string, body: string): string[] => {
  const text = `${title}\n${body}`.toLowerCase().replace(/\s+/g, ' ');
  return tagArticle({ title, body })
    .topics.flatMap((t) => t.evidence ?? [])
    .filter((e) => !e.startsWith('countries:') && !text.includes(e.toLowerCase()));
};

describe('topic evidence', () => {
  it('quotes a capitalised name in the form the article writes it', () => {
    const title = 'Tories pledge to cut council tax';
    const body =
      'The Tories have promised to cut council tax for pensioners if they win the general election, and ' +
      'the Liberal Democrat leader said the plan was uncosted. Labour MPs called it a gimmick.';

    expect(unquoted(title, body)).toEqual([]);
  });

  it('quotes a hyphenated phrase and a distance with their hyphen and without a space', () => {
    const title = 'Late drop-goal wins it for Wales';
    const body =
      'A drop-goal in the last minute gave Wales victory over Ireland in the Six Nations on Saturday. ' +
      'Earlier, the Welsh sprinter won the 200m at the indoor championships in Birmingham.';

    expect(unquoted(title, body)).toEqual([]);
  });

  it('quotes a phrase written across a line break, a double space or a no-break space with one space', () => {
    // Arrange: the same phrases written with single spaces and with other white space between words.
    const evidence = (body: string) =>
      tagArticle({ title: 'Rates held', body }).topics.map((t) => [t.id, t.evidence]);
    const plain = 'The central bank kept interest rates on hold, and the stock exchange rose.';
    // Act
    const spaced = evidence(
      'The central\nbank kept interest  rates on hold, and the stock\u00a0exchange rose.',
    );
    // Assert
    expect(spaced).toEqual(evidence(plain));
    expect(spaced.flatMap(([, e]) => e ?? [])).toEqual(
      expect.arrayContaining(['central bank', 'interest rates', 'stock exchange']),
    );
  });
});
