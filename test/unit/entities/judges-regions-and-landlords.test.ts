import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a part-time judge’s title before a name', () => {
  it('is no part of the person’s name ("Recorder Peter Fish")', () => {
    // Arrange
    const body = 'Recorder Peter Fish told Andrew Collins, 54, that he had betrayed vulnerable people.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Peter Fish/person');
    expect(found.some((n) => n.startsWith('Recorder'))).toBe(false);
  });

  it('leaves the flight recorder a thing ("the flight data recorder")', () => {
    expect(
      typedNames('Investigators said the flight data recorder was found by Boeing engineers.'),
    ).toContain('Boeing/organization');
  });
});

describe('regions across borders that WordNet lacks', () => {
  it('are places as the subject of a sentence ("The Sahel has seen")', () => {
    const found = typedNames('The Sahel has seen a surge in kidnappings, officials in Niger said.');
    expect(found).toContain('Sahel/place');
  });

  it('are places in a strategist’s phrase ("the Indo-Pacific")', () => {
    expect(typedNames('The Indo-Pacific has seen rising naval tension, Japan said.')).toContain(
      'Indo-Pacific/place',
    );
  });
});

describe('Hong Kong’s landlords', () => {
  it('are firms, not a person of a given name’s shape ("Hongkong Land said")', () => {
    // Arrange
    const body = 'Hongkong Land said on Monday it would sell its stake in a Singapore office tower.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Hongkong Land/organization');
    expect(found).not.toContain('Hongkong Land/person');
  });
});
