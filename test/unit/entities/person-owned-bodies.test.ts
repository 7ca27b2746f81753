import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe("a person's possessive before a body's name", () => {
  it('splits the person named in full from the body that follows: "Khalifa Haftar\'s Libyan National Army"', () => {
    // Arrange
    const body = "Khalifa Haftar's Libyan National Army holds sway in the east, from Benghazi to the border.";

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(
      expect.arrayContaining(['Khalifa Haftar/person', 'Libyan National Army/organization']),
    );
    expect(entities.some((e) => e.includes("Haftar's"))).toBe(false);
  });

  it('splits a tycoon from his firm: "Mukesh Ambani\'s Reliance Industries", "Gautam Adani\'s Adani Group"', () => {
    // Arrange
    const body =
      "Mukesh Ambani's Reliance Industries said profit rose 9%. Gautam Adani's Adani Group denied the charges.";

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(
      expect.arrayContaining([
        'Mukesh Ambani/person',
        'Reliance Industries/organization',
        'Gautam Adani/person',
        'Adani Group/organization',
      ]),
    );
  });

  it('still keeps a firm named with a possessive and no given name whole: "Trader Joe\'s Co"', () => {
    // Arrange
    const body = "Trader Joe's Co recalled two kinds of cookies on Friday.";

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toContain("Trader Joe's Co/organization");
  });
});
