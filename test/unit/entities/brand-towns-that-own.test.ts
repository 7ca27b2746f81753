import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a brand named like a town, before "has" and what it owns (review58 on ce15162d)', () => {
  it("is the firm when what it has is a firm's holding", () => {
    // Arrange
    const bodies = [
      'Toyota has a plant in Kentucky that employs 9,000 people.',
      'Orange has 250 million customers across Europe and Africa.',
    ];

    // Act
    const found = bodies.map(typedNames);

    // Assert
    expect(found[0]).toContain('Toyota/organization');
    expect(found[1]).toContain('Orange/organization');
  });
});
