import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('the two clubs a lead sets against each other, by their towns', () => {
  it('puts both countries of a cross-border draw in focus and pairs them', () => {
    // Arrange: the Italian club is named by its town once in the lead, the Spanish one twice.
    const article = {
      title: 'Inter and Valencia draw six-goal thriller',
      body:
        'Inter Milan and Valencia drew 3-3 in the first leg of their Europa League semi-final on Wednesday.\n\n' +
        'Marco Ferri scored twice for the hosts, while Diego Navas starred for the visitors.\n\n' +
        'The return leg is in Valencia next week.',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['ES', 'IT']);
    expect(pairs).toEqual(['ES-IT']);
  });

  it("reads a club whose town opens a longer name (Paris St Germain) as the town's country", () => {
    // Arrange
    const article = {
      title: 'Paris clubs crush Leverkusen',
      body:
        'Paris St Germain thrashed Bayer Leverkusen 7-2 in Germany on Tuesday to stay unbeaten in the Champions ' +
        'League.\n\nJules Marchand scored twice as the holders ran riot.\n\nLeverkusen coach Erik Holm said his ' +
        'team had been humiliated.',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['DE', 'FR']);
    expect(pairs).toEqual(['DE-FR']);
  });

  it("takes no nickname for a country's side: the Cleveland Indians are no Indian team", () => {
    // Arrange
    const article = {
      title: 'Berry homers twice in Rangers win',
      body:
        'ARLINGTON, Texas - Tom Berry homered twice as the Texas Rangers defeated the Cleveland Indians 5-3 on ' +
        'Friday.\n\nBerry has 40 homers this season.\n\nThe Rangers lead their division by four games.',
    };

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
  });
});
