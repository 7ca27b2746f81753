import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Session 45 (places45, wild45 item 14): England's metropolitan counties and the Old Bailey name Britain, so UK crime
// copy that names no other British place has its country. Stories are invented.
describe("Britain's courts and police forces", () => {
  it.each([
    ['the Old Bailey', 'A jury at the Old Bailey found the man guilty of murder on Tuesday.'],
    ['Greater Manchester Police', 'Greater Manchester Police said a man had been arrested in Salford.'],
    ['a town in Greater Manchester', 'Two men were arrested in Salford, Greater Manchester, on Tuesday.'],
    ['Merseyside Police', 'Merseyside Police said a woman had been charged over the fire.'],
    ['West Midlands Police', 'Officers from West Midlands Police raided a house on Tuesday.'],
  ])('puts Britain in focus for %s', (_cue, body) => {
    // Act
    const focus = focusOf({ body });

    // Assert
    expect(focus).toEqual(['GB']);
  });
});
