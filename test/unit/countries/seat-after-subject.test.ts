import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

describe("the seat of a body, filed from, after the story's subject", () => {
  it('keeps the seat first when it is the only country in focus: a country out of focus never heads the list', () => {
    // Arrange: Belgium is only the dateline, and the fined firms' country is named but not in focus.
    const story = {
      title: 'EU fines two cloud firms under competition law',
      body:
        'BRUSSELS, May 6 (Reuters) - The European Commission fined Nimbus Cloud and Stratus Data a combined ' +
        '900 million euros on Tuesday for tying their software to their cloud services.\n\nThe Commission said ' +
        'the two American companies had shut out European rivals.\n\nBoth firms said they would appeal, and ' +
        'U.S. officials criticised the decision.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries[0]?.focus).toBe(true);
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(['BE', 'US']));
  });

  it('keeps a seat after the countries in focus that the text names', () => {
    // Arrange
    const story = {
      title: 'WHO says outbreak slows in Africa',
      body:
        'GENEVA, Sept 5 (Reuters) - The World Health Organization said cases of the virus had fallen in Kenya, ' +
        'Tanzania and Zambia over the past month.\n\nThe agency said it would keep sending vaccines.\n\nHealth ' +
        'workers said testing remained patchy.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    const focus = countries.filter((c) => c.focus).map((c) => c.code);
    expect(focus[focus.length - 1]).toBe('CH');
  });

  it('puts the two countries a lead filed from the seat names in focus, before the seat (wild42 ★7)', () => {
    // Arrange: named once each in the lead, the WHO's subject; the seat only by its dateline.
    const story = {
      title: 'WHO warns on cholera',
      body:
        'GENEVA (Reuters) - The World Health Organization said on Tuesday that cholera cases in Sudan and Yemen ' +
        'had doubled this year.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['SD', 'YE', 'CH']);
  });

  it('leaves a country the lead names out of focus when the story names more besides it', () => {
    // Arrange: four countries, one in the lead; the rule is for a lead that names all the story's countries.
    const story = {
      title: 'WHO reports on measles',
      body:
        'GENEVA (Reuters) - The World Health Organization said on Tuesday that measles cases rose in Chad.\n\n' +
        'Earlier outbreaks in Peru, Laos and Fiji had been contained, it said.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries.find((c) => c.code === 'FJ')?.focus).toBe(false);
  });
});
