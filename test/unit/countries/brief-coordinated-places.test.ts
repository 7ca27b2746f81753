import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// An untitled feed item of one sentence whose only countries are coordinated in it is about each of them (places50,
// wild50 C7). Sentences written for these tests.
const focus = (title: string, body: string) =>
  tagArticle({ id: 'item', title, body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code)
    .sort();

describe('an untitled brief naming two places side by side', () => {
  it('puts both coordinated countries in focus', () => {
    // Act
    const found = focus('', 'Storms in Italy and Slovenia cut power to 80,000 homes.');

    // Assert
    expect(found).toEqual(['IT', 'SI']);
  });

  it('puts every country of a short coordinated list in focus', () => {
    // Act
    const found = focus('', 'Dengue cases rose in Peru, Ecuador and Bolivia this month.');

    // Assert
    expect(found).toEqual(['BO', 'EC', 'PE']);
  });
});
