import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Session 43 (mendE43, wild43 ★3): a firm's bare name and the name of one of its products or units ("Apple" and
// "Apple Music", "Sony" and "Sony Pictures") are two organisations; the unit does not take the firm's mentions.

describe('a firm named alone beside one of its units or products', () => {
  it('keeps the firm apart when the body names it before the product', () => {
    // Arrange
    const body =
      'Nexacorp said on Thursday that revenue rose 10%. Its streaming arm, Nexacorp Music, added subscribers.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toEqual(['organization:nexacorp-music: Nexacorp Music', 'organization:nexacorp: Nexacorp']);
  });

  it('keeps a firm the lists know apart from its unit named first', () => {
    const found = mentionsOf(
      'Samsung Biologics won a new contract. Samsung said on Tuesday its chip profit rose.',
    );

    expect(found).toEqual([
      'organization:samsung-biologics: Samsung Biologics',
      'organization:samsung: Samsung',
    ]);
  });

  it('keeps the firm apart from a product named first', () => {
    const found = mentionsOf('Subscriptions to Apple Music grew. Apple said revenue rose.');

    expect(found).toEqual(
      expect.arrayContaining(['organization:apple-music: Apple Music', 'organization:apple: Apple']),
    );
  });

  it('still joins the firm to its own full name', () => {
    const electronics = mentionsOf('Samsung Electronics said profit rose. Samsung shares fell.');
    const platforms = mentionsOf('Meta Platforms said profit rose. Meta shares jumped.');

    expect(electronics).toEqual(['organization:samsung: Samsung Electronics | Samsung']);
    expect(platforms).toEqual(['organization:meta: Meta Platforms | Meta']);
  });
});
