import { describe, expect, it } from 'vitest';
import { prepareDocument, toldIn } from '../../../functions/core/text/document.js';

const CAMPAIGN = /\bcampaign\b/i;

describe('toldIn: the test a rule makes of the whole story, headline and body', () => {
  it.each([
    ['in the headline', 'Campaign opens', 'Voters met on Monday.', true],
    ['in the body', 'Voters meet', 'The campaign opened on Monday.', true],
    ['in neither', 'Voters meet', 'They met on Monday.', false],
  ])('finds the words %s', (_case, title, body, expected) => {
    // Arrange
    const doc = prepareDocument({ title, body, language: 'en' });

    // Act
    const told = toldIn(doc, CAMPAIGN);

    // Assert
    expect(told).toBe(expected);
  });

  it('asks the headline first and reads no body once the headline holds the words', () => {
    // Arrange
    const doc = prepareDocument({ title: 'Campaign opens', body: 'The campaign opened.', language: 'en' });
    const asked: string[] = [];
    const words = {
      test: (text: string) => {
        asked.push(text);
        return CAMPAIGN.test(text);
      },
    } as RegExp;

    // Act
    const told = toldIn(doc, words);

    // Assert
    expect(told).toBe(true);
    expect(asked).toEqual(['Campaign opens']);
  });
});
