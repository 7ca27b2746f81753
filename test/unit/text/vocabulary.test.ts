import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { tokenize } from '../../../functions/core/text/tokens.js';
import { renewVocabularyIfFull, WordMemo, wordIdsOf } from '../../../functions/core/text/vocabulary.js';

const ARTICLE = {
  title: 'Bank of England holds rates as Sunak meets Macron in Paris',
  body:
    'LONDON (Reuters) - The Bank of England kept interest rates on hold on Thursday. Prime Minister ' +
    "Rishi Sunak met French President Emmanuel Macron in Paris to discuss trade, Sunak's office said. " +
    'Bank of England Governor Andrew Bailey told reporters inflation was falling in Britain.',
};

/** Numbers enough distinct texts to fill the vocabulary, then lets the next document start it over. */
function fillVocabulary(): void {
  const filler = Array.from({ length: 200_000 }, (_, i) => {
    const text = `filler${i}`;
    return { text, start: 0, end: text.length };
  });
  wordIdsOf(filler);
  renewVocabularyIfFull();
}

describe('vocabulary', () => {
  it('gives one text the same number in every document, and different texts different numbers', () => {
    const first = wordIdsOf(tokenize('the bank and the Bank'));
    const second = wordIdsOf(tokenize('Bank the'));

    expect(first[0]).toBe(first[3]);
    expect(new Set(first).size).toBe(4);
    expect(second).toEqual([first[4], first[0]]);
  });

  it('keeps every text its own number while the table grows past thousands of texts', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `word${i}`).concat(['é', 'Zürich', 'naïve', '東京']);
    const asTokens = (list: string[]) => list.map((text) => ({ text, start: 0, end: text.length }));

    const first = wordIdsOf(asTokens(texts));
    const again = wordIdsOf(asTokens([...texts].reverse()));

    expect(new Set(first).size).toBe(texts.length);
    expect(again).toEqual([...first].reverse());
  });

  it("leaves every token's text the characters it spans, whatever the text's alphabet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Bank', 'bank', 'the', '’', 'é', 'Zürich', '東京', 'x', ' ', '.')),
        (parts) => {
          const text = `“${parts.join(' ')}”`;
          const tokens = tokenize(text);

          wordIdsOf(tokens);

          for (const token of tokens) expect(token.text).toBe(text.slice(token.start, token.end));
        },
      ),
    );
  });

  it('empties a memo when the vocabulary starts over, so old numbers never read new texts', () => {
    const memo = new WordMemo<string>();
    const [id] = wordIdsOf(tokenize('zebra'));
    memo.current().set(id ?? 0, 'zebra');

    fillVocabulary();

    expect(memo.current().get(id ?? 0)).toBeUndefined();
  });

  it('tags an article the same before and after the vocabulary starts over', () => {
    const before = tagArticle(ARTICLE);

    fillVocabulary();
    const after = tagArticle(ARTICLE);

    expect(after).toEqual(before);
    expect(after.entities.length).toBeGreaterThan(0);
  });
});
