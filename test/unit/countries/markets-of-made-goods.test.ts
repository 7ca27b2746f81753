import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// Invented stories (session 62, review61's ★2 on a plant's markets).
describe('where the goods a plant makes are sent, told after the lead', () => {
  it('is a market: no focus and no pair for it', () => {
    // Arrange
    const article = {
      title: 'Whirlpool to cut 600 jobs at Ohio plant',
      body: 'CLYDE, Ohio (AP) — Whirlpool will cut about 600 jobs at its washer plant here as it moves part of the work to Mexico, the company said Tuesday. The plant also makes dryers shipped to Canada and Chile.',
    };

    // Act
    const read = focusAndPairs(article);

    // Assert
    expect(read.focus).not.toContain('CA');
    expect(read.focus).not.toContain('CL');
    expect(read.pairs.filter((p) => p.includes('CA') || p.includes('CL'))).toEqual([]);
  });

  it('is news of that trade when the lead tells it, and no market when nothing is made', () => {
    // Arrange
    const lead = {
      title: '',
      body: 'Turkish mills made steel rebar shipped to Israel at a record pace in May, customs data showed.',
    };
    const approved = { title: '', body: 'Norway approved air defence systems shipped to Ukraine on Monday.' };

    // Act
    const read = [lead, approved].map(focusAndPairs);

    // Assert
    expect(read[0]!.pairs).toEqual(['IL-TR']);
    expect(read[1]!.pairs).toEqual(['NO-UA']);
  });
});
