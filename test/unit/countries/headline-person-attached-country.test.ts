import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// A person the headline opens with, whom the body introduces by a country ("Kenya's Faith Kipyegon", "Hubert
// Hurkacz of Poland", "The 38-year-old Serbian" opening the next sentence): that country is the story's, first
// (places49). Sentences written for these tests.
const ranked = (title: string, body: string) =>
  tagArticle({ id: 'attached', title, body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("a headline person's attached country", () => {
  it("puts the country of a possessive before the headline's athlete in focus, above the venue", () => {
    // Act
    const found = ranked(
      'Kipyegon smashes world record at Diamond League meeting',
      "EUGENE, Oregon (Reuters) - Kenya's Faith Kipyegon broke her own world record in the 1,500 metres on " +
        "Saturday at the Diamond League meeting in Eugene.\n\nAustralia's Jessica Hull was second and Ethiopia's " +
        "Diribe Welteji third. Sweden's Armand Duplantis won the pole vault.",
    );

    // Assert
    expect(found[0]).toBe('KE');
  });

  it("ranks the winner's country, named by a people's word opening the next sentence, first", () => {
    // Act
    const found = ranked(
      'Djokovic wins 100th title at Geneva Open',
      'GENEVA — Novak Djokovic won the 100th title of his career on Saturday, beating Hubert Hurkacz of Poland in ' +
        'a three-hour final.\n\nThe 38-year-old Serbian joined Jimmy Connors as the only men to reach triple ' +
        "figures.\n\nOn the women's side, Iga Swiatek of Poland is the favourite at Roland Garros.",
    );

    // Assert
    expect(found[0]).toBe('RS');
    expect(found).toContain('PL');
  });

  it("does not give the winner the people's word that may be the opponent's, named in the lead with no country", () => {
    // Act
    const found = ranked(
      'Ruud beats Medvedev to win Barcelona title',
      'BARCELONA, Spain — Casper Ruud beat Daniil Medvedev 6-4 6-3 on Sunday to win the title. The Russian had ' +
        'beaten him in their last two meetings. Ruud will play in Madrid next week.',
    );

    // Assert
    expect(found[0]).toBe('ES');
  });

  it("keeps the venue written after its town in the lead first, above the opponent's people's word", () => {
    // Act
    const found = ranked(
      'Zverev beats Fritz to defend title',
      'Alexander Zverev beat Taylor Fritz 6-4 7-6 in Vienna, Austria, on Sunday to defend his title. The American ' +
        'had won their only previous meeting. Zverev served 15 aces and saved both break points he faced.',
    );

    // Assert
    expect(found[0]).toBe('AT');
  });

  it('reads "<Name> of the <Country>" under a headline in capitals as the winner\'s country, first', () => {
    // Act
    const found = ranked(
      'ATHLETICS - OKAFOR WINS 400 METRES IN OSLO.',
      'OSLO 1996-07-05\nWorld champion Daniel Okafor of the United States won the 400 metres at the Oslo meeting on ' +
        "Friday in 44.10 seconds.\nKenya's Paul Ruto was second and Iwan Thomas of Britain third.",
    );

    // Assert
    expect(found[0]).toBe('US');
  });

  it('leaves an office holder opening the headline to the office rules: the host of a visit stays first', () => {
    // Act
    const found = ranked(
      'Macron presses Xi on trade during Beijing visit',
      'BEIJING - French President Emmanuel Macron pressed Chinese President Xi Jinping on trade on Thursday.\n\n' +
        'The Frenchman said the two countries must rebalance trade. China said it would buy more French goods.',
    );

    // Assert
    expect(found[0]).toBe('CN');
  });

  it("leaves out of focus the people's word of a driver the headline does not name", () => {
    // Act
    const found = ranked(
      'Verstappen wins Japanese Grand Prix from pole',
      'SUZUKA, Japan (Reuters) - Max Verstappen won the Japanese Grand Prix on Sunday, holding off Lando Norris.\n\n' +
        'Charles Leclerc was fourth ahead of George Russell and Kimi Antonelli, the 18-year-old Italian who became ' +
        'the youngest driver to lead a race.',
    );

    // Assert
    expect(found).not.toContain('IT');
  });
});
