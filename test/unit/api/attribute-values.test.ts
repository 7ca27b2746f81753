import { describe, expect, it } from 'vitest';
import { attributesOf, nativeItem } from '../../../functions/adapters/attribute-values.js';

/** The query repository's own attribute-value conversion, which stands in for the document client's. */
describe('attribute values of the query repository', () => {
  it('writes request values as string, number and boolean attributes', () => {
    // Arrange
    const values = { ':pk': 'IDX#country#US#3', ':limit': 20, ':focus': true };

    // Act
    const attributes = attributesOf(values);

    // Assert
    expect(attributes).toEqual({
      ':pk': { S: 'IDX#country#US#3' },
      ':limit': { N: '20' },
      ':focus': { BOOL: true },
    });
  });

  it('reads an item as the document client does: numbers as numbers, sets as Sets, nested lists and maps', () => {
    // Arrange
    const item = {
      pk: { S: 'CLAIM#abc' },
      v: { N: '3' },
      score: { N: '0.875' },
      focus: { BOOL: false },
      m: { SS: ['k3V9xq2LrT0bWm4A', 'a1B2c3D4e5F6g7H8'] },
      co: { L: [{ S: 'c:US' }, { S: 'p:CN-US' }] },
      tags: { M: { n: { N: '2' }, label: { S: 'politics' }, none: { NULL: true } } },
      counts: { NS: ['1', '2'] },
    };

    // Act
    const native = nativeItem(item);

    // Assert
    expect(native).toEqual({
      pk: 'CLAIM#abc',
      v: 3,
      score: 0.875,
      focus: false,
      m: new Set(['k3V9xq2LrT0bWm4A', 'a1B2c3D4e5F6g7H8']),
      co: ['c:US', 'p:CN-US'],
      tags: { n: 2, label: 'politics', none: null },
      counts: new Set([1, 2]),
    });
  });
});
