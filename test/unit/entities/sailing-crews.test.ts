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

describe('a sailing role other trades share ("tactician", "trimmer", "grinder")', () => {
  it('leaves a campaign strategist’s leader a person outside a sailing story ("Trump tactician Chris LaCivita")', () => {
    // Arrange: read35 p6, a campaign story with no sailing word.
    const body =
      'Trump tactician Chris LaCivita said on Monday the campaign would spend heavily in Pennsylvania and Michigan in the final weeks, according to people familiar with the plans.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).not.toContain('Trump/organization');
    expect(found).toContain('Chris LaCivita/person');
  });

  it('still names a syndicate where the story sails ("the America\u2019s Cup regatta")', () => {
    const found = typedNames(
      'Alinghi Red Bull tactician Nicolas Charbonnier said the crew sailed well in the America\u2019s Cup regatta.',
    );
    expect(found).toContain('Alinghi Red Bull/organization');
  });
});
