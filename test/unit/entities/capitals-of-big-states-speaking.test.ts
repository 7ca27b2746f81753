import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The entity with this name, if any. */
const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe("a big state's capital that shares its spelling with a surname or an ordinary word", () => {
  it.each([
    ['Berlin said the howitzers would be delivered in the spring.', 'Berlin'],
    ['The howitzers will be delivered in the spring, Berlin said.', 'Berlin'],
    ['London said the sanctions on the shipping firms would stay.', 'London'],
  ])('speaks as its government before a verb of speech: "%s"', (body, city) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, city)?.type).toBe('place');
  });

  it('is the city when it opens a sentence, not the ordinary word spelled like it', () => {
    // Arrange
    const body = 'Berlin has so far refused to send long-range missiles to the front.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Berlin')?.type).toBe('place');
  });

  it('stays a person where the report takes it up as "he"', () => {
    // Arrange
    const body = 'Berlin said he would retire from the band after the tour.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Berlin')?.type).toBe('person');
  });

  it('joins the full name of a bearer the story names first', () => {
    // Arrange
    const body = 'Irving Berlin wrote the tune in 1911. Berlin said the melody came to him in a dream.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Irving Berlin')?.mentions).toHaveLength(2);
  });

  it("leaves a small state's capital that is a surname to the other cues", () => {
    // Arrange
    const body = 'Wellington said the decision to leave the club was final.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Wellington')?.type).toBe('person');
  });
});
