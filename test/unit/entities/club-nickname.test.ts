import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe("a club's plural nickname after its full name", () => {
  it('joins "the Chiefs" to "the Kansas City Chiefs" and "the Bills" to "the Buffalo Bills"', () => {
    const entities = typedNames(
      'The Kansas City Chiefs beat the Buffalo Bills 27-20 on Sunday. The Chiefs led from the first ' +
        'quarter, and the Bills never recovered.',
    );

    expect(entities).toContain('Kansas City Chiefs/organization');
    expect(entities).toContain('Buffalo Bills/organization');
    expect(entities).not.toContain('Chiefs/organization');
    expect(entities).not.toContain('Bills/organization');
  });
});
