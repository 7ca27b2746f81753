import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a country a short story has something bought or received from is a party to the transfer', () => {
  it('pairs the receiver with the country the jets came from', () => {
    // Arrange
    const article = story(
      'Ukraine gets more F-16s',
      'Ukraine received a new batch of F-16 fighter jets from Denmark on Monday, President Volodymyr Zelenskiy ' +
        'said. More jets are due to arrive from Norway and the Netherlands this year.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['DK', 'UA']);
    expect(pairs).toEqual(['DK-UA']);
  });

  it('pairs a buyer with the country it bought from', () => {
    const { pairs } = focusAndPairs(
      story(
        'Poland buys tanks',
        'Poland has bought 180 more K2 tanks from South Korea in a deal worth $6.5 billion, the defence ministry ' +
          'said on Friday.',
      ),
    );

    expect(pairs).toEqual(['KR-PL']);
  });

  it('does not take a bare "from" as a transfer: migrants who came from a country are no party', () => {
    const { focus } = focusAndPairs(
      story(
        'Boat capsizes off Lampedusa',
        'Italian coast guards rescued 40 people after their boat capsized near Lampedusa on Sunday. Most of ' +
          'them came from Mali, Senegal and Guinea, officials said.',
      ),
    );

    expect(focus).not.toContain('ML');
    expect(focus).not.toContain('SN');
  });

  it('does not take an ovation, a call or a letter received from a country as a transfer (read39)', () => {
    const { focus, pairs } = focusAndPairs(
      story(
        'Forward shines',
        "The Italian forward, who was bought from Spain's Real Madrid last year, received a standing ovation " +
          "from France's fans on Sunday.",
      ),
    );

    expect(focus).toEqual(['IT']);
    expect(pairs).toEqual([]);
  });
});
