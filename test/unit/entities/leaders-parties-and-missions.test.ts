import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a leader’s name in the possessive before "party"', () => {
  it('is the person who owns the party ("Peter Magyar’s party leads")', () => {
    // Arrange
    const body = "Peter Magyar's party leads in the polls. Mark Rutte's party lost seats.";

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Peter Magyar/person');
    expect(found).toContain('Mark Rutte/person');
  });

  it('leaves a party’s own name before "party" a body ("the Jan Suraaj party")', () => {
    expect(typedNames('The Jan Suraaj party won two seats.')).toContain('Jan Suraaj/organization');
  });
});

describe('"Mission" ending a body’s name', () => {
  it('makes it an organisation ("United Nations Mission in South Sudan")', () => {
    expect(typedNames('The United Nations Mission in South Sudan said civilians were killed.')).toContain(
      'United Nations Mission/organization',
    );
  });
});
