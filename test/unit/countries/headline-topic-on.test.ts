import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function firstPair(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countryPairs[0]?.pair;
}

describe('a country a talks headline names after "on" is their topic, ranked after the parties', () => {
  it('ranks Russia-US first for talks in Riyadh on the Ukraine war', () => {
    // Arrange
    const title = 'Russia and US hold talks in Riyadh on Ukraine war';
    const body =
      'RIYADH, Feb 18 (Reuters) - Russian and U.S. officials met in Riyadh on Tuesday for talks on ending the war ' +
      'in Ukraine, the first such meeting in three years. Saudi Arabia hosted the talks. Ukraine was not invited, ' +
      'and President Volodymyr Zelenskiy said Kyiv would not accept any deal made without it.';

    // Act
    const pair = firstPair(title, body);

    // Assert
    expect(pair).toBe('RU-US');
  });

  it('ranks China-France first when Macron presses Xi on Ukraine', () => {
    const pair = firstPair(
      'Macron presses Xi on Ukraine during Beijing visit',
      'BEIJING, Dec 5 (Reuters) - French President Emmanuel Macron urged Chinese President Xi Jinping on Thursday ' +
        'to use his influence with Russia to end the war in Ukraine. Xi said China would keep an objective ' +
        'position. The two leaders also signed deals on aviation and nuclear energy.',
    );

    expect(pair).toBe('CN-FR');
  });

  it('keeps the target of sanctions a party', () => {
    const pair = firstPair(
      'Britain and France impose new sanctions on Russia',
      "LONDON (Reuters) - Britain and France imposed new sanctions on Russia's oil exports on Monday, targeting " +
        'tankers of the shadow fleet. Russia said the measures were illegal. The Kremlin said Moscow would respond.',
    );

    expect(pair).toBe('GB-RU');
  });

  it('keeps the target of strikes a party when the sides press ahead with them', () => {
    // Arrange
    const title = 'Israel and US press ahead with strikes on Iran';
    const body =
      'JERUSALEM, June 22 (Reuters) - Israel and the United States pressed ahead with strikes on Iran on Sunday, ' +
      "hitting nuclear sites at Fordow and Natanz, Israeli officials said. Iran's foreign minister said Tehran " +
      'reserved the right to respond.';

    // Act
    const pair = firstPair(title, body);

    // Assert
    expect(pair).toBe('IL-IR');
  });

  it('keeps the target of sanctions a party when the sides discuss them', () => {
    const pair = firstPair(
      'US and UK discuss new sanctions on Russia',
      "U.S. and British officials met in London on Tuesday to discuss new sanctions on Russia's oil exports, as " +
        "Washington and London seek to press Moscow to agree a ceasefire in Ukraine. Russia's foreign ministry " +
        'said any new sanctions would fail.',
    );

    expect(pair).toBe('RU-US');
  });
});
