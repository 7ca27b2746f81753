import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a place name after a hyphenated first part is part of another name', () => {
  it('does not read the US state inside a Swiss resort name', () => {
    // Arrange
    const story = {
      title: 'Island talks to resume',
      body:
        'The first formal talks on the divided island since 2017 collapsed at Crans-Montana. Cypriot ' +
        'leaders will meet again in Nicosia next week, the United Nations said.',
    };

    // Act / Assert
    expect(codes(story)).not.toContain('US');
  });

  it('keeps two places joined by a hyphen and a prefix before a city', () => {
    const story = {
      title: 'Rail link opens',
      body:
        'The Paris-London train was cancelled on Monday, while Pro-Moscow groups protested in Riga. ' +
        'The Iran-Iraq border stayed shut.',
    };

    const found = codes(story);
    expect(found).toEqual(expect.arrayContaining(['FR', 'GB', 'RU', 'IR', 'IQ']));
  });
});

describe("a people's word naming a language is no country", () => {
  it('reads "Spanish-language" and "speak English" as languages', () => {
    // Arrange
    const story = {
      title: 'Rapper wins album of the year',
      body:
        'Puerto Rican rapper Luna Vega won album of the year on Sunday with a Spanish-language record and ' +
        'thanked every Latino who has been told to speak English. She also won best music video.',
    };

    // Act
    const found = codes(story);

    // Assert
    expect(found).not.toContain('ES');
    expect(found).not.toContain('GB');
  });

  it('keeps the country where the word qualifies a noun or people', () => {
    const story = {
      title: 'Club fined',
      body:
        'The English club was fined on Monday. Its manager spoke to French officials and said the ' +
        'German-owned firm behind the stadium would pay.',
    };

    expect(codes(story)).toEqual(expect.arrayContaining(['GB', 'FR', 'DE']));
  });
});
