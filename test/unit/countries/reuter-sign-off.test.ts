import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

// 1980s Reuters wires end with a "REUTER" line (wild50 C18); read as a sentence it made a two-sentence item a
// three-sentence story, read by counts instead of by its main clause. Sentences written for these tests.
describe('a Reuters sign-off line does not lengthen a short item', () => {
  it('pairs the buyer and the seller of a two-sentence item signed off "REUTER"', () => {
    // Arrange
    const article = story(
      'ALGERIA BUYS BARLEY',
      'ALGIERS, June 2 - Algeria bought 80,000 tonnes of barley from Spain.\n' +
        '    Traders said the barley would be loaded in July.\n REUTER',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['DZ', 'ES']);
    expect(pairs).toEqual(['DZ-ES']);
  });

  it('keeps the members a one-line roll call names in focus above a "Reuter" line', () => {
    // Arrange
    const article = story(
      'NORDIC MINISTERS MEET IN OSLO',
      'OSLO, May 5 - Nordic trade ministers agreed to cut fishing quotas.\n' +
        '    Denmark, Sweden, Finland and Iceland took part.\nReuter',
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['DK', 'FI', 'IS', 'NO', 'SE']);
  });
});
