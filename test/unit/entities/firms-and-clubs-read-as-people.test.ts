import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('firms and clubs of a person’s shape (review33 ★E3)', () => {
  it('reads two initials before a name that "its" takes up as a firm ("CK Hutchison")', () => {
    // Arrange
    const body = 'HONG KONG (Reuters) - CK Hutchison said on Tuesday it would sell its ports business.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('CK Hutchison/organization');
  });

  it('keeps initials before a surname a person otherwise ("KL Rahul")', () => {
    expect(typedNames('KL Rahul scored a century and said his form was back.')).toContain('KL Rahul/person');
  });

  it('reads a town and a plural after "champion" as a club', () => {
    const found = typedNames(
      'In baseball, the World Series champion Los Angeles Dodgers agreed to a one-year deal with catcher Austin Barnes.',
    );
    expect(found).toContain('Los Angeles Dodgers/organization');
    expect(found).toContain('Austin Barnes/person');
  });

  it('keeps a champion’s name a person ("defending champion Jannik Sinner")', () => {
    expect(typedNames('The defending champion Jannik Sinner lost in the final.')).toContain(
      'Jannik Sinner/person',
    );
  });
});
