import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('one state recognising another (wild38b ★9)', () => {
  it('links the two in an answer line of a press conference', () => {
    const result = pairsOf(
      'Press conference: Starmer and Carney',
      'Q: Prime Minister, will Canada join the UK in recognising a Palestinian state?\n' +
        'CARNEY: Canada intends to recognise the State of Palestine at the UN General Assembly in September.\n' +
        'Q: And on trade, Prime Minister Starmer?\n' +
        'STARMER: We are working closely with Canada and with our European partners on steel.',
    );

    expect(result).toContain('CA-PS');
  });

  it('links no country whose contribution another recognised', () => {
    const result = pairsOf(
      'Canada and Britain sign steel deal',
      'Canada and Britain signed a steel agreement on Tuesday. Canada recognised the contribution of India to ' +
        'the talks, its trade minister said.',
    );

    expect(result).not.toContain('CA-IN');
  });
});

// Invented (session 61, wild60): a list of states recognising one.
describe('a list of states recognising another', () => {
  it('links each state of the list with the state recognised, by name or by its people\'s word before "state"', () => {
    // Arrange
    const named = pairsOf('', 'Slovenia, Malta and Portugal recognised the State of Palestine on Friday.');
    const people = pairsOf('', 'Iceland, Chile and Peru formally recognised a Palestinian state on Tuesday.');

    // Act
    const recognised = [named, people].map((pairs) => pairs.filter((p) => p.includes('PS')).sort());

    // Assert
    expect(recognised).toEqual([
      ['MT-PS', 'PS-PT', 'PS-SI'],
      ['CL-PS', 'IS-PS', 'PE-PS'],
    ]);
  });
});
