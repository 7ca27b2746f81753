import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('statistics offices and weather services named by one word', () => {
  it('reads them as bodies, not persons', () => {
    const entities = typedNames(
      'Eurostat said inflation fell. Destatis said output rose. Aemet said it was hot.',
    );

    expect(entities).toContain('Eurostat/organization');
    expect(entities).toContain('Destatis/organization');
    expect(entities).toContain('Aemet/organization');
  });
});

describe("sums written with their currency's letter", () => {
  it('reads no name in "Sh30 billion", "N1,487 per dollar", "R2.5 billion" or "P545 billion"', () => {
    const entities = typedNames(
      'The Treasury spent Sh30 billion. The naira fell to N1,487 per dollar. Eskom needs R2.5 billion; Manila set aside P545 billion.',
    );

    expect(entities.filter((e) => /^(Sh30|N1|R2|P545)\//.test(e))).toEqual([]);
  });
});

describe('Irish counties written "Co X"', () => {
  it('reads "Co Antrim" as a place, and a firm\'s "Co Ltd" as before', () => {
    const entities = typedNames(
      'A man was arrested in Co Antrim. Floods hit Co Cork. Acme Trading Co Ltd said.',
    );

    expect(entities).toContain('Co Antrim/place');
    expect(entities).toContain('Co Cork/place');
    expect(entities.filter((e) => e.startsWith('Co Ltd'))).toEqual([]);
  });
});
