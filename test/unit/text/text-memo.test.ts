import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../../functions/core/text/text-memo.js';

describe('TextMemo', () => {
  it('answers a text it was given and returns the value it stores', () => {
    const memo = new TextMemo<number>(10);

    const stored = memo.set('Hyperconnectivity', 7);

    expect(stored).toBe(7);
    expect(memo.get('Hyperconnectivity')).toBe(7);
    expect(memo.get('other')).toBeUndefined();
  });

  it('starts over when full, so it never holds more than its limit', () => {
    const memo = new TextMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);

    memo.set('c', 3);

    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, undefined, 3]);
  });
});
