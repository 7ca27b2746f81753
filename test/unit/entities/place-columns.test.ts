import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a name alone in a table cell under a heading naming a kind of place (wild57)', () => {
  it('is a place', () => {
    // Arrange
    const body = [
      'Results by province:',
      '',
      '| Province | Votes |',
      '|---|---|',
      '| Kelmora | 55.9% |',
      '| Dravenia | 40.1% |',
    ].join('\n');

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual(expect.arrayContaining(['Kelmora/place', 'Dravenia/place']));
  });

  it('is no place under another heading', () => {
    const body = ['| Company | Stake |', '|---|---|', '| Kelmora | 5% |', '| Dravenia | 7% |'].join('\n');

    expect(typedNames(body).filter((name) => name.endsWith('/place'))).toEqual([]);
  });
});
