import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../../functions/core/text/sort.js';

interface Item {
  readonly key: number;
  readonly id: number;
}
const byKey = (a: Item, b: Item) => a.key - b.key;
const itemsOf = (keys: readonly number[]): Item[] => keys.map((key, id) => ({ key, id }));

describe('sortInPlace', () => {
  it('gives the order of Array.prototype.sort, equal items in their original order', () => {
    // Few distinct keys, so most lists have ties; lengths on both sides of the insertion-sort limit.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 120 }), (keys) => {
        const expected = itemsOf(keys).sort(byKey);
        expect(sortInPlace(itemsOf(keys), byKey)).toEqual(expected);
      }),
    );
  });

  it('sorts by a descending comparator with a tie-break as the built-in does', () => {
    const compare = (a: Item, b: Item) => b.key - a.key || b.id - a.id;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 60 }), (keys) => {
        expect(sortInPlace(itemsOf(keys), compare)).toEqual(itemsOf(keys).sort(compare));
      }),
    );
  });

  it('sorts the list it is given and returns that list', () => {
    const items = itemsOf([3, 1, 2]);
    const sorted = sortInPlace(items, byKey);
    expect(sorted).toBe(items);
    expect(items.map((i) => i.key)).toEqual([1, 2, 3]);
  });

  it('leaves empty and one-item lists as they are', () => {
    expect(sortInPlace([], byKey)).toEqual([]);
    expect(sortInPlace(itemsOf([7]), byKey)).toEqual([{ key: 7, id: 0 }]);
  });
});
