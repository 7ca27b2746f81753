import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('ordinary words ending in "Service(s)" or "Forces" before "Minister"', () => {
  it('name the portfolio, not a body ("Public Service Minister Judith Collins")', () => {
    // Arrange
    const body = 'Public Service Minister Judith Collins announced 2,000 job cuts on Tuesday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual(['Judith Collins/person']);
  });

  it('leave "Social Services" and "Armed Forces" out too', () => {
    expect(typedNames('Social Services Minister Amanda Rishby said payments would rise.')).toEqual([
      'Amanda Rishby/person',
    ]);
    expect(typedNames('Armed Forces Minister Luke Pollock said the troops would stay.')).toEqual([
      'Luke Pollock/person',
    ]);
  });

  it('keep a body before another title or a body that is no portfolio', () => {
    expect(typedNames('Security Council President Amar Bendaoud called the meeting.')).toContain(
      'Security Council/organization',
    );
    expect(typedNames('Home Office Minister Dan Jarrow said the scheme would end.')).toContain(
      'Home Office/organization',
    );
  });
});
