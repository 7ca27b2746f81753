import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('a ranking on the sports page', () => {
  it('links no two countries a medal table ranks behind the hosts, though the sentence names the Games', () => {
    const result = pairsOf(
      'Rossi wins downhill gold for the hosts at Milan-Cortina',
      "CORTINA D'AMPEZZO, Italy - Giulia Rossi won the women's downhill at the Winter Olympics on Sunday, sending " +
        'the home crowd into raptures. The 29-year-old Italian finished 0.31 seconds ahead of Austrian Anna Huber. ' +
        "It was Italy's third gold medal of the Games, putting the hosts fourth in the medal table behind Norway and " +
        'the United States.',
    );

    expect(result).not.toContain('NO-US');
  });

  it('still links two teams a sentence about the Games sets against each other', () => {
    const result = pairsOf(
      'Canada beat Sweden in Olympic ice hockey',
      'Canada and Sweden met in the semi-finals of the Games on Friday, and Canada won 4-2. Canada will play ' +
        'Finland in the final. Sweden play for bronze.',
    );

    expect(result).toContain('CA-SE');
  });
});
