import { describe, expect, it } from 'vitest';
import { matchedWords } from '../../../functions/core/topics/matched-words.js';

// tidy48: the loop five other-sense checks wrote out (crashes, risked accidents, stakes, river banks, stolen contests).
describe('matched words: the word each match of a check names', () => {
  it('spans the first group that took part in each match, pattern by pattern', () => {
    // Arrange
    const text = 'The river burst its banks. Crowds gathered on the banks of the Avon.';
    const waters = /\b(?:river|canal)'s\s+(banks?)\b|\bburst\s+its\s+(banks?)\b/g;
    const along = /\bon\s+the\s+(banks?)\s+of\b/g;

    // Act
    const spans = matchedWords(text, [along, waters]);

    // Assert
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['banks', 'banks']);
    expect(spans.map(([start]) => start)).toEqual([text.lastIndexOf('banks'), text.indexOf('banks')]);
  });

  it('spans the grouped word where the match holds it', () => {
    // Arrange
    const text = 'Stakes were high: the stakes could not be higher.';
    const idiom = /\b[Tt]he\s+(stakes)\b/g;

    // Act
    const stakes = matchedWords(text, [idiom]);

    // Assert
    expect(stakes).toEqual([[22, 28]]);
  });

  it('refuses a pattern without the global flag instead of looping forever', () => {
    // Arrange
    const text = 'The car crashed. Shares crashed.';
    const once = /\b(crashed)\b/;

    // Act
    const act = () => matchedWords(text, [once]);

    // Assert
    expect(act).toThrow(TypeError);
  });

  it('passes over the matches its keep test refuses, and starts each pattern afresh', () => {
    // Arrange
    const text = 'Shares crashed 20%. The car crashed into a wall. Shares crashed again.';
    const crashed = /\b(crashed)\b/g;
    crashed.lastIndex = 40;

    // Act
    const spans = matchedWords(
      text,
      [crashed],
      (_pattern, m) => !text.slice(m.index - 4, m.index).includes('car'),
    );

    // Assert
    const last = text.lastIndexOf('crashed');
    expect(spans).toEqual([
      [7, 14],
      [last, last + 7],
    ]);
  });
});
