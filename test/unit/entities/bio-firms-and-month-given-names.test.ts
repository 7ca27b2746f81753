import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The names and types the recogniser finds, as "name/type". */
const named = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('a firm named by one word and "Bio"', () => {
  it('keeps the firm whole when it opens the sentence', () => {
    // Arrange
    const body = 'Larkspur Bio said on Monday its lead drug cut tumour growth in a mid-stage trial.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Larkspur Bio/organization');
  });

  it('reads the firm a buyer acquires as an organisation', () => {
    // Arrange
    const body = 'Roche agreed to acquire Quillwort Bio for $900 million in cash.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Quillwort Bio/organization');
  });

  it('keeps a president whose surname is Bio a person', () => {
    // Arrange
    const body = 'President Julius Maada Bio opened the port on Friday. Maada Bio said it would create jobs.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Julius Maada Bio/person');
    expect(names.some((n) => n.endsWith('/organization'))).toBe(false);
  });
});

describe("a month's short form after a family name that comes first", () => {
  it('is the given name, not June', () => {
    // Arrange
    const body = 'The carmaker’s founder Zhou Jun unveiled the new sedan in Beijing.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Zhou Jun/person');
  });
});
