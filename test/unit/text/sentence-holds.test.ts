import { describe, expect, it } from 'vitest';
import { sentenceHolds } from '../../../functions/core/text/sentence-holds.js';

/** A pattern that counts the texts it is run on. */
function countingPattern(pattern: RegExp): { pattern: { test(text: string): boolean }; runs: () => number } {
  let runs = 0;
  return {
    pattern: {
      test: (text: string) => {
        runs++;
        return pattern.test(text);
      },
    },
    runs: () => runs,
  };
}

describe('sentenceHolds', () => {
  it('answers whether each sentence holds a match of the pattern, not the text around it', () => {
    const text = 'A study of data from eight countries. Exports rose in China.';
    const first = { start: 0, end: 37 };
    const second = { start: 38, end: text.length };

    const holds = sentenceHolds(text, /\b(?:study|data)\b/i);

    expect(holds(first)).toBe(true);
    expect(holds(second)).toBe(false);
  });

  it('reads each sentence once, however often it is asked about', () => {
    const text = `A survey of ${'Chile, '.repeat(1000)}and Peru.`;
    const sentence = { start: 0, end: text.length };
    const other = { start: 12, end: 18 };
    const { pattern, runs } = countingPattern(/\bsurvey\b/i);
    const holds = sentenceHolds(text, pattern);

    const answers = Array.from({ length: 1000 }, () => holds(sentence));
    const otherAnswer = holds(other);

    expect(answers.every((a) => a)).toBe(true);
    expect(otherAnswer).toBe(false);
    expect(runs()).toBe(2);
  });
});
