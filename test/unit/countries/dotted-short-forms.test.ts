import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const focusOf = (title: string, body: string) =>
  tagStory({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe('a country short form written with periods', () => {
  it('reads "N.Z." as New Zealand, as "U.K." is read as Britain', () => {
    // Arrange
    const body = 'The N.Z. government said on Tuesday the current account deficit widened in February.';

    // Act
    const codes = focusOf('', body);

    // Assert
    expect(codes).toEqual(['NZ']);
  });

  it('reads "N.Z." opening an all-capitals headline over an empty body', () => {
    const codes = focusOf('N.Z. MARCH TRADE SURPLUS 412 MLN V 288 MLN FEB - GOVT', '');

    expect(codes).toEqual(['NZ']);
  });
});
