import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('the places of one life are no relation between countries', () => {
  it('does not pair the country of an architect\'s birth ("Canadian-born", "Born … in Toronto") with his home', () => {
    // Arrange
    const article = story(
      'Frank Gehry, architect of the Guggenheim Bilbao, dies at 96',
      'LOS ANGELES (AP) — Frank Gehry, the Canadian-born architect whose titanium museum in Bilbao turned a ' +
        'declining industrial city into a tourist destination, has died. He was 96.\n' +
        'Born Frank Owen Goldberg in Toronto in 1929, he moved with his family to Los Angeles as a teenager.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toContain('US');
    expect(pairs).not.toContain('CA-US');
  });

  it('does not pair the stations of a biography ("from his childhood in Zlin, Czechoslovakia, through his flight to Singapore")', () => {
    const article = story(
      "Book review: Tom Stoppard's last years",
      "Hermione Lee's new biography follows the playwright from his childhood in Zlin, Czechoslovakia, through his " +
        'flight to Singapore and India, to his success in London.\nLee is good on the late discovery of his Jewish ' +
        'ancestry, which he dramatised in Leopoldstadt. The book is long, but never dull.',
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toEqual([]);
  });

  it('does not pair a writer with the city "where he has lived for years"', () => {
    const article = story(
      "'I never expected to win': Nobel laureate Laszlo Krasznahorkai on writing",
      'The Hungarian novelist spoke to us from Trieste, where he has lived for years, a day after the Swedish ' +
        'Academy announced his prize.\nHow did you hear the news?\nA friend called me. I thought it was a joke.',
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).not.toContain('HU-IT');
  });

  it('keeps a country named as itself besides its "-born" ("Russian-born billionaire … Russia\'s war")', () => {
    const article = story(
      'Russian-born billionaire sanctioned by Britain over Ukraine war',
      'LONDON (Reuters) - Britain on Thursday sanctioned Russian-born billionaire Oleg Petrov, freezing his assets ' +
        "over his support for Russia's war in Ukraine. Petrov denied the charges.",
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toContain('GB-RU');
  });

  it('keeps the flow of many who fled ("Syrians who fled to Turkey")', () => {
    const article = story(
      'Syrian refugees begin to return home',
      'ISTANBUL (Reuters) - Tens of thousands of Syrians who fled to Turkey during the war have returned home, ' +
        "officials said on Tuesday. Syria's new government has asked for help to rebuild housing.",
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toContain('SY-TR');
  });

  it('keeps money raised in a market ("raised $5 billion in a bond sale in the United States")', () => {
    const article = story(
      'Aramco taps investors with bond sale',
      'RIYADH (Reuters) - Saudi Aramco raised $5 billion in a bond sale in the United States on Tuesday, the ' +
        'company said. It has raised $20 billion in bond sales in the United States since 2019, and plans more ' +
        'trade deals there.',
    );

    const { pairs } = focusAndPairs(article);

    expect(pairs).toContain('SA-US');
  });
});
