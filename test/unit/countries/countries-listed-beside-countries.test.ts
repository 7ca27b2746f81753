import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

const tag = (title: string, body: string) => focusAndPairs({ title, body, language: 'en' });

// review59 ★2: a title-case country word that is also a given name (India, Jordan, Israel) needed the body to name
// it again, though it stood in a list beside another country: the headline kept only the other one.
describe('an ambiguous country word listed beside another country', () => {
  it('is the state in a headline joined by "&", "and", a comma or a hyphen', () => {
    // Arrange
    const fire = 'Troops exchanged fire along the Line of Control, officials said.';

    // Act
    const ampersand = tag('India & Pakistan trade fire', fire);
    const and = tag('India and Pakistan trade fire', fire);
    const second = tag('Pakistan & India trade fire', fire);
    const hyphen = tag('India-Pakistan tensions rise', fire);

    // Assert
    for (const read of [ampersand, and, second, hyphen]) {
      expect(read.focus).toEqual(['IN', 'PK']);
      expect(read.pairs).toEqual(['IN-PK']);
    }
  });

  it('is the state beside another word of its kind: "Israel and Jordan", "Mali, Niger"', () => {
    const gas = 'The pipeline will carry 3 billion cubic metres a year.';

    expect(tag('Jordan and Egypt sign gas deal', gas).focus).toEqual(['EG', 'JO']);
    expect(tag('Israel and Jordan sign water deal', 'The deal doubles supplies.').focus).toEqual([
      'IL',
      'JO',
    ]);
    expect(tag('Mali, Niger quit regional bloc', 'The juntas announced the move on Sunday.').focus).toEqual([
      'ML',
      'NE',
    ]);
  });

  it('stays the state in a body beside a person who bears it', () => {
    // Act
    const { countries } = tagArticle({
      title: 'Henderson returns',
      body: 'Jordan Henderson was recalled to the squad. Jordan and Egypt signed a gas deal on Monday, officials said.',
    });

    // Assert
    expect(countries.map((c) => c.code).sort()).toEqual(['EG', 'JO']);
  });

  it('stays the people who bear both words, and a comma in a sentence joins no list', () => {
    // Act
    const couple = tag(
      'Couple welcome baby',
      'Georgia Harrison and Jordan Smith welcomed a baby girl. Georgia and Jordan said they were thrilled.',
    );
    const speaker = tagArticle({
      title: 'Fans cheer',
      body: 'Jordan Henderson scored twice. They will travel to Kenya, Jordan said after the match.',
    });

    // Assert
    expect(couple.focus).toEqual([]);
    expect(speaker.countries.map((c) => c.code)).toEqual(['KE']);
  });
});
