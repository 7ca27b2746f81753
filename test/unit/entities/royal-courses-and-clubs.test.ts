import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('"Royal" before a place’s name', () => {
  it('is a course where a locative names it ("at Royal Melbourne")', () => {
    // Arrange
    const body = 'Rory McIlroy won the Australian Open by two shots at Royal Melbourne on Sunday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Royal Melbourne/place');
    expect(found).not.toContain('Royal Melbourne/person');
  });

  it('is a club that plays ("Royal Antwerp beat Genk")', () => {
    expect(typedNames('Royal Antwerp beat Genk 2-1 on Saturday.')).toContain('Royal Antwerp/organization');
  });

  it('leaves a person named Royal ("Royal Smith said he")', () => {
    expect(typedNames('Royal Smith said he was delighted with the win.')).toContain('Royal Smith/person');
  });
});
