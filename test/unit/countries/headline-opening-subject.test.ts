import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function firstCountry(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countries[0]?.code;
}

describe("the headline's opening subject is listed first, wherever the story is filed from", () => {
  it('lists Belarus first when it frees prisoners, though the U.S. is named more often from Vilnius', () => {
    // Arrange
    const title = 'Belarus frees 52 prisoners after talks with U.S. envoy';
    const body =
      'VILNIUS, Sept 11 (Reuters) - Belarus freed 52 prisoners, including 14 foreigners, after talks between ' +
      'President Alexander Lukashenko and U.S. envoy John Coale, the U.S. embassy in Vilnius said on Thursday. ' +
      'The prisoners were taken across the border to Lithuania. Washington in return eased sanctions on ' +
      'Belarusian airline Belavia.';

    // Act
    const first = firstCountry(title, body);

    // Assert
    expect(first).toBe('BY');
  });

  it('lists the first of two coordinated subjects first', () => {
    const first = firstCountry(
      'Pakistan and Afghanistan agree ceasefire after talks in Istanbul',
      'ISTANBUL (Reuters) - Pakistan and Afghanistan agreed to extend a ceasefire after talks in Istanbul mediated ' +
        'by Turkey and Qatar, the Turkish foreign ministry said on Friday. Border clashes this month killed dozens ' +
        'of soldiers on both sides. Pakistan accuses Kabul of sheltering militants, which the Taliban government ' +
        'denies.',
    );

    expect(first).toBe('PK');
  });

  it('leaves first the country struck when the headline opens with the attacker', () => {
    const first = firstCountry(
      'Russia hits Ukraine power grid with hundreds of drones',
      'KYIV (Reuters) - Russia launched hundreds of drones and missiles at Ukraine overnight, hitting power plants ' +
        "in several regions, Ukrainian officials said on Saturday. Ukraine's air force said it downed most of " +
        'them. Ukrainian energy minister said power cuts would follow across Ukraine.',
    );

    expect(first).toBe('UA');
  });
});
