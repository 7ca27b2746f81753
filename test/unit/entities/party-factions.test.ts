import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe("a party's faction in brackets", () => {
  it('reads the name before "(United)" or "(Secular)" as the party, and the faction word as no name', () => {
    const entities = typedNames(
      'The Janata Dal (United) backed the bill, and the Awam Morcha (Secular) opposed it. Jonathan Smith (Labour) spoke.',
    );

    expect(entities).toContain('Janata Dal/organization');
    expect(entities).toContain('Awam Morcha/organization');
    expect(entities).toContain('Jonathan Smith/person');
    expect(entities.filter((e) => /^(United|Secular)\//.test(e))).toEqual([]);
  });
});
