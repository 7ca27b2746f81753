import { describe, expect, it } from 'vitest';
import { mentionsOf, typedNames } from './entities-of.js';

describe('aid and rights groups the news quotes', () => {
  it('types groups named by ordinary words or one coined word as organisations, not things or people', () => {
    // Arrange
    const body =
      'Human Rights Watch said the verdict was unfair. Doctors Without Borders said its clinic in the town was ' +
      'hit twice. Oxfam said aid trucks had waited for a week, and Global Witness said the mine had polluted the river.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(
      expect.arrayContaining([
        'Human Rights Watch/organization',
        'Doctors Without Borders/organization',
        'Oxfam/organization',
        'Global Witness/organization',
      ]),
    );
  });

  it('keeps "the" and "of the" inside a listed group\'s name: "Save the Children", "Friends of the Earth"', () => {
    // Arrange
    const body =
      'Save the Children said 40 children had died since June. A spokeswoman for Friends of the Earth said the ' +
      'plan would fail.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(
      expect.arrayContaining(['Save the Children/organization', 'Friends of the Earth/organization']),
    );
  });

  it('gives a group written by its acronym or its French name the id of its English name', () => {
    // Arrange
    const body =
      'Medecins Sans Frontieres (MSF) said its hospital was shelled. MSF has 300 staff in the region.';

    // Act
    const mentions = mentionsOf(body);

    // Assert
    expect(mentions.find((line) => line.startsWith('organization:doctors-without-borders:'))).toBeDefined();
  });

  it('leaves "RSF" alone, Sudan\'s Rapid Support Forces in most news, not Reporters Without Borders', () => {
    // Arrange
    const body = 'The RSF seized an army base in North Kordofan on Sunday, the paramilitary group said.';

    // Act
    const mentions = mentionsOf(body);

    // Assert
    expect(mentions.some((line) => line.startsWith('organization:reporters-without-borders'))).toBe(false);
  });

  it('does not join an ordinary "Save the …" that names no listed group', () => {
    // Arrange
    const body = 'Save the date, the mayor told residents on Monday.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities.some((e) => e.startsWith('Save'))).toBe(false);
  });
});
