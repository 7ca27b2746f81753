import { describe, expect, it } from 'vitest';
import { columnValues } from '../../../functions/core/countries/gazetteer-columns.js';
import columns from '../../../functions/core/data/packed/gazetteer.js';

describe('the phrase keys’ word prefixes the phrase trie asks for', () => {
  it('are shipped as exactly the text of each phrase key before each of its spaces', () => {
    // Arrange: the prefixes as the trie reads them, from the shipped keys
    const keys = columnValues(columns.phrases.keys, columns.phrases.kinds.length);
    const expected = new Set<string>();
    for (const key of keys)
      for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1))
        expected.add(key.slice(0, space));

    // Act
    const shipped = new Set(columnValues(columns.prefixes, columns.prefixes.length));

    // Assert
    expect(shipped.size).toBeGreaterThan(500);
    expect([...shipped].sort()).toEqual([...expected].sort());
    expect(shipped.has('new')).toBe(true);
    expect(shipped.has('york')).toBe(false);
  });
});
