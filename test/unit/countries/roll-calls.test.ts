import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe("a vote's roll call names voters, not countries the story reports on", () => {
  it('puts no voter in focus and pairs no two voters', () => {
    const result = focusAndPairs({
      title: 'UN assembly backs resolution on climate court opinion',
      body:
        'The UN General Assembly on Tuesday adopted a resolution welcoming the court opinion on climate ' +
        'change, by a vote of 141 in favour to 8 against, with 22 abstentions. The resolution was introduced ' +
        'by Vanuatu. Voting against were Argentina, Hungary, Israel, Nicaragua, Paraguay, Russia, Saudi ' +
        'Arabia and the United States. Among those abstaining were Brazil, India and Turkey.',
      language: 'en',
    });

    expect(result.focus).not.toContain('HU');
    expect(result.pairs).toEqual([]);
  });

  it('pairs no voter with the country the headline names', () => {
    const result = focusAndPairs({
      title: 'Assembly demands ceasefire in Sudan',
      body:
        'The General Assembly adopted a resolution demanding a ceasefire in Sudan. Voting against were ' +
        'Argentina, Fiji, Hungary, Israel, Nauru, Palau, Paraguay, Tonga, Micronesia, Papua New Guinea and ' +
        'the United States. Sudan welcomed the vote.',
      language: 'en',
    });

    expect(result.focus).toEqual(['SD']);
    expect(result.pairs).not.toContain('FJ-SD');
    expect(result.pairs).not.toContain('SD-TO');
  });
});
