import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 38, entities38, second landing): models with digits, a manager's side before a
// fixture, districts a verb names after their plural noun.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a maker and a model with digits', () => {
  it('names a thing, no person', () => {
    const body = 'Flydubai also announced an order for 75 Airbus A321neo jets at the show.';

    expect(typeOf(body, 'Airbus A321neo', 'Jet orders')).toBe('other');
  });
});

describe("a manager's side before a fixture verb", () => {
  it('makes the opponent named by a given name a club on a sports page', () => {
    const body =
      'Arsenal boss Mikel Arteta said his team face Chelsea on Sunday in the Premier League after scoring ' +
      'three goals past the goalkeeper at the Emirates.';

    expect(typeOf(body, 'Chelsea', 'Arsenal win')).toBe('organization');
  });
});

describe('plural place nouns named by a verb', () => {
  it('makes the names after "districts were" places', () => {
    const body = 'The worst-hit districts were Badulla and Nuwara Eliya in the central hills.';

    expect(typeOf(body, 'Badulla', 'Floods kill 40')).toBe('place');
    expect(typeOf(body, 'Nuwara Eliya', 'Floods kill 40')).toBe('place');
  });
});
