import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a name ending in a stop before a word that opens sentences', () => {
  it('ends there: "the U.S. The company" is no organisation "U.S. The"', () => {
    const body =
      'Shares rose in the U.S. The company said sales in the U.K. It expects more. Police in Washington, D.C. The officers said.';

    const names = typedNames(body);

    expect(names.filter((n) => / (The|It)\//.test(n))).toEqual([]);
    expect(names).toContain('United States/place');
    expect(names).toContain('United Kingdom/place');
  });

  it('keeps initials before a surname in one name ("J.D. Vance")', () => {
    const body = 'Han Zheng discussed trade with J.D. Vance in Washington on Sunday.';

    expect(typedNames(body)).toContain('J.D. Vance/person');
  });
});
