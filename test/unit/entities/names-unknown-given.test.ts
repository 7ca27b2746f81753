import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a full name whose given name no list knows', () => {
  it('reads "Lip-Bu Tan" as the person the article then calls "Tan"', () => {
    const entities = typedNames(
      'Intel named industry veteran Lip-Bu Tan as its chief executive. Tan, the former head of Cadence, ' +
        'replaces Pat Gelsinger. Tan said he was honoured.',
    );

    expect(entities).toContain('Lip-Bu Tan/person');
    expect(entities).not.toContain('Tan/person');
  });

  it('reads "Democrat Mikie Sherrill" as the person after a party label, not one name with it', () => {
    const entities = typedNames(
      'In New Jersey, Democrat Mikie Sherrill won the race for governor. Sherrill thanked her voters.',
    );

    expect(entities).toContain('Mikie Sherrill/person');
    expect(entities).not.toContain('Democrat Mikie Sherrill/other');
  });

  it("keeps a party label that opens an organisation's name", () => {
    const entities = typedNames(
      'The Republican National Committee said it would appeal. A Socialist Workers Party member spoke.',
    );

    expect(entities).toContain('Republican National Committee/organization');
    expect(entities).toContain('Socialist Workers Party/organization');
  });
});
