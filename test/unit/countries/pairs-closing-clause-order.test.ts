import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function firstPair(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countryPairs[0]?.pair;
}

describe('a headline country in a closing "as"/"amid" clause is background at equal score', () => {
  it("ranks the pact's two signatories first, not the country of the closing clause", () => {
    // Arrange
    const title = 'Australia and Philippines sign defence pact as China tensions rise';
    const body =
      'MANILA (Reuters) - Australia and the Philippines signed a defence cooperation agreement on Monday, as both ' +
      "face pressure from China in the South China Sea. China's foreign ministry said Beijing opposed blocs. " +
      'Chinese coast guard vessels have repeatedly blocked Philippine supply missions, and Chinese jets ' +
      'intercepted an Australian patrol plane last month.';

    // Act
    const pair = firstPair(title, body);

    // Assert
    expect(pair).toBe('AU-PH');
  });

  it('ranks the summit pair first when an "as" clause names a third country', () => {
    const pair = firstPair(
      'South Korea and Japan hold summit as North Korea fires missiles',
      'TOKYO (Reuters) - South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi held a ' +
        'summit in Tokyo on Saturday, hours after North Korea fired ballistic missiles into the sea. North Korea ' +
        "has stepped up tests this year. Pyongyang's state media said the launches were a warning. North Korean " +
        'leader Kim Jong Un oversaw the test.',
    );

    expect(pair).toBe('JP-KR');
  });

  it("lists the closing clause's country after the summit's two parties", () => {
    const order = tagArticle({
      title: 'South Korea and Japan hold summit as North Korea fires missiles',
      body:
        'TOKYO (Reuters) - South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi held a ' +
        'summit in Tokyo on Saturday, hours after North Korea fired ballistic missiles into the sea. North Korea ' +
        "has stepped up tests this year. Pyongyang's state media said the launches were a warning. North Korean " +
        'leader Kim Jong Un oversaw the test.',
    }).countries.map((c) => c.code);

    expect(order.slice(0, 2).sort()).toEqual(['JP', 'KR']);
  });

  it('keeps a closing-clause country a party when the main clause names only one other side', () => {
    const pair = firstPair(
      'Gaza ceasefire talks resume in Doha as Israel presses offensive',
      'DOHA (Reuters) - Negotiators from Israel and Hamas resumed indirect talks in Doha on Tuesday on a Gaza ' +
        'ceasefire and the release of hostages, Qatari and Egyptian mediators said. Israeli strikes killed at ' +
        "least 30 Palestinians in Gaza overnight, health officials said. Qatar's foreign ministry spokesman Majed " +
        'al-Ansari said the talks were at a sensitive stage.',
    );

    expect(pair).toBe('IL-PS');
  });
});
