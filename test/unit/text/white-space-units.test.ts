import { describe, expect, it } from 'vitest';
import { isWhiteSpaceUnit } from '../../../functions/core/text/chars.js';

// The one list of white space by code unit that the token scanner and the country mentions' span reader share.
describe('isWhiteSpaceUnit', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    // Arrange
    const disagreements: number[] = [];

    // Act
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) disagreements.push(c);

    // Assert
    expect(disagreements).toEqual([]);
  });
});
