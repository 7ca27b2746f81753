import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Conflict briefs from towns of the Sahel and the Horn (places50, wild49 C12). Sentences written for these tests.
const focus = (body: string) =>
  tagArticle({ id: 'brief', title: '', body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code)
    .sort();

describe('a conflict brief from a town', () => {
  it("reads a capital's name closing a longer Portuguese place name as no capital", () => {
    // Act
    const found = focus('Insurgents burned homes near Macomia and Mocimboa da Praia in northern Mozambique.');

    // Assert
    expect(found).toEqual(['MZ']);
  });

  it("puts the country an attack hit, written after its town, in focus beside the armed group's home", () => {
    // Act
    const found = focus('Al Shabaab gunmen attacked a bus near Lamu, Kenya, on Tuesday.');

    // Assert
    expect(found).toContain('KE');
  });
});
