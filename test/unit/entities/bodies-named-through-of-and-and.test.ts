import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The names and types the recogniser finds, as "name/type". */
const named = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('a congress named through "of"', () => {
  it("keeps a union congress of a people's trade unions one organisation", () => {
    // Arrange
    const body = 'The Congress of Zambian Trade Unions said on Monday its members would strike from June.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Congress of Zambian Trade Unions/organization');
  });

  it('does not join a legislature to the person whose decision it was told of', () => {
    // Arrange
    const body = "The White House informed Congress of Trump's decision on Monday, officials said.";

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Congress/organization');
    expect(names.some((n) => n.startsWith('Congress of'))).toBe(false);
  });
  it('does not join a legislature to the place it was told about', () => {
    // Arrange
    const body = 'The State Department notified Congress of Taiwan arms sales worth $2 billion on Friday.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Congress/organization');
    expect(names).toContain('Taiwan/place');
  });

  it('keeps a chamber named by a plural after "of" one organisation', () => {
    // Arrange
    const body = 'The Congress of Deputies voted on Tuesday in Madrid.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Congress of Deputies/organization');
  });
});

describe('a party or movement named through "of" a given name and a plural in "-ies"', () => {
  it('keeps the plural in its name, as it does a plural in "-s"', () => {
    // Arrange
    const body =
      'The Alliance of Christian Democracies said on Monday it would back the budget. The Movement of Christian Communities voted against it.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Alliance of Christian Democracies/organization');
    expect(names).toContain('Movement of Christian Communities/organization');
  });
});

describe('a body whose domains "and" joins', () => {
  it('goes on through a domain word the lexicon lacks before an ordinary word', () => {
    // Arrange
    const body =
      'Workers at the plant are represented by the International Association of Welders and Aerospace Workers, which called a strike.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('International Association of Welders and Aerospace Workers/organization');
  });
});

describe('a listed body hyphened to a participle of control', () => {
  it('names the body in "the Hamas-run health ministry"', () => {
    // Arrange
    const body = 'At least 40 people were killed on Tuesday, the Hamas-run health ministry said.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Hamas/organization');
  });

  it('names no place hyphened to "based"', () => {
    // Arrange
    const body = 'Oslo-based analysts said the Hezbollah-linked groups had withdrawn.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Hezbollah/organization');
    expect(names.some((n) => n.startsWith('Oslo'))).toBe(false);
  });
});

describe('the platform X at the end of a sentence', () => {
  it('is named "X", without the full stop', () => {
    // Arrange
    const body = 'The minister announced her resignation in a post on X. Her office declined to comment.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    const x = entities.find((e) => e.id === 'organization:x');
    expect(x?.name).toBe('X');
    expect(x?.mentions.map((m) => m.text)).toEqual(['X']);
  });
});
