import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
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

  it('leaves the national side the country ("Jordan has been without their captain … knee injury")', () => {
    // A side's word ("their") after the verb; without it the knee injury and "season" would make a player.
    expect(
      typedNames(
        'Jordan beat South Korea 2-0 in Doha. Jordan has been without their captain, who has a knee injury, all season.',
      ),
    ).not.toContain('Jordan/person');
  });

  it('leaves a place the country where its clause names the injury ("Jordan is where the coach had knee surgery")', () => {
    // A place's word ("where") after the verb; without it the knee surgery and "coach" would make a player.
    expect(
      typedNames(
        'The talks were held in Amman. Jordan is where the coach had knee surgery before the season.',
      ),
    ).not.toContain('Jordan/person');
  });

  it('leaves a place the country in a health story ("Georgia … elderly people with hip and knee injuries")', () => {
    // Arrange: read35 p20, injuries counted among a country's people, no word of sport.
    const title = 'Cold snap brings wave of falls in Chad and Georgia';
    const body =
      'Chad has recorded hundreds of wrist and hip fractures since the floods, aid workers said. Georgia was hit by a cold snap that left many elderly people with hip and knee injuries, doctors in Tbilisi said.';

    // Act
    const found = tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

    // Assert
    expect(found).not.toContain('Georgia/person');
    expect(found).toContain('Georgia/place');
  });

  it('needs an injury’s noun after the body’s part ("knee and hip operations")', () => {
    // read35 p11: a count of operations is no player's injury.
    const found = typedNames(
      'Jordan has recorded a sharp rise in hip fractures among people over 70. Georgia has reported a similar jump in knee and hip operations this season, officials in Tbilisi said.',
    );
    expect(found).not.toContain('Georgia/person');
  });

  it('needs a verb after the name ("missing the France match with hamstring trouble")', () => {
    expect(
      typedNames('Luscombe returns after missing the France match with hamstring trouble, Wales said.'),
    ).not.toContain('France/person');
  });
});
