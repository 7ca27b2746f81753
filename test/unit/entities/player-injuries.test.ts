import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a country’s name followed by a body’s injury', () => {
  it('is a player named like the country ("Jordan was improving after a knee injury")', () => {
    // Arrange: a short story with too few sports words to read as a sports page.
    const body =
      'Baltimore Ravens coach John Harbaugh said Jordan was improving after a knee injury and could return soon.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Jordan/person');
    expect(found).not.toContain('Jordan/place');
  });

  it('leaves the national side the country ("Jordan were without their captain … knee injury")', () => {
    expect(
      typedNames(
        'Jordan beat South Korea 2-0 in Doha. Jordan were without their captain, who has a knee injury.',
      ),
    ).not.toContain('Jordan/person');
  });

  it('leaves a place the country where its clause names the injury ("Jordan, where the king had knee surgery")', () => {
    expect(
      typedNames('The talks were held in Amman. Jordan, where the king had knee surgery, hosted them.'),
    ).not.toContain('Jordan/person');
  });

  it('needs a verb after the name ("missing the France match with hamstring trouble")', () => {
    expect(
      typedNames('Luscombe returns after missing the France match with hamstring trouble, Wales said.'),
    ).not.toContain('France/person');
  });
});
