import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a newsmaker’s surname in capitals before a verb (read32 F11)', () => {
  it('is the person, as UN press releases write speakers', () => {
    // Arrange
    const body = 'GUTERRES said the Council must act before the winter.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).not.toContain('GUTERRES/organization');
    expect(found.some((name) => name.endsWith('/person'))).toBe(true);
  });

  it('still reads seven capitals no list knows as a person as a body', () => {
    expect(typedNames('NAVIGRA said it would send more officers to the border.')).toContain(
      'NAVIGRA/organization',
    );
  });
});
