import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a sailing syndicate before a crew member’s role and name', () => {
  it('is an organisation, no woman of that name ("Luna Rossa helmsman Francesco Bruni")', () => {
    // Arrange
    const body = 'Luna Rossa helmsman Francesco Bruni blamed a late shift in the wind off Naples.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Luna Rossa/organization');
    expect(found).toContain('Francesco Bruni/person');
  });

  it('types the syndicate so in its other mentions ("Ineos Britannia beat …")', () => {
    const found = typedNames(
      'Ineos Britannia beat Luna Rossa by 14 seconds. Ineos Britannia tactician Iain Percy was pleased.',
    );
    expect(found).toContain('Ineos Britannia/organization');
    expect(found).not.toContain('Ineos Britannia/person');
  });
});
