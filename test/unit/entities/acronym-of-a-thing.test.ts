import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe("a firm's acronym spelled by the initials of a longer name read as a thing", () => {
  it('is one firm with that name', () => {
    const body =
      "ABUJA - President Ada Obi has directed the Nigerian National Petroleum Company Limited to resolve the dispute. NNPC's chief executive, Bayo Ojulari, said the company would comply.";

    expect(entityWith(body, 'NNPC')).toBe(
      'organization:nigerian-national-petroleum: Nigerian National Petroleum Company Limited | NNPC',
    );
  });
});

describe("the initials of a law's, a treaty's or a programme's name", () => {
  it('are that thing, not a firm', () => {
    const body =
      "BRUSSELS - The European Union's Digital Services Act came into force on Friday. Critics said the DSA applied only within the EU.";

    expect(entityWith(body, 'DSA')).toBe('other:digital-services-act: Digital Services Act | DSA');
  });
});

describe('a plural nickname inside a body’s name of three words or more', () => {
  it('is that body', () => {
    const body =
      'COLOMBO - The Liberation Tigers of Tamil Eelam (LTTE) said on Monday it would not talk. The Tigers have rejected the offer, a spokesman said.';

    expect(entityWith(body, 'Tigers')).toBe(
      'organization:liberation-tigers-of-tamil-eelam: Liberation Tigers of Tamil Eelam | LTTE | Tigers',
    );
  });
});
