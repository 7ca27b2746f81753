import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('firms whose names look like a title or a list of two', () => {
  it('reads a title’s initials before one plural noun as a firm ("MP Materials")', () => {
    // Arrange
    const body = 'Shares of U.S.-listed MP Materials jumped 12 percent after the deal.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('MP Materials/organization');
    expect(found).not.toContain('Materials/person');
  });

  it('keeps a title before a plural-shaped surname a person ("Judge Woods")', () => {
    expect(typedNames('Judge Woods dismissed the case on Monday.')).not.toContain('Judge Woods/organization');
    expect(typedNames('Veteran MP Diane Abbott criticised the party.')).toContain('Diane Abbott/person');
  });

  it('ends a bank holding company’s name at "Bancorporation" before "and"', () => {
    const found = typedNames('Regional lenders Zions Bancorporation and Western Alliance disclosed losses.');
    expect(found).toContain('Zions Bancorporation/organization');
    expect(found).toContain('Western Alliance/organization');
  });

  it('reads a name ending in "Bancorporation" as a firm', () => {
    expect(typedNames('Analysts said Western Alliance Bancorporation had enough capital.')).toContain(
      'Western Alliance Bancorporation/organization',
    );
  });
});
