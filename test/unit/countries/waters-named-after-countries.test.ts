import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild38a ★5: a gulf named after a country or a port put that country first, above the actor.
function codes(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a gulf, sea, bay or strait named after its shore', () => {
  it('names no country: "in the Gulf of Oman", "in the Gulf of Aden"', () => {
    // Arrange
    const body =
      "DUBAI - Iran's Revolutionary Guards seized an oil tanker in the Gulf of Oman on Thursday, state media said.";

    // Act
    const found = codes('Tanker seized in Gulf of Oman', body);

    // Assert
    expect(found).not.toContain('OM');
    expect(codes('Ship hijacked', 'Somali pirates hijacked a bulk carrier in the Gulf of Aden.')).toEqual([
      'SO',
    ]);
  });

  it('leaves the country named apart from the water', () => {
    const found = codes(
      'Oman frees tanker crew',
      "Oman's navy escorted the tanker out of the Gulf of Oman after talks in Muscat.",
    );

    expect(found).toContain('OM');
  });
});
