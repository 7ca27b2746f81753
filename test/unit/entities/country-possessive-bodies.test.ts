import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe("a country's possessive before a body's name", () => {
  it('keeps the country out of the body: "Brazil\'s Supreme Court", "South Africa\'s Reserve Bank"', () => {
    const entities = typedNames(
      "The appeal was rejected by Brazil's Supreme Court on Tuesday. South Africa's Reserve Bank held rates.",
    );

    expect(entities).toContain('Brazilian Supreme Court/organization');
    expect(entities).toContain('South African Reserve Bank/organization');
    expect(entities).toContain('Brazil/place');
    expect(entities).toContain('South Africa/place');
    expect(entities).not.toContain("Brazil's Supreme Court/organization");
  });

  it('still joins a possessive that is part of a firm\'s name: "Moody\'s Investors Service"', () => {
    const entities = typedNames("The bonds were cut by Moody's Investors Service on Friday.");

    expect(entities).toContain("Moody's Investors Service/organization");
  });
});
