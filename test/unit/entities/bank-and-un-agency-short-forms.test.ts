import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe('short forms of a bank and of a UN agency named in full', () => {
  it('joins "First Keystone" to "First Keystone Trust Bank": a bank named without its two head words', () => {
    // Arrange
    const body =
      "Regulators closed First Keystone Trust Bank on Friday. First Keystone's chief executive resigned last week.";

    // Act
    const entity = entityWith(body, 'First Keystone');

    // Assert
    expect(entity).toBe('organization:first-keystone-trust-bank: First Keystone Trust Bank | First Keystone');
  });

  it('joins "FAO" to "United Nations Food and Agriculture Organization": initials without the UN\'s name', () => {
    // Arrange
    const body =
      'World food prices fell, the United Nations Food and Agriculture Organization said. Maximo Torero, the FAO ' +
      'chief economist, warned of high prices.';

    // Act
    const entity = entityWith(body, 'FAO');

    // Assert
    expect(entity).toBe(
      'organization:united-nations-food-and-agriculture-organization: United Nations Food and Agriculture Organization | FAO',
    );
  });
});
