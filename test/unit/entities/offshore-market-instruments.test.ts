import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, name: string) =>
  entitiesOf(body)
    .filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe("the offshore markets' instruments", () => {
  it('are things, no bodies', () => {
    const body =
      'Bonds fell in late trade. December Eurodollars were down 11 bps at 93.94, and heavy put buying helped pressure Eurodollars lower. Euronotes were steady.';

    expect(typesOf(body, 'Eurodollars')).toEqual(['other']);
    expect(typesOf(body, 'Euronotes')).toEqual(['other']);
  });
});
