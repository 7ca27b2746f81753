import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

// One list of a side's result verbs (text/result-verbs.ts) serves every rule that reads a result: a verb one
// rule knew ("stunned", "crushed") is no longer missing from another.
describe('a side of a result told by any verb of a win', () => {
  it('makes a given name that beats a club a club, whichever verb of a win it takes', () => {
    // Arrange
    const body = 'Chelsea stunned Leeds on Saturday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Chelsea/organization');
  });

  it('makes both sides of a win by set scores players, whichever verb of a win it takes', () => {
    const found = typedNames('Mwangura crushed Ferrandi 6-1 6-4 on Tuesday.');

    expect(found).toEqual(expect.arrayContaining(['Mwangura/person', 'Ferrandi/person']));
  });
});
