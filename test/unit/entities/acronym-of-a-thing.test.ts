import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe("a firm's acronym spelled by the initials of a longer name read as a thing", () => {
  it('is one firm with that name', () => {
    const body =
      "ABUJA - President Ada Obi has directed the Nigerian National Petroleum Company Limited to resolve the dispute. NNPC's chief executive, Bayo Ojulari, said the company would comply.";

    expect(entityWith(body, 'NNPC')).toBe(
      'organization:nigerian-national-petroleum-company: Nigerian National Petroleum Company Limited | NNPC',
    );
  });
});
