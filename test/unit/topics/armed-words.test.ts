import { describe, expect, it } from 'vitest';
import {
  armedWords,
  FIGHTERS,
  GOVERNING_MOVEMENTS,
  WAR_FIRE,
} from '../../../functions/core/topics/armed-words.js';

describe('armed words: the armed vocabulary the topic checks share', () => {
  it.each([
    ['troops', 'Troops were deployed overnight.'],
    ['a militia', 'A militia seized the town.'],
    ['jihadists', 'Jihadists claimed the raid.'],
    ['air strikes written as one word', 'Airstrikes hit the port.'],
    ['shelling', 'Heavy shelling continued.'],
  ])('reads %s as the fighters or the fire of a war, in any case', (_case, sentence) => {
    // Arrange
    const armed = armedWords(FIGHTERS, WAR_FIRE);

    // Act
    const told = armed.test(sentence);

    // Assert
    expect(told).toBe(true);
  });

  it.each([
    ['a word that only starts like one', 'The troopship docked.'],
    ['a word that only ends like one', 'The petrol station stayed open.'],
  ])('reads no armed word in %s', (_case, sentence) => {
    // Arrange
    const armed = armedWords(FIGHTERS, WAR_FIRE);

    // Act
    const told = armed.test(sentence);

    // Assert
    expect(told).toBe(false);
  });

  it("adds a check's own words to the shared ones", () => {
    // Arrange
    const armed = armedWords(FIGHTERS, String.raw`gunmen|army(?! of\b)`);

    // Act
    const told = ['Gunmen opened fire.', 'The army moved in.', 'An army of volunteers helped.'].map((s) =>
      armed.test(s),
    );

    // Assert
    expect(told).toEqual([true, true, false]);
  });

  it('names the movements that also govern in both spellings the wires use', () => {
    // Arrange
    const movements = new Set(GOVERNING_MOVEMENTS);

    // Act
    const named = ['Taliban', 'Taleban', 'Hezbollah', 'Hizbollah', 'Hamas'].every((name) =>
      movements.has(name),
    );

    // Assert
    expect(named).toBe(true);
  });
});
