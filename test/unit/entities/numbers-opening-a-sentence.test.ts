import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The names of the entities found in `body`, sorted. */
const namesIn = (body: string): string[] =>
  entitiesOf(body)
    .map((e) => e.name)
    .sort();

// review58 ★1: "Two Munster players" came out as one name, the number read as a title-case name's first word.
describe('a number opening a sentence before a known name and its noun', () => {
  it('is no word of the name: "Two Munster players", "Four Toyota plants"', () => {
    // Arrange
    const players = 'Two Munster players were questioned by police after a fight on Friday.';
    const plants = 'Four Toyota plants will close next year, the union said.';

    // Act
    const found = [namesIn(players), namesIn(plants)];

    // Assert
    expect(found).toEqual([['Munster'], ['Toyota']]);
  });

  it('stays in a name whose other words no list knows alone: "Four Seasons", "Three Gorges Dam"', () => {
    const hotels = namesIn('Four Seasons hotels raised their rates on Monday.');
    const dam = namesIn('Three Gorges Dam released more water on Monday.');

    expect(hotels).toEqual(['Four Seasons']);
    expect(dam).toEqual(['Three Gorges Dam']);
  });
});
