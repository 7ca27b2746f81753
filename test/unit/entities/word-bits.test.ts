import { describe, expect, it } from 'vitest';
import '../../../functions/core/entities/classify.js';
import {
  analyseWords,
  mixedCaseChunks,
  splitNamePairs,
  type Word,
} from '../../../functions/core/entities/chunk.js';
import { CORE_SHAPES, CoreShapes, WordBits } from '../../../functions/core/entities/word-bits.js';
import { prepareField } from '../../../functions/core/text/document.js';

const lists = {
  heads: new Set(['bank', 'ministry', 'corp']),
  days: new Set(['day', 'eve']),
};

function questions() {
  const bits = new WordBits();
  const head = bits.bit((lower) => lists.heads.has(lower));
  const day = bits.bit((lower) => lists.days.has(lower));
  const hyphened = bits.bit((lower) => lower.includes('-'));
  return { bits, head, day, hyphened };
}

describe('WordBits', () => {
  it("gives each question's own answer for every token text, asked again and again by vocabulary number", () => {
    // Arrange
    const { bits, head, day, hyphened } = questions();
    const field = prepareField(
      'body',
      'The Bank said on Election Day that the bank and Anti-Graft Ministry day.',
    );
    // Act: every token asked three times, so later answers come from the memo.
    const answers = [0, 1, 2].flatMap(() =>
      field.tokens.map((t, i) => bits.of(t.text.toLowerCase(), field.wordIds[i] ?? -1)),
    );
    // Assert
    const expected = field.tokens.map((t) => {
      const lower = t.text.toLowerCase();
      return (
        (lists.heads.has(lower) ? head : 0) |
        (lists.days.has(lower) ? day : 0) |
        (lower.includes('-') ? hyphened : 0)
      );
    });
    expect(answers).toEqual([...expected, ...expected, ...expected]);
  });

  it('answers a form made up in passing (no vocabulary number) without remembering it', () => {
    const { bits, head, day } = questions();
    expect(bits.of('corp', -1)).toBe(head);
    expect(bits.of('eve', -1)).toBe(day);
    expect(bits.of('corp.', -1)).toBe(0);
  });

  it('refuses a question added after answers were given, and more than 31 questions', () => {
    const { bits } = questions();
    bits.of('bank', -1);
    expect(() => bits.bit(() => true)).toThrow();
    const many = new WordBits();
    for (let i = 0; i < 31; i++) many.bit(() => false);
    expect(() => many.bit(() => false)).toThrow();
  });
});

describe('CoreShapes', () => {
  it("answers each test of a word's core as the test does", () => {
    // Arrange: cores of acronyms, credit grades, fiscal periods and plain names.
    const text = 'The IMF said Fitch rated Ghana B3 and BBB-minus in Q2 FY26, and NATO met Acme in H1.';
    const cores = analyseWords(prepareField('body', text), false)
      .filter((w): w is Word => w !== null)
      .map((w) => w.core);
    const tests = [/^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u, /^(?:Q[1-4]|H[12]|FY\d{2,4})$/, /^B\d$/];
    const shapes = new CoreShapes();
    const bits = tests.map((test) => shapes.bit((core) => test.test(core)));
    // Act
    const answers = cores.map((core) => bits.map((bit) => (shapes.of(core) & bit) !== 0));
    // Assert
    expect(answers).toEqual(cores.map((core) => tests.map((test) => test.test(core))));
    expect(answers.flat().filter(Boolean).length).toBeGreaterThan(4);
  });

  it('refuses a test added after the first answer', () => {
    // Arrange
    const shapes = new CoreShapes();
    shapes.bit((core) => core === 'IMF');
    shapes.of('IMF');
    // Act / Assert
    expect(() => shapes.bit((core) => core === 'G7')).toThrow();
  });

  it("gives every word of every chunk the shapes of its own core, also words made from another's text", () => {
    // Arrange: "Norwest Corp." takes its period, "the Trump-Lee summit" splits into two names.
    const field = prepareField(
      'body',
      'Shares of Norwest Corp. rose. The Trump-Lee summit opened in Seoul, and Trump met Lee on Friday.',
    );
    const words = analyseWords(field, false);
    // Act
    const chunks = splitNamePairs(
      field,
      mixedCaseChunks(field, words),
      () => true,
      () => false,
    );
    // Assert
    const chunkWords = chunks.flatMap((c) => c.words);
    expect(chunkWords.map((w) => w.core)).toEqual(expect.arrayContaining(['Corp.', 'Trump', 'Lee']));
    expect(chunkWords.map((w) => w.shapes)).toEqual(chunkWords.map((w) => CORE_SHAPES.of(w.core)));
  });
});
