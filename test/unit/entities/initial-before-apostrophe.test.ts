import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../functions/core/text/tokens.js';
import { typedNames } from './entities-of.js';

describe("a middle initial before an O' or D' surname", () => {
  it('keeps the initial\'s period on the initial, as before "McCarthy"', () => {
    const texts = tokenize("Conor J. O'Leary and Ryan K. D'Souza").map((t) => t.text);

    expect(texts).toContain('J.');
    expect(texts).toContain('K.');
  });

  it('reads the whole name as one person', () => {
    const entities = typedNames(
      "Conor J. O'Leary, the airline's chief, said fares would rise. Ryan K. D'Souza, 27, was charged.",
    );

    expect(entities).toContain("Conor J. O'Leary/person");
    expect(entities).toContain("Ryan K. D'Souza/person");
  });
});
