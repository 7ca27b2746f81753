import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe("a name ending in d'Or", () => {
  it('is a prize, not a person', () => {
    const entities = entitiesOf(
      "Jafar Panahi won the Palme d'Or on Saturday. Lamine Yamal finished second in the Ballon d'Or vote.",
    );

    expect(entities.find((e) => e.name === "Palme d'Or")?.type).toBe('other');
    expect(entities.find((e) => e.name === "Ballon d'Or")?.type).toBe('other');
  });

  it("leaves a person's name with another French particle a person", () => {
    const entities = entitiesOf("Valéry Giscard d'Estaing was president of France from 1974.");

    expect(entities.find((e) => e.name === "Valéry Giscard d'Estaing")?.type).toBe('person');
  });
});
