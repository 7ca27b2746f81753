import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

describe('the sides of a club match the lead sets against each other take the focus from its venue', () => {
  it('puts Brazil and Argentina in focus of a final played in Lima, and pairs them', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Flamengo beat River Plate to win Copa Libertadores',
      body:
        "LIMA - Brazil's Flamengo won the Copa Libertadores on Saturday, beating Argentina's River Plate 2-1 at " +
        'the Estadio Monumental in Lima with two late goals.\n\nRiver had led from the 14th minute. Flamengo ' +
        'coach Filipe Luis became the youngest coach to win the trophy.\n\nBrazilian clubs have won the last six ' +
        'editions of the competition.',
    });

    expect(focus).toEqual(['AR', 'BR']);
    expect(pairs).toEqual(['AR-BR']);
  });
});

describe('two results in one sentence are two matches', () => {
  it('pairs only the sides of each result, and not the host of a later tournament', () => {
    const { pairs } = focusAndPairs({
      title: 'South Africa crush New Zealand in World Cup warm-up',
      body:
        'LONDON - South Africa beat New Zealand 43-10 at Twickenham on Friday in a warm-up match before the ' +
        'Rugby World Cup in France.\n\nIn other matches, Ireland beat England 29-10 in Dublin and Argentina ' +
        'beat Portugal 41-23 in Lisbon.',
    });

    expect([...pairs].sort()).toEqual(['AR-PT', 'GB-IE', 'NZ-ZA']);
  });
});

describe('players named between the countries of one result', () => {
  // Session 31 (review30 P2): a game between two players is no relation between their countries, so the winner's
  // country is no longer linked with the beaten player's (this test paired AU-JP before); still none across matches.
  it('links no winner with the other match of the sentence, nor with the player beaten', () => {
    const { pairs } = focusAndPairs({
      title: "Japan's Sugiyama beats Australia's Stosur; Australian Pratt beats Tunisia's Sfar in Doha",
      body:
        "DOHA - In the second round of the Qatar Open tennis tournament, Japan's Ai Sugiyama defeated " +
        'Australian Samantha Stosur 6-2 6-3 while Australian Nicole Pratt beat Tunisian Selima Sfar 7-5 6-2.\n' +
        'Pratt will next face compatriot Alicia Molik in the quarter-finals.',
    });

    expect(pairs).not.toContain('AU-JP');
    expect(pairs).not.toContain('JP-TN');
  });
});

describe('a region in a firm’s name', () => {
  it('reads no Spain in "Grupo Financiero Galicia"', () => {
    const codes = tagArticle({
      title: 'Argentine stocks rally',
      body: 'The Merval index rose 22% in Buenos Aires, led by Grupo Financiero Galicia and YPF.',
    }).countries.map((c) => c.code);

    expect(codes).toEqual(['AR']);
  });
});

describe('a word of accusation links every country of the list it follows', () => {
  it('pairs each listed country, the first included, with the country supplied', () => {
    const { pairs } = focusAndPairs({
      title: 'EU adopts new sanctions against Russia',
      body:
        'The European Union adopted a new package of sanctions against Russia on Monday, listing 74 more ' +
        'tankers of the shadow fleet that carries Russian oil.\n\nThe package also cuts 13 more Russian banks ' +
        'from SWIFT. Companies in China, India, Turkey and the United Arab Emirates accused of supplying ' +
        "Russia's military were also added to the list.",
    });

    expect(pairs).toEqual(expect.arrayContaining(['AE-RU', 'CN-RU', 'IN-RU', 'RU-TR']));
  });
});

describe('what a short story says in passing', () => {
  it('reads "Saudi Arabia and Russia said to favour a pause" as actors, not a closing attribution', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Oil rises as OPEC+ weighs output pause',
      body:
        'Oil prices rose on Monday as OPEC+ considered pausing output increases in the first quarter, with ' +
        'Saudi Arabia and Russia said to favour a pause. Brent crude futures were up 62 cents at $63.80 a barrel.',
    });

    expect(focus).toEqual(['RU', 'SA']);
    expect(pairs).toEqual(['RU-SA']);
  });

  it('leaves out a country named only in the reason a speaker gives (", saying …")', () => {
    const { focus } = focusAndPairs({
      title: 'Macron, Merz push EU defence fund',
      body:
        'BERLIN — French President Emmanuel Macron and German Chancellor Friedrich Merz called on Thursday for ' +
        'a joint European defence fund, saying Europe could no longer rely on Washington for its security. ' +
        'Poland and the Baltic states backed the plan.',
    });

    expect(focus).not.toContain('US');
    expect(focus).toEqual(expect.arrayContaining(['DE', 'FR']));
  });
});

describe('two countries named as objects of one preposition side by side', () => {
  it('pairs the Vatican with each new cardinal’s country, not the two countries with each other', () => {
    const { pairs } = focusAndPairs({
      title: 'Pope Leo names first cardinals from Mongolia, Tonga in consistory',
      body:
        'VATICAN CITY - Pope Leo XIV on Sunday named 21 new cardinals, including the first from Mongolia, the ' +
        'Apostolic Prefect Giorgio Marengo, and a bishop from Tonga.\n\nThe new cardinals will receive their red ' +
        'hats at a consistory on Dec. 8.',
    });

    expect([...pairs].sort()).toEqual(['MN-VA', 'TO-VA']);
  });

  it('still pairs two countries pressing together ("pressure from London and Washington")', () => {
    const { pairs } = focusAndPairs({
      // Britain and the U.S. both in the headline: a story about the two of them and Japan (a third country
      // outside the focus of a story about two pairs with neither, see third-country-background.test.ts).
      title: 'Japan rebuffs Britain, U.S. in telecoms row',
      body:
        'TOKYO - Japan will not change its position on a telecoms venture, an official said, despite fresh ' +
        'pressure from Washington and London.\n\nBritain has threatened to retaliate. Japan said the venture was ' +
        'open to British firms. Britain and Japan will meet again next month. The United States backed Britain.',
    });

    expect(pairs).toContain('GB-US');
  });
});

describe('an overseas department of France', () => {
  it('pairs French Guiana with no France', () => {
    const { pairs } = focusAndPairs({
      title: 'Ariane 6 launches French military satellite from Kourou',
      body:
        'KOUROU, French Guiana - Europe’s Ariane 6 rocket launched a French military reconnaissance satellite ' +
        'on Thursday from the Guiana Space Centre.\n\nFrance’s defence minister said the launch secured France’s ' +
        'independent access to space.',
    });

    expect(pairs).toEqual([]);
  });
});
