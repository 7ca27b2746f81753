import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// One-sentence trade items (feeds, briefs): the people of the goods a curb bears on and the curb's owner are its
// parties (places50, wild49 C14). Sentences written for these tests.
const read = briefFocusAndPairs;

describe('a short trade item pairs the curb with the goods it bears on', () => {
  it('pairs the country raising tariffs with the people of the goods', () => {
    // Act
    const found = read('Ottawa doubled tariffs on Chinese steel to 50% on Monday.');

    // Assert
    expect(found.focus).toEqual(['CA', 'CN']);
    expect(found.pairs).toContain('CA-CN');
  });

  it("pairs a ban on imports of a people's goods with the country banning them", () => {
    // Act
    const found = read('South Korea banned imports of Japanese beef after the outbreak.');

    // Assert
    expect(found.focus).toEqual(['JP', 'KR']);
    expect(found.pairs).toContain('JP-KR');
  });

  it("reads the owner of the tariffs that hit a country's makers", () => {
    // Act
    const found = read('Canadian lumber mills were hit by 45% U.S. tariffs this year.');

    // Assert
    expect(found.focus).toEqual(['CA', 'US']);
    expect(found.pairs).toContain('CA-US');
  });

  it('leaves a people named as those a domestic curb hurts to the clause alone', () => {
    // Act
    const found = read('Tariffs on steel hurt American farmers, an Iowa senator said.');

    // Assert
    expect(found.focus).toEqual(['US']);
    expect(found.pairs).toEqual([]);
  });

  it("pairs each of two curbs' owners with its own goods' people, not the two targets (read50 R4)", () => {
    // Arrange
    const twoCurbs =
      'The European Union imposed sanctions on Russian oil while Washington raised tariffs on Chinese steel.';

    // Act
    const found = read(twoCurbs);
    const oneCurb = read('Washington raised tariffs on Indian goods.');

    // Assert
    expect(found.focus).toEqual(['CN', 'US']);
    expect(found.pairs).toEqual(['CN-US']);
    expect(oneCurb.pairs).toEqual(['IN-US']);
  });
});
