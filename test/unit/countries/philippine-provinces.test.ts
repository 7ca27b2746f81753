import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Invented Philippine stories (session 54, wild53 Y5): provinces named without the country.
describe('a Philippine province named alone', () => {
  it('places a storm bulletin in the Philippines', () => {
    // Arrange
    const story = {
      title: 'Storm nears',
      body: 'Signal No. 2 was raised over Catanduanes, Camarines Sur and Albay as the storm approached on Wednesday.',
    };

    // Act
    const codes = focusOf(story);

    // Assert
    expect(codes).toEqual(['PH']);
  });

  it('places "<town>, <province>" in the Philippines', () => {
    const story = {
      title: 'Police raid farm',
      body: 'Police raided a farm in Bamban, Tarlac on Friday and arrested nine men, the provincial police chief said.',
    };

    expect(focusOf(story)).toEqual(['PH']);
  });

  it('leaves a person whose given name is a province to the person', () => {
    const story = {
      title: 'Actress cast in new film',
      body: 'Isabela Merced will star in the new film, the studio said on Tuesday. Merced, 22, said she was thrilled.',
    };

    expect(focusOf(story)).toEqual([]);
  });
});
